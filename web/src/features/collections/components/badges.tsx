import { Badge, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  allOutcomes,
  itemStatuses,
  listStatuses,
  purposes,
  type ItemStatus,
  type ListStatus,
  type Outcome,
  type Purpose,
} from '../api/collections';

const purposeColor: Record<Purpose, string> = {
  reminder: 'blue',
  followup: 'orange',
  thanks: 'teal',
  marketing: 'grape',
  survey: 'cyan',
};

export const isPurpose = (value: string): value is Purpose => (purposes as readonly string[]).includes(value);
export const isOutcome = (value: string): value is Outcome => (allOutcomes as readonly string[]).includes(value);
export const isItemStatus = (value: string): value is ItemStatus => (itemStatuses as readonly string[]).includes(value);
export const isListStatus = (value: string): value is ListStatus => (listStatuses as readonly string[]).includes(value);

/** تذكير / متابعة / شكر. */
export function PurposeBadge({ purpose }: { purpose: string }) {
  const { t } = useTranslation('collections');
  if (!isPurpose(purpose)) return <Badge variant="light">{purpose}</Badge>;
  return (
    <Badge color={purposeColor[purpose]} variant="light" data-purpose={purpose} style={{ flexShrink: 0 }} tt="none">
      {t(`purpose.${purpose}`)}
    </Badge>
  );
}

const tierColor = { 1: 'red', 2: 'orange', 3: 'gray' } as const;

/** الأولوية 1 / 2 / 3 of a follow-up item (by the installment amount). */
export function TierBadge({ tier }: { tier: 1 | 2 | 3 | null }) {
  const { t } = useTranslation('collections');
  if (tier === null) return null;
  return (
    <Tooltip label={t('tier.hint')} multiline w={240}>
      <Badge color={tierColor[tier]} variant="outline" data-tier={tier} style={{ flexShrink: 0 }} tt="none">
        {t(`tier.${tier}`)}
      </Badge>
    </Tooltip>
  );
}

const statusColor: Record<ItemStatus, string> = {
  pending: 'blue',
  waiting: 'yellow',
  done: 'teal',
  unreachable: 'red',
  waiting_correction: 'orange',
  moved: 'gray',
  queued: 'gray',
  sent: 'blue',
  delivered: 'teal',
  failed: 'red',
  refused: 'red',
  rejected: 'red',
  expired: 'red',
};

export function ItemStatusBadge({ status }: { status: string }) {
  const { t } = useTranslation('collections');
  if (!isItemStatus(status)) return <Badge variant="light">{status}</Badge>;
  return (
    <Badge color={statusColor[status]} variant="light" data-item-status={status} style={{ flexShrink: 0 }} tt="none">
      {t(`itemStatus.${status}`)}
    </Badge>
  );
}

const outcomeColor: Partial<Record<Outcome, string>> = {
  reached: 'teal',
  promise_to_pay: 'teal',
  wrong_number: 'red',
  refused: 'red',
  call_dropped: 'orange',
  sale: 'teal',
};

export function OutcomeBadge({ outcome }: { outcome: string | null }) {
  const { t } = useTranslation('collections');
  if (!outcome) return <>—</>;
  if (!isOutcome(outcome)) return <Badge variant="outline">{outcome}</Badge>;
  return (
    <Badge color={outcomeColor[outcome] ?? 'gray'} variant="outline" data-outcome={outcome} tt="none">
      {t(`outcome.${outcome}`)}
    </Badge>
  );
}

const listStatusColor: Record<ListStatus, string> = {
  draft: 'gray',
  approved: 'blue',
  distributed: 'indigo',
  in_progress: 'yellow',
  completed: 'teal',
  signed_off: 'green',
};

export function ListStatusBadge({ status }: { status: string }) {
  const { t } = useTranslation('collections');
  if (!isListStatus(status)) return <Badge variant="light">{status}</Badge>;
  return (
    <Badge color={listStatusColor[status]} variant="filled" data-list-status={status} tt="none">
      {t(`listStatus.${status}`)}
    </Badge>
  );
}
