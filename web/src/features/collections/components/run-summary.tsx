import { Alert, Badge, Card, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../i18n';
import {
  formatCalendarDate,
  formatCalendarDateHijri,
  formatDateTime,
  formatMoney,
  listSeparator,
} from '../../../ui/format';
import { Ltr } from '../../../ui/ltr';
import { runNotes, type RunNote, type RunSummary } from '../api/collections';
import { ActorName } from './actor-name';

const isRunNote = (value: string): value is RunNote => (runNotes as readonly string[]).includes(value);

/** The run's summary in words: what each list holds, who was left out and why, what the SMS did. */
export function RunSummaryCard({
  summary,
  currency,
  timeZone,
}: {
  summary: RunSummary;
  currency: string | undefined;
  timeZone: string | undefined;
}) {
  const { t } = useTranslation('collections');
  const locale = currentLocale();
  const day = (d: string) => `${formatCalendarDate(d, locale)} (${formatCalendarDateHijri(d, locale)})`;
  // A rerun says one thing: the day already ran (when, by whom) and what, if anything, is new.
  const firstRun = summary.first_run ?? null;
  const nothingNew = firstRun !== null && summary.lists.length === 0;
  const notes = firstRun ? summary.notes.filter((n) => n !== 'already_run') : summary.notes;

  return (
    <Card withBorder radius="md" padding="lg" data-testid="run-summary" data-date={summary.date}>
      <Stack gap="md">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Title order={3} size="h4">
            {t('summary.title', { date: formatCalendarDate(summary.date, locale) })}
          </Title>
          <Badge color={summary.business_day ? 'teal' : 'orange'} variant="light" tt="none">
            {summary.business_day ? t('summary.businessDay') : t('summary.notBusinessDay')}
          </Badge>
        </Group>
        {firstRun ? (
          <Alert color="blue" icon={<IconInfoCircle size={18} />} data-testid="run-rerun" p="xs">
            <Stack gap={2}>
              <Text size="sm">
                {t('summary.rerun', { at: formatDateTime(firstRun.started_at, locale, timeZone) })}{' '}
                {firstRun.started_by ? (
                  <>
                    {t('summary.rerunBy')} <ActorName by={firstRun.started_by} name={firstRun.started_by_name} />
                  </>
                ) : null}
              </Text>
              <Text size="sm">{nothingNew ? t('summary.rerunNothingNew') : t('summary.rerunAdded')}</Text>
            </Stack>
          </Alert>
        ) : (
          <Text size="sm" c="dimmed">
            {summary.previous_date
              ? t('summary.previous', { date: day(summary.previous_date) })
              : t('summary.noPrevious')}
          </Text>
        )}

        {notes.length > 0 ? (
          <Stack gap="xs" data-testid="run-notes">
            {notes.map((note) => (
              <Alert key={note} color="orange" icon={<IconInfoCircle size={18} />} data-note={note} p="xs">
                {isRunNote(note) ? t(`note.${note}`) : <Ltr mono>{note}</Ltr>}
              </Alert>
            ))}
          </Stack>
        ) : null}

        {nothingNew ? null : <RunDetails summary={summary} currency={currency} />}
      </Stack>
    </Card>
  );
}

function RunDetails({ summary, currency }: { summary: RunSummary; currency: string | undefined }) {
  const { t } = useTranslation('collections');
  const locale = currentLocale();
  return (
    <>
      <Stack gap={4}>
        <Text fw={600} size="sm">
          {t('summary.lists')}
        </Text>
        {summary.lists.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('summary.noLists')}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={520}>
            <Table verticalSpacing={4} data-testid="run-lists">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('summary.list')}</Table.Th>
                  <Table.Th>{t('summary.items')}</Table.Th>
                  <Table.Th>{t('summary.installments')}</Table.Th>
                  <Table.Th>{t('summary.amount')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {summary.lists.map((l) => (
                  <Table.Tr key={`${l.purpose}/${l.channel}`} data-purpose={l.purpose} data-channel={l.channel}>
                    <Table.Td>{t(`listTitle.${l.purpose}.${l.channel}`)}</Table.Td>
                    <Table.Td data-testid="run-list-items">{t('count.customers', { count: l.items })}</Table.Td>
                    <Table.Td>{t('count.installments', { count: l.installments })}</Table.Td>
                    <Table.Td>
                      <Ltr>{formatMoney(l.amount, currency, locale)}</Ltr>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>

      <Stack gap={4}>
        <Text fw={600} size="sm">
          {t('summary.skipped')}
        </Text>
        <List size="sm" spacing={2} data-testid="run-skipped">
          <List.Item data-skipped="do_not_call">
            {t('summary.doNotCall', { count: summary.skipped.do_not_call })}
          </List.Item>
          <List.Item data-skipped="sms_opt_out_to_phone">
            {t('summary.optOut', { count: summary.skipped.sms_opt_out_to_phone })}
          </List.Item>
          <List.Item data-skipped="no_usable_number">
            {t('summary.noUsableNumber', { count: summary.skipped.no_usable_number })}
          </List.Item>
        </List>
      </Stack>

      <Text size="sm" data-testid="run-agents">
        {summary.agents.length > 0 ? (
          <>
            {t('summary.agents')}{' '}
            {summary.agents.map((agent, i) => (
              <span key={agent}>
                {i > 0 ? listSeparator(locale) : null}
                <ActorName by={agent} name={summary.agent_names?.[i]} />
              </span>
            ))}
          </>
        ) : (
          t('summary.noAgents')
        )}
      </Text>
      {summary.undistributed_phone_items > 0 ? (
        <Text size="sm" c="orange.8" data-testid="run-undistributed">
          {t('summary.undistributed', { count: summary.undistributed_phone_items })}
        </Text>
      ) : null}

      <Stack gap={4} data-testid="run-sms">
        <Text fw={600} size="sm">
          {t('summary.sms')}
        </Text>
        {summary.sms ? (
          <>
            <Group gap="lg" wrap="wrap">
              <Text size="sm" data-sms="queued">
                {t('summary.smsQueued', { count: summary.sms.queued })}
              </Text>
              <Text size="sm" data-sms="duplicates">
                {t('summary.smsDuplicates', { count: summary.sms.duplicates })}
              </Text>
              <Text size="sm" data-sms="refused" c={summary.sms.refused > 0 ? 'red' : undefined}>
                {t('summary.smsRefused', { count: summary.sms.refused })}
              </Text>
              <Text size="sm" data-sms="moved_to_phone">
                {t('summary.smsMoved', { count: summary.sms.moved_to_phone })}
              </Text>
            </Group>
            {Object.entries(summary.sms.refused_reasons).map(([code, n]) => (
              <Text key={code} size="xs" c="dimmed">
                {t('summary.refusedReason', { code, count: n })}
              </Text>
            ))}
          </>
        ) : (
          <Text size="sm" c="dimmed">
            {t('summary.smsNotSent')}
          </Text>
        )}
      </Stack>
    </>
  );
}
