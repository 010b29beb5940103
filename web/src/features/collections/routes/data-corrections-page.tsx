import { Alert, Badge, Button, Card, Center, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { IconPhoneCheck } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { canDoCollections, canOpen } from '../../../app/access';
import { currentLocale } from '../../../i18n';
import { formatDateTime } from '../../../ui/format';
import { Ltr } from '../../../ui/ltr';
import { ActorName } from '../components/actor-name';
import { PageHeader } from '../../../ui/page-header';
import { ErrorBlock, LoadingBlock } from '../../../ui/query-state';
import { useSession } from '../../auth/api/session';
import { useSettingValue } from '../../settings/api/settings';
import { correctionKinds, useDataCorrections, type CorrectionKind, type DataCorrection } from '../api/collections';
import { ResolveCorrectionModal } from '../components/resolve-correction-modal';

const isKind = (value: string | null): value is CorrectionKind =>
  value !== null && (correctionKinds as readonly string[]).includes(value);

/** مهام تصحيح البيانات — IT's queue (P1-2 step 11): wrong numbers and customers with no usable number. */
export function DataCorrectionsPage() {
  const { t } = useTranslation('collections');
  const { user } = useSession();
  const locale = currentLocale();
  const timeZone = useSettingValue('timezone');
  const [status, setStatus] = useState<'open' | 'done'>('open');
  const tasks = useDataCorrections(status);
  const [resolving, setResolving] = useState<DataCorrection | null>(null);
  const mayResolve = canDoCollections('resolveCorrection', user.role);
  const mayOpenCustomer = canOpen('customer', user.role, user.skills);

  return (
    <Stack gap={0}>
      <PageHeader
        title={t('corrections.title')}
        subtitle={t('corrections.subtitle')}
        actions={
          <SegmentedControl
            value={status}
            onChange={(value) => setStatus(value === 'done' ? 'done' : 'open')}
            data={[
              { value: 'open', label: t('corrections.open') },
              { value: 'done', label: t('corrections.done') },
            ]}
            data-testid="corrections-status"
          />
        }
      />
      <Card withBorder radius="md" padding="md">
        <Stack gap="sm">
          {!mayResolve ? <Alert color="blue">{t('corrections.readOnly')}</Alert> : null}
          {tasks.data ? (
            <Text size="sm" c="dimmed" data-testid="corrections-count">
              {t('count.tasks', { count: tasks.data.items.length })}
            </Text>
          ) : null}
          {tasks.isPending ? (
            <LoadingBlock />
          ) : tasks.isError ? (
            <ErrorBlock error={tasks.error} onRetry={() => void tasks.refetch()} />
          ) : tasks.data.items.length === 0 ? (
            <Center py="xl">
              <Text c="dimmed" data-testid="corrections-empty">
                {t('corrections.empty')}
              </Text>
            </Center>
          ) : (
            <Table.ScrollContainer minWidth={900}>
              <Table striped verticalSpacing="sm" data-testid="corrections-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('corrections.customer')}</Table.Th>
                    <Table.Th>{t('corrections.contracts')}</Table.Th>
                    <Table.Th>{t('corrections.reason')}</Table.Th>
                    <Table.Th>{t('corrections.number')}</Table.Th>
                    <Table.Th>{t('corrections.createdAt')}</Table.Th>
                    <Table.Th>{t('corrections.createdBy')}</Table.Th>
                    {mayResolve && status === 'open' ? <Table.Th>{t('corrections.actions')}</Table.Th> : null}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {tasks.data.items.map((task) => (
                    <Table.Tr
                      key={task.id}
                      data-task={task.id}
                      data-customer={task.customer_no}
                      data-reason={task.reason}
                    >
                      <Table.Td>
                        <Stack gap={0}>
                          <Text size="sm" fw={500}>
                            <bdi>{task.name}</bdi>
                          </Text>
                          {mayOpenCustomer ? (
                            <Link
                              to="/customers/$customerNo"
                              params={{ customerNo: task.customer_no }}
                              className="tw-link"
                              data-testid="customer-link"
                            >
                              <Ltr mono>{task.customer_no}</Ltr>
                            </Link>
                          ) : (
                            <Text size="xs" c="dimmed">
                              <Ltr mono>{task.customer_no}</Ltr>
                            </Text>
                          )}
                        </Stack>
                      </Table.Td>
                      <Table.Td>{task.contract_nos ? <Ltr mono>{task.contract_nos}</Ltr> : '—'}</Table.Td>
                      <Table.Td>
                        <Badge color={task.reason === 'wrong_number' ? 'red' : 'orange'} variant="light" tt="none">
                          {t(`corrections.reasonValue.${task.reason}`)}
                        </Badge>
                      </Table.Td>
                      <Table.Td>
                        {task.masked ? (
                          <Stack gap={0}>
                            <Text size="sm">
                              <Ltr mono>{task.masked}</Ltr>
                            </Text>
                            {isKind(task.kind) ? (
                              <Text size="xs" c="dimmed">
                                {t(`corrections.kinds.${task.kind}`)}
                              </Text>
                            ) : null}
                          </Stack>
                        ) : (
                          '—'
                        )}
                      </Table.Td>
                      <Table.Td>
                        <bdi>{formatDateTime(task.created_at, locale, timeZone)}</bdi>
                      </Table.Td>
                      <Table.Td>
                        <ActorName by={task.created_by} name={task.created_by_name} />
                      </Table.Td>
                      {mayResolve && status === 'open' ? (
                        <Table.Td>
                          <Button
                            size="xs"
                            variant="light"
                            color="teal"
                            leftSection={<IconPhoneCheck size={16} />}
                            onClick={() => setResolving(task)}
                            data-action="resolve"
                          >
                            {t('corrections.resolve')}
                          </Button>
                        </Table.Td>
                      ) : null}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Stack>
      </Card>
      <ResolveCorrectionModal task={resolving} onClose={() => setResolving(null)} />
    </Stack>
  );
}
