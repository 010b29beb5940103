import { Badge, Button, Stack, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { canBuildSurveys } from '../../../app/access';
import { currentLocale } from '../../../i18n';
import { formatDateTime, listSeparator } from '../../../ui/format';
import { Ltr } from '../../../ui/ltr';
import { PageHeader } from '../../../ui/page-header';
import { ErrorBlock, LoadingBlock } from '../../../ui/query-state';
import { useSession } from '../../auth/api/session-state';
import { useSurveys } from '../api/surveys';

const statusColor = { draft: 'gray', active: 'teal', archived: 'dark' } as const;

/** الاستطلاعات: the surveys with their current version and what invites automatically. */
export function SurveysPage() {
  const { t } = useTranslation('surveys');
  const session = useSession();
  const surveys = useSurveys();
  const navigate = useNavigate();
  const items = surveys.data?.items ?? [];
  return (
    <Stack gap={0} maw={1100}>
      <PageHeader
        title={t('title')}
        subtitle={t('subtitle')}
        actions={
          canBuildSurveys(session.user.role) ? (
            <Button
              leftSection={<IconPlus size={16} />}
              onClick={() => void navigate({ to: '/surveys/$id', params: { id: 'new' } })}
              data-testid="survey-new"
            >
              {t('new')}
            </Button>
          ) : null
        }
      />
      {surveys.error ? (
        <ErrorBlock error={surveys.error} onRetry={() => void surveys.refetch()} />
      ) : !surveys.data ? (
        <LoadingBlock />
      ) : items.length === 0 ? (
        <Text c="dimmed">{t('empty')}</Text>
      ) : (
        <Table striped highlightOnHover verticalSpacing="sm" data-testid="surveys-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('columns.name')}</Table.Th>
              <Table.Th>{t('columns.status')}</Table.Th>
              <Table.Th>{t('columns.version')}</Table.Th>
              <Table.Th>{t('columns.auto')}</Table.Th>
              <Table.Th>{t('columns.updated')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((s) => (
              <Table.Tr key={s.id}>
                <Table.Td>
                  <Link to="/surveys/$id" params={{ id: s.id }}>
                    {s.name}
                  </Link>
                </Table.Td>
                <Table.Td>
                  <Badge color={statusColor[s.status]} variant="light">
                    {t(`status.${s.status}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Ltr>{s.version}</Ltr>
                </Table.Td>
                <Table.Td>
                  {[s.after_ticket && t('auto.ticket'), s.after_call && t('auto.call')]
                    .filter(Boolean)
                    .join(listSeparator(currentLocale())) || t('auto.none')}
                </Table.Td>
                <Table.Td>{formatDateTime(s.updated_at, currentLocale())}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
