import { Badge, Tooltip } from '@mantine/core';
import { IconClockPause } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../i18n';
import { formatDateTime } from '../../../ui/format';
import { useTicketGroups } from '../api/ticket-settings';
import { isCategory, isGroup, isStatus, type SlaState } from '../api/tickets';

const statusColor = {
  new: 'blue',
  open: 'cyan',
  pending: 'gray',
  escalated: 'red',
  resolved: 'teal',
  closed: 'dark',
} as const;

export function StatusBadge({ status }: { status: string }) {
  const { t } = useTranslation('tickets');
  if (!isStatus(status)) return <Badge variant="light">{status}</Badge>;
  return (
    <Badge color={statusColor[status]} variant="light" tt="none" data-status={status} style={{ flexShrink: 0 }}>
      {t(`status.${status}`)}
    </Badge>
  );
}

/** The category's Arabic name (or the code, for a category this screen does not know yet). */
export function useCategoryName() {
  const { t } = useTranslation('tickets');
  return (category: string) => (isCategory(category) ? t(`category.${category}`) : category);
}

/**
 * A group's name as the installation calls it (editable in the ticket settings), in the reader's
 * language; the built-in name until the list has loaded, or for a group it does not hold.
 */
export function useGroupName() {
  const { t } = useTranslation('tickets');
  const groups = useTicketGroups();
  const locale = currentLocale();
  return (group: string) => {
    const found = groups.data?.items.find((g) => g.code === group);
    if (found) return locale === 'ar' ? found.name_ar : found.name_en;
    return isGroup(group) ? t(`group.${group}`) : group;
  };
}

/** The current time, renewed every 30 seconds (enough for a countdown in minutes). */
export function useNow(intervalMs = 30_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), intervalMs);
    return () => window.clearInterval(timer);
  }, [intervalMs]);
  return now;
}

/** `2 days 3 hours`, `45 minutes`: the two largest units, Arabic plural forms by Intl.PluralRules. */
export function useDurationText() {
  const { t } = useTranslation('tickets');
  return (ms: number) => {
    const minutes = Math.max(0, Math.floor(Math.abs(ms) / 60_000));
    const days = Math.floor(minutes / 1440);
    const hours = Math.floor((minutes % 1440) / 60);
    const mins = minutes % 60;
    const parts: string[] = [];
    if (days > 0) parts.push(t('duration.days', { count: days }));
    if (hours > 0) parts.push(t('duration.hours', { count: hours }));
    if (days === 0 && (mins > 0 || parts.length === 0)) parts.push(t('duration.minutes', { count: mins }));
    return parts.slice(0, 2).join(currentLocale() === 'ar' ? ' و' : ' ');
  };
}

/**
 * The SLA countdown: time left until `dueAt`, recomputed on the client every 30 s. Amber once the
 * server says warning, red once breached (or once the clock has run out on this screen).
 */
export function SlaBadge({ dueAt, state }: { dueAt: string; state: SlaState }) {
  const { t } = useTranslation('tickets');
  const now = useNow();
  const duration = useDurationText();
  const due = new Date(dueAt).getTime();
  const left = due - now;
  const locale = currentLocale();
  const hint = t('sla.hint', { due: formatDateTime(dueAt, locale) });

  if (state === 'paused' || state === 'met' || state === 'missed') {
    const color = state === 'met' ? 'teal' : state === 'missed' ? 'red' : 'gray';
    return (
      <Tooltip label={hint}>
        <Badge
          color={color}
          variant="light"
          tt="none"
          data-testid="sla-badge"
          data-sla={state}
          leftSection={state === 'paused' ? <IconClockPause size={12} /> : undefined}
        >
          {t(`sla.${state}`)}
        </Badge>
      </Tooltip>
    );
  }
  const shown: SlaState = left <= 0 ? 'breached' : state;
  const color = shown === 'breached' ? 'red' : shown === 'warning' ? 'yellow' : 'teal';
  return (
    <Tooltip label={hint}>
      <Badge
        color={color}
        variant={shown === 'ok' ? 'light' : 'filled'}
        autoContrast
        tt="none"
        data-testid="sla-badge"
        data-sla={shown}
        // The time left is never cut to "…": the badge takes the room its text needs.
        style={{ flexShrink: 0, overflow: 'visible' }}
        styles={{ label: { overflow: 'visible', textOverflow: 'clip' } }}
      >
        <bdi>{left > 0 ? t('sla.left', { time: duration(left) }) : t('sla.overdue', { time: duration(left) })}</bdi>
      </Badge>
    </Tooltip>
  );
}

/**
 * Done by the system (the mail intake, the SLA watch: the server's `system:…` actors), not by a
 * person — shown in words, not by the actor's technical label.
 */
export const isAutomatic = (actor: string | null) => Boolean(actor?.startsWith('system:'));
