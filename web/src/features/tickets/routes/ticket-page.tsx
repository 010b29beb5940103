import { Alert, Badge, Card, Grid, Group, Stack, Text, Timeline, Title } from '@mantine/core';
import { IconHourglass, IconStarFilled } from '@tabler/icons-react';
import { Link, getRouteApi } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../i18n';
import { formatDateTime, formatHijriDate, formatNumber } from '../../../ui/format';
import { Ltr } from '../../../ui/ltr';
import {
  isField,
  isPriority,
  phoneFields,
  ticketFields,
  useTicket,
  type Ticket,
  type TicketField,
} from '../api/tickets';
import { ClaimApproval } from '../components/claim-approval';
import { RecordPage } from '../components/record-page';
import { Conversation } from '../components/conversation';
import { TicketAttachments } from '../components/ticket-attachments';
import { TicketActions } from '../components/ticket-actions';
import { SlaBadge, StatusBadge, useCategoryName, useGroupName, isAutomatic } from '../components/ticket-badges';

const route = getRouteApi('/signed-in/tickets/$id');

export function TicketPage() {
  const { t } = useTranslation('tickets');
  const { id } = route.useParams();
  const ticket = useTicket(id);
  return (
    <RecordPage
      query={ticket}
      back={{ to: '/tickets', label: t('ticket.back'), testId: 'back-to-tickets' }}
      notFound={{ text: t('ticket.notFound'), testId: 'ticket-not-found' }}
    >
      {(data) => <TicketView ticket={data} />}
    </RecordPage>
  );
}

