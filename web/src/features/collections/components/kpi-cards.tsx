import { Card, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../i18n';
import { formatNumber } from '../../../ui/format';
import { Ltr } from '../../../ui/ltr';
import { kpiKeys, type KpiKey, type Kpis } from '../api/collections';

const rates: ReadonlySet<KpiKey> = new Set([
  'collection_rate_30d',
  'collection_rate_30d_category_a',
  'promise_kept_rate',
]);

/** The day's collections KPIs, each with its definition on screen (SPEC K1). */
export function KpiCards({ kpis }: { kpis: Kpis }) {
  const { t } = useTranslation('collections');
  const locale = currentLocale();
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 3, lg: 4 }} spacing="sm" data-testid="kpis">
      {kpiKeys.map((key) => {
        const value = kpis[key];
        return (
          <Card key={key} withBorder radius="md" padding="md" data-kpi={key}>
            <Stack gap={4}>
              <Text size="sm" fw={600}>
                {t(`kpi.label.${key}`)}
              </Text>
              <Text size="xl" fw={700} c={rates.has(key) ? 'teal.8' : undefined} data-testid="kpi-value">
                {value === null ? (
                  t('kpi.none')
                ) : (
                  <Ltr>{rates.has(key) ? `${formatNumber(value, locale, 1)}%` : formatNumber(value, locale, 0)}</Ltr>
                )}
              </Text>
              <Text size="xs" c="dimmed" data-testid="kpi-definition">
                {t(`kpi.definition.${key}`)}
              </Text>
            </Stack>
          </Card>
        );
      })}
    </SimpleGrid>
  );
}
