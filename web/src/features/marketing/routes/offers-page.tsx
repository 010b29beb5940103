import { Button, Checkbox, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { canOwnMarketing } from '../../../app/access';
import { PageHeader } from '../../../ui/page-header';
import { ErrorBlock, LoadingBlock } from '../../../ui/query-state';
import { useSession } from '../../auth/api/session-state';
import { useOffers, useSaveOffer, type Offer } from '../api/marketing';
import { OfferCard } from '../components/offer-card';
import { OfferForm } from '../components/offer-form';

const todayIso = () => new Date().toISOString().slice(0, 10);

/** العروض: the owners write and archive offers; agents read them before calling (التعرف على العروض). */
export function OffersPage() {
  const { t } = useTranslation('marketing');
  const { user } = useSession();
  const owner = canOwnMarketing(user.role);
  const [showArchived, setShowArchived] = useState(false);
  const offers = useOffers(owner && showArchived ? 'all' : 'active');
  const archive = useSaveOffer();
  const [editing, setEditing] = useState<Offer | null | undefined>(undefined);
  const items = offers.data?.items ?? [];
  return (
    <Stack gap={0} maw={1200}>
      <PageHeader
        title={t('offers.title')}
        subtitle={t('offers.subtitle')}
        actions={
          owner ? (
            <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing(null)} data-testid="offer-new">
              {t('offers.new')}
            </Button>
          ) : null
        }
      />
      {owner ? (
        <Checkbox
          mb="md"
          label={t('offers.showArchived')}
          checked={showArchived}
          onChange={(e) => setShowArchived(e.currentTarget.checked)}
        />
      ) : null}
      {offers.error ? (
        <ErrorBlock error={offers.error} onRetry={() => void offers.refetch()} />
      ) : !offers.data ? (
        <LoadingBlock />
      ) : items.length === 0 ? (
        <Text c="dimmed">{t('offers.empty')}</Text>
      ) : (
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md" data-testid="offers">
          {items.map((offer) => (
            <OfferCard
              key={offer.id}
              offer={offer}
              {...(owner
                ? {
                    onEdit: () => setEditing(offer),
                    onArchive: (archived: boolean) =>
                      archive.mutate({ id: offer.id, input: { status: archived ? 'archived' : 'active' } }),
                  }
                : {})}
            />
          ))}
        </SimpleGrid>
      )}
      {editing !== undefined ? (
        <OfferForm
          key={editing?.id ?? 'new'}
          offer={editing}
          opened
          onClose={() => setEditing(undefined)}
          today={todayIso()}
        />
      ) : null}
    </Stack>
  );
}
