import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useItemOffer } from '../api/marketing';
import { OfferCard } from './offer-card';

/** Beside a marketing item in "قائمتي اليوم": the offer, its script and FAQ, while the agent calls. */
export function OfferPanel({ itemId }: { itemId: string }) {
  const { t } = useTranslation('marketing');
  const found = useItemOffer(itemId);
  if (!found.data) return null;
  if (!found.data.offer) return <Alert color="gray">{t('panel.none')}</Alert>;
  return (
    <div data-testid="offer-panel">
      {found.data.campaign ? (
        <Text size="sm" c="dimmed" mb={4}>
          {t('panel.campaign', { name: found.data.campaign.name })}
        </Text>
      ) : null}
      <OfferCard offer={found.data.offer} compact />
    </div>
  );
}
