import { Button, Card, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { canDoWorkLists } from '../../../app/access';
import { PageHeader } from '../../../ui/page-header';
import { ErrorBlock, LoadingBlock } from '../../../ui/query-state';
import { useSession } from '../../auth/api/session-state';
import { useWorkLists } from '../api/work-lists';
import { ListsTable } from '../components/lists-table';
import { NewListForm } from '../components/new-list-form';

/** قوائم العمل: every list with its lifecycle step and who/when; new lists from a file or a filter. */
export function WorkListsPage() {
  const { t } = useTranslation('workLists');
  const { user } = useSession();
  const lists = useWorkLists();
  const [creating, setCreating] = useState(false);
  const mayBuild = canDoWorkLists('build', user.role);
  return (
    <Stack gap="md">
      <PageHeader
        title={t('title')}
        subtitle={t('subtitle')}
        actions={
          mayBuild ? (
            <Button
              leftSection={creating ? <IconX size={18} /> : <IconPlus size={18} />}
              variant={creating ? 'default' : 'filled'}
              onClick={() => setCreating((v) => !v)}
              data-testid="new-list-toggle"
            >
              {creating ? t('close') : t('new')}
            </Button>
          ) : null
        }
      />
      {creating ? (
        <NewListForm
          onCreated={() => {
            setCreating(false);
            notifications.show({ color: 'teal', message: t('form.created') });
          }}
        />
      ) : null}
      <Card withBorder radius="md" padding="md">
        {lists.isPending ? (
          <LoadingBlock />
        ) : lists.isError ? (
          <ErrorBlock error={lists.error} onRetry={() => void lists.refetch()} />
        ) : lists.data.items.length === 0 ? (
          <Text c="dimmed" data-testid="work-lists-empty">
            {t('empty')}
          </Text>
        ) : (
          <ListsTable lists={lists.data.items} />
        )}
      </Card>
    </Stack>
  );
}