function TicketView({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation('tickets');
  const locale = currentLocale();
  const categoryName = useCategoryName();
  const groupName = useGroupName();
  const fieldEntries = shownFields(ticket.fields);

  return (
    <Stack gap="md" data-testid="ticket-page" data-status={ticket.status} data-version={ticket.version}>
      <Card withBorder padding="md" radius="md">
        <Stack gap="xs">
          <Group justify="space-between" wrap="wrap" gap="sm">
            <Group gap="sm" wrap="wrap">
              <Title order={2} fz="h3" data-testid="ticket-number">
                <Ltr mono>{ticket.number}</Ltr>
              </Title>
              <StatusBadge status={ticket.status} />
              <SlaBadge dueAt={ticket.sla.due_at} state={ticket.sla.state} />
            </Group>
            <TicketActions ticket={ticket} />
          </Group>
          <Text fw={600} dir="auto" data-testid="ticket-subject">
            {ticket.subject}
          </Text>
        </Stack>
      </Card>
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="md">
            {ticket.description ? (
              <Card withBorder padding="md" radius="md">
                <Text fw={600} size="sm" mb={4}>
                  {t('ticket.description')}
                </Text>
                <Text size="sm" dir="auto" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                  {ticket.description}
                </Text>
              </Card>
            ) : null}
            <Card withBorder padding="md" radius="md">
              <Text fw={600} size="sm" mb="sm">
                {t('ticket.conversation')}
              </Text>
              <Conversation ticket={ticket} />
            </Card>
            <Card withBorder padding="md" radius="md">
              <Text fw={600} size="sm" mb="sm">
                {t('attachments.title')}
              </Text>
              <TicketAttachments ticket={ticket} />
            </Card>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="md">
            <ClaimApproval ticket={ticket} />
            {ticket.claim?.approval === 'pending' && !ticket.permissions.can_approve_claim ? (
              <Alert color="yellow" icon={<IconHourglass size={18} />} data-testid="claim-pending">
                {t('claimApproval.pendingNotice')}
              </Alert>
            ) : null}
            <Card withBorder padding="md" radius="md" data-testid="ticket-details">
              <Stack gap="xs">
                <Row label={t('ticket.customer')}>
                  {ticket.customer ? (
                    <Group gap={4} wrap="nowrap">
                      {ticket.customer.key_account ? (
                        <IconStarFilled size={14} color="var(--mantine-color-yellow-6)" aria-label={t('keyAccount')} />
                      ) : null}
                      <Link
                        to="/customers/$customerNo"
                        params={{ customerNo: ticket.customer.customer_no }}
                        className="tw-link"
                      >
                        <bdi>{ticket.customer.name}</bdi>
                      </Link>
                      <Ltr mono>({ticket.customer.customer_no})</Ltr>
                    </Group>
                  ) : (
                    '—'
                  )}
                </Row>
                <Row label={t('columns.category')}>{categoryName(ticket.category)}</Row>
                <Row label={t('ticket.group')}>{groupName(ticket.group)}</Row>
                <Row label={t('ticket.assignee')}>
                  {ticket.assignee ? <bdi>{ticket.assignee.name ?? ticket.assignee.id}</bdi> : t('unassigned')}
                </Row>
                <Row label={t('ticket.priority')}>
                  {isPriority(ticket.priority) ? t(`priority.${ticket.priority}`) : ticket.priority}
                </Row>
                <Row label={t('ticket.createdAt')}>{formatDateTime(ticket.created_at, locale)}</Row>
                <Row label={t('ticket.dueAt')}>
                  {formatDateTime(ticket.sla.due_at, locale)}
                  <Text size="xs" c="dimmed">
                    {formatHijriDate(new Date(ticket.sla.due_at), locale)}
                  </Text>
                </Row>
                {ticket.resolution ? (
                  <Row label={t('ticket.resolution')}>
                    <Text size="sm" dir="auto" style={{ whiteSpace: 'pre-wrap' }}>
                      {ticket.resolution}
                    </Text>
                  </Row>
                ) : null}
                {ticket.claim ? (
                  <Row label={t('ticket.claim')}>
                    <Group gap={6} wrap="wrap" data-testid="claim-state" data-approval={ticket.claim.approval}>
                      <Ltr>{ticket.claim.amount === null ? '—' : formatNumber(ticket.claim.amount, locale, 2)}</Ltr>
                      <ClaimStateBadge approval={ticket.claim.approval} />
                    </Group>
                  </Row>
                ) : null}
              </Stack>
            </Card>
            <Card withBorder padding="md" radius="md" data-testid="ticket-fields">
              <Text fw={600} size="sm" mb="xs">
                {t('ticket.fields')}
              </Text>
              {fieldEntries.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t('ticket.noFields')}
                </Text>
              ) : (
                <Stack gap="xs">
                  {fieldEntries.map(([name, value]) => (
                    <Row key={name} label={isField(name) ? t(`field.${name}`) : name}>
                      <span data-field={name}>
                        {name === 'claim_amount' && typeof value === 'number' ? (
                          <Ltr>{formatNumber(value, locale, 2)}</Ltr>
                        ) : isField(name) && ltrFields.includes(name) ? (
                          <Ltr>{String(value)}</Ltr>
                        ) : (
                          <bdi dir="auto">{String(value)}</bdi>
                        )}
                      </span>
                    </Row>
                  ))}
                </Stack>
              )}
            </Card>
            <Card withBorder padding="md" radius="md" data-testid="ticket-history">
              <Text fw={600} size="sm" mb="sm">
                {t('ticket.history')}
              </Text>
              <Timeline bulletSize={12} lineWidth={2}>
                {ticket.history.map((h, index) => (
                  <Timeline.Item key={`${h.at}-${index}`} title={<HistoryKind kind={h.kind} data={h.data} />}>
                    <Text size="xs" c="dimmed">
                      {h.actor ? <bdi>{isAutomatic(h.actor) ? t('history.system') : h.actor}</bdi> : null} ·{' '}
                      {formatDateTime(h.at, locale)}
                    </Text>
                  </Timeline.Item>
                ))}
              </Timeline>
            </Card>
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

const historyKinds = [
  'created',
  'transferred',
  'assigned',
  'note_added',
  'reply_sent',
  'attachment_added',
  'status_open',
  'status_pending',
  'status_resolve',
  'status_reopen',
  'closed',
  'customer_message',
  'sla_warning',
  'escalated',
  'claim_approved',
  'claim_rejected',
] as const;

/** Numbers and codes keep their left-to-right order in Arabic text (`+966 55 123 4567`). */
const ltrFields: readonly TicketField[] = ['waybill_no', 'claim_amount', ...phoneFields];

/**
 * The ticket's fields in the form's order, then any others; empty ones and the server's E.164
 * copies of the phones (`shipper_phone_e164`, for matching, not for reading) are left out.
 */
function shownFields(fields: Record<string, unknown> | null): [string, unknown][] {
  const entries = Object.entries(fields ?? {}).filter(([name, v]) => v !== null && v !== '' && !name.endsWith('_e164'));
  const rank = (name: string) => {
    const i = (ticketFields as readonly string[]).indexOf(name);
    return i === -1 ? ticketFields.length : i;
  };
  return entries.sort(([a], [b]) => rank(a) - rank(b));
}

const claimStates = ['not_needed', 'pending', 'approved', 'rejected'] as const;
const claimStateColor = { not_needed: 'gray', pending: 'yellow', approved: 'teal', rejected: 'red' } as const;

function ClaimStateBadge({ approval }: { approval: string | null }) {
  const { t } = useTranslation('tickets');
  const known = claimStates.find((s) => s === approval);
  if (!known) return approval ? <Ltr mono>{approval}</Ltr> : null;
  return (
    <Badge variant="light" color={claimStateColor[known]} tt="none">
      {t(`claimApproval.state.${known}`)}
    </Badge>
  );
}

function HistoryKind({ kind, data }: { kind: string; data: unknown }) {
  const { t } = useTranslation('tickets');
  const groupName = useGroupName();
  const known = historyKinds.find((k) => k === kind);
  const detail = (data ?? {}) as { to?: unknown; name?: unknown; note?: unknown; taken?: unknown };
  const title =
    known === 'transferred' && typeof detail.to === 'string'
      ? t('history.transferredTo', { group: groupName(detail.to) })
      : known === 'assigned' && typeof detail.name === 'string'
        ? t(detail.taken === true ? 'history.takenBy' : 'history.assignedTo', { name: detail.name })
        : known === 'assigned' && detail.to === null
          ? t('history.unassigned')
          : known
            ? t(`history.${known}`)
            : null;
  return (
    <Stack gap={0}>
      <Text size="sm" fw={500}>
        {title ?? <Ltr mono>{kind}</Ltr>}
      </Text>
      {known === 'transferred' && typeof detail.note === 'string' && detail.note ? (
        <Text size="xs" dir="auto" style={{ overflowWrap: 'anywhere' }}>
          {detail.note}
        </Text>
      ) : null}
    </Stack>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
    </div>
  );
}
