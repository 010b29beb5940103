import { Code, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../i18n';
import { formatDateTime } from '../../../ui/format';
import { Ltr } from '../../../ui/ltr';
import type { AuditEntry } from '../api/audit';

export function AuditTable({ entries, timeZone }: { entries: AuditEntry[]; timeZone?: string }) {
  const { t } = useTranslation(['audit', 'common']);
  const locale = currentLocale();
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table striped verticalSpacing="xs" data-testid="audit-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('columns.time')}</Table.Th>
            <Table.Th>{t('columns.actor')}</Table.Th>
            <Table.Th>{t('columns.action')}</Table.Th>
            <Table.Th>{t('columns.entity')}</Table.Th>
            <Table.Th>{t('columns.entityId')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((entry) => (
            <Table.Tr key={entry.id}>
              <Table.Td>
                <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                  <bdi>{formatDateTime(entry.at, locale, timeZone)}</bdi>
                </Text>
              </Table.Td>
              <Table.Td>
                <Ltr mono>{entry.actor}</Ltr>
              </Table.Td>
              <Table.Td>
                <Code>
                  <Ltr>{entry.action}</Ltr>
                </Code>
              </Table.Td>
              <Table.Td>
                <Ltr>{entry.entity}</Ltr>
              </Table.Td>
              <Table.Td>
                <Text size="xs" c="dimmed">
                  {entry.entity_id ? <Ltr mono>{entry.entity_id}</Ltr> : t('common:empty')}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
