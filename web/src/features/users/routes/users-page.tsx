import { Button, Card, Center, Group, Pagination, Select, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isRole, roles, type Role } from '../../../app/access';
import { PageHeader } from '../../../ui/page-header';
import { ErrorBlock, LoadingBlock } from '../../../ui/query-state';
import { useSession } from '../../auth/api/session';
import { useUsers, type User } from '../api/users';
import { DeactivateModal } from '../components/deactivate-modal';
import { UserFormModal } from '../components/user-form-modal';
import { UsersTable } from '../components/users-table';

const pageSize = 20;

export function UsersPage() {
  const { t } = useTranslation(['users', 'common']);
  const { user: self } = useSession();
  const [search, setSearch] = useState('');
  const [role, setRole] = useState<Role | undefined>();
  const [page, setPage] = useState(1);
  const [q] = useDebouncedValue(search.trim(), 300);
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<User | undefined>();
  const [deactivating, setDeactivating] = useState<User | null>(null);

  const users = useUsers({ q: q || undefined, role, limit: pageSize, offset: (page - 1) * pageSize });
  const total = users.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / pageSize));

  return (
    <Stack gap={0}>
      <PageHeader
        title={t('title')}
        subtitle={t('subtitle')}
        actions={
          <Button leftSection={<IconPlus size={18} />} onClick={() => setCreating(true)} data-testid="new-user">
            {t('newUser')}
          </Button>
        }
      />
      <Card withBorder padding="md" radius="md">
        <Stack>
          <Group align="flex-end" wrap="wrap">
            <TextInput
              label={t('search')}
              placeholder={t('searchPlaceholder')}
              leftSection={<IconSearch size={16} />}
              value={search}
              onChange={(event) => {
                setSearch(event.currentTarget.value);
                setPage(1);
              }}
              w={300}
              type="search"
            />
            <Select
              label={t('roleFilter')}
              placeholder={t('allRoles')}
              data={roles.map((r) => ({ value: r, label: t(`common:roles.${r}`) }))}
              value={role ?? null}
              onChange={(value) => {
                setRole(value && isRole(value) ? value : undefined);
                setPage(1);
              }}
              clearable
              w={300}
            />
            <Text size="sm" c="dimmed" ms="auto" data-testid="users-count">
              {users.data ? t('count', { count: total }) : null}
            </Text>
          </Group>
          {users.isPending ? (
            <LoadingBlock />
          ) : users.isError ? (
            <ErrorBlock error={users.error} onRetry={() => void users.refetch()} />
          ) : users.data.items.length === 0 ? (
            <Center py="xl">
              <Text c="dimmed">{t('empty')}</Text>
            </Center>
          ) : (
            <UsersTable users={users.data.items} selfId={self.id} onEdit={setEditing} onDeactivate={setDeactivating} />
          )}
          {pages > 1 ? (
            <Center component="nav" aria-label={t('pagination')}>
              <Pagination total={pages} value={page} onChange={setPage} />
            </Center>
          ) : null}
        </Stack>
      </Card>
      <UserFormModal opened={creating} onClose={() => setCreating(false)} />
      <UserFormModal opened={editing !== undefined} user={editing} onClose={() => setEditing(undefined)} />
      <DeactivateModal user={deactivating} onClose={() => setDeactivating(null)} />
    </Stack>
  );
}
