import { Accordion, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconArchive, IconEdit, IconRestore } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../i18n';
import { formatCalendarDate } from '../../../ui/format';
import type { Offer } from '../api/marketing';

type Props = {
  offer: Offer;
  /** The owners' buttons; absent for agents, who only read. */
  onEdit?: () => void;
  onArchive?: (archived: boolean) => void;
  compact?: boolean;
};

/** One offer as an agent learns it (التعرف على العروض): what, for whom, what to say, what they ask. */
export function OfferCard({ offer, onEdit, onArchive, compact = false }: Props) {
  const { t } = useTranslation('marketing');
  const locale = currentLocale();
  const from = formatCalendarDate(offer.valid_from, locale);
  return (
    <Card withBorder radius="md" padding="lg" data-testid="offer-card" data-offer={offer.id}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Title order={3} size="h4">
            <bdi>{offer.name}</bdi>
          </Title>
          <Group gap={6}>
            {offer.status === 'archived' ? (
              <Badge color="dark">{t('offers.archived')}</Badge>
            ) : offer.current ? (
              <Badge color="teal">{t('offers.current')}</Badge>
            ) : (
              <Badge color="orange">{t('offers.notCurrent')}</Badge>
            )}
            {onEdit ? (
              <Button size="xs" variant="light" leftSection={<IconEdit size={14} />} onClick={onEdit}>
                {t('offers.edit')}
              </Button>
            ) : null}
            {onArchive ? (
              <Button
                size="xs"
                variant="subtle"
                color={offer.status === 'archived' ? 'teal' : 'gray'}
                leftSection={offer.status === 'archived' ? <IconRestore size={14} /> : <IconArchive size={14} />}
                onClick={() => onArchive(offer.status !== 'archived')}
              >
                {offer.status === 'archived' ? t('offers.restore') : t('offers.archive')}
              </Button>
            ) : null}
          </Group>
        </Group>
        <Text size="sm" c="dimmed">
          {offer.valid_to
            ? t('offers.validity', { from, to: formatCalendarDate(offer.valid_to, locale) })
            : t('offers.validityOpen', { from })}
        </Text>
        {offer.description ? <Text style={{ whiteSpace: 'pre-wrap' }}>{offer.description}</Text> : null}
        {offer.eligibility ? (
          <Text size="sm">
            <Text span fw={600}>
              {t('offers.eligibility')}:{' '}
            </Text>
            {offer.eligibility}
          </Text>
        ) : null}
        {offer.script ? (
          <Card withBorder radius="sm" padding="sm" bg="teal.0" data-testid="offer-script">
            <Text fw={600} size="sm" mb={4}>
              {t('offers.script')}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {offer.script}
            </Text>
          </Card>
        ) : null}
        {offer.faq.length > 0 ? (
          <Stack gap={4}>
            <Text fw={600} size="sm">
              {t('offers.faq')}
            </Text>
            <Accordion variant="separated" multiple={!compact} data-testid="offer-faq">
              {offer.faq.map((entry, index) => (
                <Accordion.Item key={index} value={String(index)}>
                  <Accordion.Control>{entry.q}</Accordion.Control>
                  <Accordion.Panel>
                    <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                      {entry.a}
                    </Text>
                  </Accordion.Panel>
                </Accordion.Item>
              ))}
            </Accordion>
          </Stack>
        ) : null}
      </Stack>
    </Card>
  );
}
