import { Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { canOwnMarketing } from '../../../app/access';
import { currentLocale } from '../../../i18n';
import { formatNumber } from '../../../ui/format';
import { PageHeader } from '../../../ui/page-header';
import { ErrorBlock, LoadingBlock } from '../../../ui/query-state';
import { useSession } from '../../auth/api/session-state';
import { useCampaigns } from '../api/marketing';
import { CampaignForm } from '../components/campaign-form';
import { CampaignStatusBadge } from '../components/campaign-status';

/** الحملات: every campaign with its offer, channels, target list and state. */
export function CampaignsPage() {
  const { t } = useTranslation('marketing');
  const { user } = useSession();
  const locale = currentLocale();
  const navigate = useNavigate();
  const campaigns = useCampaigns();
  const [creating, setCreating] = useState(false);
  const items = campaigns.data?.items ?? [];
  return (
    <Stack gap={0} maw={1200}>
      <PageHeader
        title={t('campaigns.title')}
        subtitle={t('campaigns.subtitle')}
        actions={
          canOwnMarketing(user.role) ? (
            <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)} data-testid="campaign-new">
              {t('campaigns.new')}
            </Button>
          ) : null
        }
      />
      {campaigns.error ? (
        <ErrorBlock error={campaigns.error} onRetry={() => void campaigns.refetch()} />
      ) : !campaigns.data ? (
        <LoadingBlock />
      ) : items.length === 0 ? (
        <Text c="dimmed">{t('campaigns.empty')}</Text>
      ) : (
        <Table striped highlightOnHover verticalSpacing="sm" data-testid="campaigns-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('campaigns.columns.name')}</Table.Th>
              <Table.Th>{t('campaigns.columns.offer')}</Table.Th>
              <Table.Th>{t('campaigns.columns.channels')}</Table.Th>
              <Table.Th>{t('campaigns.columns.list')}</Table.Th>
              <Table.Th>{t('campaigns.columns.status')}</Table.Th>
              <Table.Th>{t('campaigns.columns.contacts')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((c) => (
              <Table.Tr key={c.id} data-testid="campaign-row">
                <Table.Td>
                  <Link to="/marketing/campaigns/$id" params={{ id: c.id }}>
                    <bdi>{c.name}</bdi>
                  </Link>
                </Table.Td>
                <Table.Td>
                  <bdi>{c.offer_name}</bdi>
                </Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    {c.channels.map((ch) => (
                      <Badge key={ch} variant="light">
                        {t(`campaigns.channel.${ch}`)}
                      </Badge>
                    ))}
                  </Group>
                </Table.Td>
                <Table.Td>
                  <bdi>{c.list.source}</bdi>
                </Table.Td>
                <Table.Td>
                  <CampaignStatusBadge status={c.status} />
                </Table.Td>
                <Table.Td>
                  {formatNumber(
                    Object.values(c.contacts).reduce((a, b) => a + b, 0),
                    locale,
                    0,
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {creating ? (
        <CampaignForm
          opened
          onClose={() => setCreating(false)}
          onCreated={(c) => {
            setCreating(false);
            void navigate({ to: '/marketing/campaigns/$id', params: { id: c.id } });
          }}
        />
      ) : null}
    </Stack>
  );
}
