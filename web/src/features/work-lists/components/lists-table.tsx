import { Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconTrash, IconUsers } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { canDoWorkLists } from '../../../app/access';
import { currentLocale } from '../../../i18n';
import { useErrorText } from '../../../ui/errors';
import { formatCalendarDate } from '../../../ui/format';
import { useSession } from '../../auth/api/session-state';
import {
  importRunning,
  useApprove,
  useDiscard,
  useDistribute,
  type ListStatus,
  type WorkList,
} from '../api/work-lists';
import { ImportReport } from './target-import';
import { LifecycleSteps } from './who-when';

const statusColor: Record<ListStatus, string> = {
  draft: 'gray',
  approved: 'blue',
  distributed: 'indigo',
  in_progress: 'yellow',
  completed: 'teal',
  signed_off: 'green',
};

export function ListsTable({ lists }: { lists: WorkList[] }) {
  const { t } = useTranslation('workLists');
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table verticalSpacing="sm" highlightOnHover data-testid="work-lists">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('table.name')}</Table.Th>
            <Table.Th>{t('table.date')}</Table.Th>
            <Table.Th>{t('table.status')}</Table.Th>
            <Table.Th>{t('table.items')}</Table.Th>
            <Table.Th>{t('table.lifecycle')}</Table.Th>
            <Table.Th>{t('table.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {lists.map((list) => (
            <ListRow key={list.id} list={list} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function ListRow({ list }: { list: WorkList }) {
  const { t } = useTranslation('workLists');
  const locale = currentLocale();
  return (
    <Table.Tr data-list={list.id} data-status={list.status} data-name={list.name ?? ''}>
      <Table.Td>
        <Stack gap={2}>
          <Text fw={600} size="sm">
            <bdi>
              {list.name ??
                t('table.unnamed', { purpose: t(`purpose.${list.purpose}`), channel: t(`channel.${list.channel}`) })}
            </bdi>
          </Text>
          <Group gap={4}>
            <Badge size="xs" variant="outline">
              {t(`purpose.${list.purpose}`)}
            </Badge>
            <Badge size="xs" variant="outline" color="gray">
              {t(`channel.${list.channel}`)}
            </Badge>
            <Badge size="xs" variant="dot" color="gray">
              {t(`source.${list.source}`, { defaultValue: list.source })}
            </Badge>
          </Group>
        </Stack>
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        <bdi>{formatCalendarDate(list.business_date, locale)}</bdi>
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        <Badge
          color={statusColor[list.status]}
          variant="light"
          styles={{ root: { overflow: 'visible' }, label: { overflow: 'visible' } }}
          data-testid="list-status"
        >
          {t(`status.${list.status}`)}
        </Badge>
      </Table.Td>
      <Table.Td>
        <Text size="sm" data-testid="list-items">
          {t('items', { count: list.items })}
        </Text>
      </Table.Td>
      <Table.Td style={{ minWidth: 240 }}>
        <Stack gap={6}>
          <LifecycleSteps list={list} />
          {list.import && (importRunning(list) || list.import.rejected > 0 || list.import.status === 'failed') ? (
            <ImportReport list={list} />
          ) : null}
        </Stack>
      </Table.Td>
      <Table.Td>
        <ListActions list={list} />
      </Table.Td>
    </Table.Tr>
  );
}

function ListActions({ list }: { list: WorkList }) {
  const { t } = useTranslation('workLists');
  const errorText = useErrorText();
  const { user } = useSession();
  const approve = useApprove();
  const distribute = useDistribute();
  const discard = useDiscard();
  const report = (done: 'actions.approved' | 'actions.distributed' | 'actions.discarded') => ({
    onSuccess: () => notifications.show({ color: 'teal', message: t(done) }),
    onError: (error: unknown) => notifications.show({ color: 'red', message: errorText(error) }),
  });
  const importing = importRunning(list);
  const draft = list.status === 'draft';
  return (
    <Group gap={6} wrap="nowrap">
      {draft && canDoWorkLists('approve', user.role) ? (
        <Button
          size="xs"
          leftSection={<IconCheck size={14} />}
          disabled={importing || list.items === 0}
          loading={approve.isPending}
          onClick={() => approve.mutate(list.id, report('actions.approved'))}
          data-action="approve"
        >
          {t('actions.approve')}
        </Button>
      ) : null}
      {list.status === 'approved' && list.channel === 'phone' && canDoWorkLists('distribute', user.role) ? (
        <Button
          size="xs"
          variant="light"
          leftSection={<IconUsers size={14} />}
          loading={distribute.isPending}
          onClick={() => distribute.mutate(list.id, report('actions.distributed'))}
          data-action="distribute"
        >
          {t('actions.distribute')}
        </Button>
      ) : null}
      {list.status === 'approved' && list.channel !== 'phone' && list.source !== 'daily' ? (
        <Text size="xs" c="dimmed">
          {t('actions.awaitingCampaign')}
        </Text>
      ) : null}
      {draft && canDoWorkLists('build', user.role) ? (
        <Button
          size="xs"
          variant="subtle"
          color="red"
          leftSection={<IconTrash size={14} />}
          disabled={importing}
          loading={discard.isPending}
          onClick={() => {
            if (window.confirm(t('actions.confirmDiscard'))) discard.mutate(list.id, report('actions.discarded'));
          }}
          data-action="discard"
        >
          {t('actions.discard')}
        </Button>
      ) : null}
    </Group>
  );
}
