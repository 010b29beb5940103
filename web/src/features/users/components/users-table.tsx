import { ActionIcon, Badge, Group, Table, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconPencil, IconUserOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../i18n';
import { formatDateTime } from '../../../ui/format';
import { Ltr } from '../../../ui/ltr';
import type { User } from '../api/users';

type Props = { users: User[]; onEdit: (user: User) => void; onDeactivate: (user: User) => void; selfId: string };

export function UsersTable({ users, onEdit, onDeactivate, selfId }: Props) {
  const { t } = useTranslation(['users', 'common']);
  const locale = currentLocale();
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped highlightOnHover verticalSpacing="sm" data-testid="users-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('columns.username')}</Table.Th>
            <Table.Th>{t('columns.displayName')}</Table.Th>
            <Table.Th>{t('columns.role')}</Table.Th>
            <Table.Th>{t('columns.skills')}</Table.Th>
            <Table.Th>{t('columns.teams')}</Table.Th>
            <Table.Th>{t('columns.status')}</Table.Th>
            <Table.Th>{t('columns.lastLogin')}</Table.Th>
            <Table.Th>
              <VisuallyHidden>{t('columns.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {users.map((user) => (
            <Table.Tr key={user.id} data-username={user.username}>
              <Table.Td>
                <Ltr mono>{user.username}</Ltr>
              </Table.Td>
              <Table.Td>{user.display_name}</Table.Td>
              <Table.Td>{t(`common:roles.${user.role}`)}</Table.Td>
              <Table.Td>
                <Group gap={4}>
                  {user.skills.map((skill) => (
                    <Badge key={skill} variant="light" size="sm">
                      {t(`common:skills.${skill}`)}
                    </Badge>
                  ))}
                </Group>
              </Table.Td>
              <Table.Td>
                <Group gap={4}>
                  {user.teams.map((team) => (
                    <Badge key={team} variant="outline" color="gray" size="sm">
                      <bdi>{team}</bdi>
                    </Badge>
                  ))}
                </Group>
              </Table.Td>
              <Table.Td>
                {user.active ? (
                  <Badge color="teal" variant="dot">
                    {t('common:status.active')}
                  </Badge>
                ) : (
                  <Badge color="gray" variant="dot">
                    {t('common:status.inactive')}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm" c={user.last_login_at ? undefined : 'dimmed'}>
                  {user.last_login_at ? <bdi>{formatDateTime(user.last_login_at, locale)}</bdi> : t('never')}
                </Text>
              </Table.Td>
              <Table.Td>
                <Group gap={4} wrap="nowrap" justify="flex-end">
                  <Tooltip label={t('common:actions.edit')}>
                    <ActionIcon variant="subtle" aria-label={t('common:actions.edit')} onClick={() => onEdit(user)}>
                      <IconPencil size={18} />
                    </ActionIcon>
                  </Tooltip>
                  {user.active && user.id !== selfId ? (
                    <Tooltip label={t('deactivate')}>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={t('deactivate')}
                        onClick={() => onDeactivate(user)}
                      >
                        <IconUserOff size={18} />
                      </ActionIcon>
                    </Tooltip>
                  ) : null}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
