import { Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../i18n';
import { formatNumber } from '../../../ui/format';
import { Ltr } from '../../../ui/ltr';
import type { PreviewCounts } from '../api/work-lists';

/** The live count of a filter: how many match, how many the channel reaches, and why the others are left out. */
export function PreviewCard({ counts, loading }: { counts: PreviewCounts | undefined; loading: boolean }) {
  const { t } = useTranslation('workLists');
  const locale = currentLocale();
  const n = (value: number) => <Ltr>{formatNumber(value, locale)}</Ltr>;
  return (
    <Card withBorder radius="md" padding="md" data-testid="preview" aria-live="polite">
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={4} size="h5">
            {t('preview.title')}
          </Title>
          {loading ? <Loader size="xs" /> : null}
        </Group>
        {counts ? (
          <>
            <Group justify="space-between">
              <Text size="sm">{t('preview.matching')}</Text>
              <Text fw={600} data-testid="preview-matching">
                {n(counts.matching)}
              </Text>
            </Group>
            <Group justify="space-between">
              <Text size="sm">{t('preview.reachable')}</Text>
              <Text fw={700} c="teal.8" size="lg" data-testid="preview-reachable">
                {n(counts.reachable)}
              </Text>
            </Group>
            {Object.entries(counts.excluded).map(([reason, count]) => (
              <Group key={reason} justify="space-between" data-reason={reason}>
                <Text size="sm" c="dimmed">
                  {t('preview.excluded')}: {t(`preview.reasons.${reason}`, { defaultValue: reason })}
                </Text>
                <Text size="sm" c="dimmed">
                  {n(count)}
                </Text>
              </Group>
            ))}
          </>
        ) : null}
      </Stack>
    </Card>
  );
}
