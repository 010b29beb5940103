import { Button, Group, Menu, Stack, Table, Text, Tooltip } from '@mantine/core';
import { IconHandGrab, IconStarFilled, IconUserShare } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Ltr } from '../../../ui/ltr';
import { useErrorText } from '../../../ui/errors';
import { notifyError, notifySuccess } from '../../../ui/notify';
import { useSession } from '../../auth/api/session';
import { useTicketChange, type QueueItem } from '../api/tickets';
import { useTicketGroups } from '../api/ticket-settings';
import { SlaBadge, StatusBadge, useCategoryName, useGroupName } from './ticket-badges';

export function QueueTable({ items }: { items: QueueItem[] }) {
  const { t } = useTranslation('tickets');
  const categoryName = useCategoryName();
  const groupName = useGroupName();
  // Fits the content column of a 1280-pixel screen; narrower screens scroll sideways.
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped highlightOnHover verticalSpacing="sm" data-testid="tickets-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('columns.number')}</Table.Th>
            <Table.Th>{t('columns.customer')}</Table.Th>
            <Table.Th>{t('columns.category')}</Table.Th>
            <Table.Th>{t('columns.subject')}</Table.Th>
            <Table.Th>{t('columns.group')}</Table.Th>
            <Table.Th>{t('columns.assignee')}</Table.Th>
            <Table.Th>{t('columns.statusAndSla')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={item.id} data-ticket={item.number} data-sla={item.sla_state}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Link to="/tickets/$id" params={{ id: item.id }} className="tw-link" data-testid="ticket-link">
                  <Ltr mono>{item.number}</Ltr>
                </Link>
              </Table.Td>
              <Table.Td>
                <Group gap={4} wrap="nowrap">
                  {item.key_account ? (
                    <Tooltip label={t('keyAccount')}>
                      <IconStarFilled size={14} color="var(--mantine-color-yellow-6)" aria-label={t('keyAccount')} />
                    </Tooltip>
                  ) : null}
                  <Text size="sm">
                    <bdi>{item.customer_name ?? '—'}</bdi>
                  </Text>
                </Group>
                {item.customer_no ? (
                  <Text size="xs" c="dimmed">
                    <Ltr mono>{item.customer_no}</Ltr>
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td>{categoryName(item.category)}</Table.Td>
              <Table.Td maw={240}>
                <Text size="sm" truncate="end" dir="auto">
                  {item.subject}
                </Text>
              </Table.Td>
              <Table.Td>{groupName(item.group)}</Table.Td>
              <Table.Td>
                <Stack gap={4} align="flex-start">
                  {item.assignee ? (
                    <bdi>{item.assignee.name ?? item.assignee.id}</bdi>
                  ) : (
                    <Text size="sm" c="dimmed">
                      {t('unassigned')}
                    </Text>
                  )}
                  {item.can_take || item.can_assign ? <QueueAssign item={item} /> : null}
                </Stack>
              </Table.Td>
              {/* Status and time left together, never cut: they are what the queue is read for. */}
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Stack gap={4} align="flex-start">
                  <StatusBadge status={item.status} />
                  <SlaBadge dueAt={item.sla_due_at} state={item.sla_state} />
                </Stack>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** Take an unassigned ticket (its group's members), or assign it to a member of its group (supervisors). */
function QueueAssign({ item }: { item: QueueItem }) {
  const { t } = useTranslation('tickets');
  const { user } = useSession();
  const change = useTicketChange(item);
  const errorText = useErrorText();
  const groups = useTicketGroups();
  const assign = (assigneeId: string | null, done: string) =>
    change.mutate(
      { path: 'assign', body: { assignee_id: assigneeId } },
      { onSuccess: () => notifySuccess(done), onError: (error) => notifyError(errorText(error)) },
    );
  if (!item.can_assign) {
    return (
      <Button
        size="compact-xs"
        variant="light"
        leftSection={<IconHandGrab size={12} />}
        loading={change.isPending}
        onClick={() => assign(user.id, t('actions.taken'))}
        data-action="take"
      >
        {t('actions.take')}
      </Button>
    );
  }
  const members = (groups.data?.items.find((g) => g.code === item.group)?.members ?? []).filter((m) => m.active);
  return (
    <Menu position="bottom-start" withinPortal>
      <Menu.Target>
        <Button
          size="compact-xs"
          variant="subtle"
          leftSection={<IconUserShare size={12} />}
          loading={change.isPending}
          data-action="assign"
        >
          {t('actions.assign')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown data-testid="assign-menu">
        {members.length === 0 ? <Menu.Label>{t('actions.noMembers')}</Menu.Label> : null}
        {members.map((m) => (
          <Menu.Item
            key={m.id}
            disabled={m.id === item.assignee?.id}
            onClick={() => assign(m.id, t('actions.assigned'))}
          >
            <bdi>{m.display_name}</bdi>
          </Menu.Item>
        ))}
        {item.assignee ? (
          <>
            <Menu.Divider />
            <Menu.Item onClick={() => assign(null, t('actions.assigned'))}>{t('actions.nobody')}</Menu.Item>
          </>
        ) : null}
      </Menu.Dropdown>
    </Menu>
  );
}
