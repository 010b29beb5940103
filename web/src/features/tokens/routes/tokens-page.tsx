import { ActionIcon, Badge, Button, Card, Center, Stack, Table, Text, Tooltip } from '@mantine/core';
import { IconBan, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../i18n';
import { formatDateTime } from '../../../ui/format';
import { Ltr } from '../../../ui/ltr';
import { notifySuccess } from '../../../ui/notify';
import { PageHeader } from '../../../ui/page-header';
import { ErrorBlock, LoadingBlock } from '../../../ui/query-state';
import { useApiTokens, useRevokeApiToken, type ApiToken } from '../api/tokens';
import { CreateTokenModal } from '../components/create-token-modal';
import { ConfirmModal } from '../../../ui/confirm-modal';

export function TokensPage() {
  const { t } = useTranslation(['tokens', 'common']);
  const tokens = useApiTokens();
  const [creating, setCreating] = useState(false);
  const [revoking, setRevoking] = useState<ApiToken | null>(null);
  const locale = currentLocale();

  return (
    <Stack gap={0}>
      <PageHeader
        title={t('title')}
        subtitle={t('subtitle')}
        actions={
          <Button leftSection={<IconPlus size={18} />} onClick={() => setCreating(true)} data-testid="new-token">
            {t('newToken')}
          </Button>
        }
      />
      <Card withBorder padding="md" radius="md">
        {tokens.isPending ? (
          <LoadingBlock />
        ) : tokens.isError ? (
          <ErrorBlock error={tokens.error} onRetry={() => void tokens.refetch()} />
        ) : tokens.data.items.length === 0 ? (
          <Center py="xl">
            <Text c="dimmed">{t('empty')}</Text>
          </Center>
        ) : (
          <Table.ScrollContainer minWidth={820}>
            <Table striped verticalSpacing="sm" data-testid="tokens-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('columns.name')}</Table.Th>
                  <Table.Th>{t('columns.user')}</Table.Th>
                  <Table.Th>{t('columns.prefix')}</Table.Th>
                  <Table.Th>{t('columns.created')}</Table.Th>
                  <Table.Th>{t('columns.lastUsed')}</Table.Th>
                  <Table.Th>{t('columns.status')}</Table.Th>
                  <Table.Th>{t('columns.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {tokens.data.items.map((token) => (
                  <Table.Tr key={token.id}>
                    <Table.Td>
                      <bdi>{token.name}</bdi>
                    </Table.Td>
                    <Table.Td>
                      <Ltr mono>{token.username}</Ltr>
                    </Table.Td>
                    <Table.Td>
                      <Ltr mono>{token.prefix}</Ltr>
                    </Table.Td>
                    <Table.Td>
                      <bdi>{formatDateTime(token.created_at, locale)}</bdi>
                    </Table.Td>
                    <Table.Td>
                      {token.last_used_at ? (
                        <bdi>{formatDateTime(token.last_used_at, locale)}</bdi>
                      ) : (
                        <Text span size="sm" c="dimmed">
                          {t('neverUsed')}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      {token.revoked_at ? (
                        <Badge color="gray" variant="dot">
                          {t('status.revoked')}
                        </Badge>
                      ) : (
                        <Badge color="teal" variant="dot">
                          {t('status.active')}
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td>
                      {token.revoked_at ? null : (
                        <Tooltip label={t('revoke')}>
                          <ActionIcon
                            variant="subtle"
                            color="red"
                            aria-label={t('revoke')}
                            onClick={() => setRevoking(token)}
                          >
                            <IconBan size={18} />
                          </ActionIcon>
                        </Tooltip>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Card>
      <CreateTokenModal opened={creating} onClose={() => setCreating(false)} />
      <RevokeModal token={revoking} onClose={() => setRevoking(null)} />
    </Stack>
  );
}

function RevokeModal({ token, onClose }: { token: ApiToken | null; onClose: () => void }) {
  const { t } = useTranslation(['tokens', 'common']);
  const revoke = useRevokeApiToken();
  const close = () => {
    revoke.reset();
    onClose();
  };
  return (
    <ConfirmModal
      opened={token !== null}
      onClose={close}
      title={t('revokeTitle')}
      subject={
        token ? (
          <>
            <bdi>{token.name}</bdi> (<Ltr mono>{token.prefix}</Ltr>)
          </>
        ) : null
      }
      body={t('revokeBody')}
      confirmLabel={t('revoke')}
      confirmColor="red"
      loading={revoke.isPending}
      error={revoke.error}
      onConfirm={() =>
        token &&
        revoke.mutate(token.id, {
          onSuccess: () => {
            notifySuccess(t('revoked'));
            close();
          },
        })
      }
    />
  );
}
