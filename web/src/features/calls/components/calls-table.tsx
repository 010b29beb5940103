import { Table, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Ltr } from '../../../ui/ltr';
import type { CallRecord } from '../api/calls';
import { CallResult } from './call-result';
import { formatClock, formatDay, formatDuration } from './format-duration';

export function CallsTable({
  calls,
  timeZone,
  showAgent,
  onOpen,
}: {
  calls: CallRecord[];
  timeZone?: string;
  showAgent: boolean;
  onOpen: (id: string) => void;
}) {
  const { t } = useTranslation('calls');
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped highlightOnHover verticalSpacing="xs" data-testid="calls-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('columns.time')}</Table.Th>
            <Table.Th>{t('columns.direction')}</Table.Th>
            <Table.Th>{t('columns.number')}</Table.Th>
            <Table.Th>{t('columns.queue')}</Table.Th>
            {showAgent ? <Table.Th>{t('columns.agent')}</Table.Th> : null}
            <Table.Th>{t('columns.wait')}</Table.Th>
            <Table.Th>{t('columns.talk')}</Table.Th>
            <Table.Th>{t('columns.hold')}</Table.Th>
            <Table.Th>{t('columns.result')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {calls.map((call) => (
            <Table.Tr
              key={call.id}
              data-testid="call-row"
              style={{ cursor: 'pointer' }}
              onClick={() => onOpen(call.id)}
            >
              <Table.Td>
                <UnstyledButton
                  onClick={(event) => {
                    event.stopPropagation();
                    onOpen(call.id);
                  }}
                  aria-label={t('open')}
                >
                  <Text size="sm">
                    <Ltr>{formatDay(call.offered_at, timeZone)}</Ltr>{' '}
                    <Ltr mono>{formatClock(call.offered_at, timeZone)}</Ltr>
                  </Text>
                </UnstyledButton>
              </Table.Td>
              <Table.Td>{t(`direction.${call.direction}`)}</Table.Td>
              <Table.Td>{call.ani ? <Ltr mono>{call.ani}</Ltr> : <Text c="dimmed">—</Text>}</Table.Td>
              <Table.Td>{call.queue ? <Ltr>{call.queue}</Ltr> : '—'}</Table.Td>
              {showAgent ? <Table.Td>{call.agent ? <Ltr>{call.agent}</Ltr> : '—'}</Table.Td> : null}
              <Table.Td>
                <Ltr mono>{formatDuration(call.wait_seconds)}</Ltr>
              </Table.Td>
              <Table.Td>
                <Ltr mono>{formatDuration(call.talk_seconds)}</Ltr>
              </Table.Td>
              <Table.Td>
                {call.hold_count > 0 ? (
                  <Text size="sm">
                    <Ltr mono>{formatDuration(call.hold_seconds)}</Ltr> {t('holdTimes', { count: call.hold_count })}
                  </Text>
                ) : (
                  '—'
                )}
              </Table.Td>
              <Table.Td>
                <CallResult call={call} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
