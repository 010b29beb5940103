import { Stack, Table, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../i18n';
import { formatDateTime } from '../../../ui/format';
import { Ltr } from '../../../ui/ltr';
import { actionKeyOf, auditActionKeys, auditEntities, type AuditEntry } from '../api/audit';

/** An action, an entity and the system's jobs by their names; unknown codes as they are. */
export function useAuditNames() {
  const { t } = useTranslation('audit');
  return {
    action: (code: string) => {
      const key = auditActionKeys.find((k) => k === actionKeyOf(code));
      return key ? t(`actions.${key}`) : null;
    },
    entity: (code: string) => {
      const key = auditEntities.find((k) => k === code);
      return key ? t(`entities.${key}`) : null;
    },
    system: (what: string) => {
      const key = (Object.keys(systemKeys) as (keyof typeof systemKeys)[]).find((k) => k === what);
      return t('system', { what: key ? t(`systems.${key}`) : what });
    },
  };
}

const systemKeys = {
  'mail-intake': 1,
  'data-correction': 1,
  sla: 1,
  demo: 1,
  'daily-run': 1,
  'unsubscribe-link': 1,
  cli: 1,
} as const;

export function AuditTable({ entries, timeZone }: { entries: AuditEntry[]; timeZone?: string }) {
  const { t } = useTranslation(['audit', 'common']);
  const names = useAuditNames();
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
            <Table.Th>{t('columns.record')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((entry) => {
            const action = names.action(entry.action);
            const entity = names.entity(entry.entity);
            const system = /^system:(.+)$/.exec(entry.actor)?.[1];
            return (
              <Table.Tr key={entry.id} data-action={entry.action}>
                <Table.Td>
                  <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                    <bdi>{formatDateTime(entry.at, locale, timeZone)}</bdi>
                  </Text>
                </Table.Td>
                <Table.Td data-testid="audit-actor">
                  {entry.actor_name ? (
                    <bdi>{entry.actor_name}</bdi>
                  ) : system ? (
                    names.system(system)
                  ) : (
                    <Ltr mono>{entry.actor}</Ltr>
                  )}
                </Table.Td>
                <Table.Td>
                  <Stack gap={0}>
                    <Text size="sm">{action ?? <Ltr mono>{entry.action}</Ltr>}</Text>
                    {entry.ip ? (
                      <Text size="xs" c="dimmed">
                        <Ltr mono>{entry.ip}</Ltr>
                      </Text>
                    ) : null}
                  </Stack>
                </Table.Td>
                <Table.Td>{entity ?? <Ltr mono>{entry.entity}</Ltr>}</Table.Td>
                <Table.Td data-testid="audit-record">
                  <RecordLink entry={entry} empty={t('common:empty')} />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** The record by its own name, linked to its page where it has one. */
function RecordLink({ entry, empty }: { entry: AuditEntry; empty: string }) {
  const id = entry.entity_id;
  if (!id)
    return (
      <Text size="xs" c="dimmed">
        {empty}
      </Text>
    );
  const label: ReactNode = entry.entity_label ? <bdi>{entry.entity_label}</bdi> : <Ltr mono>{id}</Ltr>;
  switch (entry.entity) {
    case 'ticket':
      return (
        <Link to="/tickets/$id" params={{ id }} className="tw-link">
          {entry.entity_label ? <Ltr mono>{entry.entity_label}</Ltr> : label}
        </Link>
      );
    case 'inquiry':
      return (
        <Link to="/inquiries/$id" params={{ id }} className="tw-link">
          {entry.entity_label ? <Ltr mono>{entry.entity_label}</Ltr> : label}
        </Link>
      );
    case 'customer':
      return (
        <Link to="/customers/$customerNo" params={{ customerNo: id }} className="tw-link">
          {label} <Ltr mono>({id})</Ltr>
        </Link>
      );
    case 'user':
      return (
        <Link to="/users" className="tw-link">
          {label}
        </Link>
      );
    default:
      return (
        <Text size="xs" c="dimmed">
          {label}
        </Text>
      );
  }
}
