import { Alert, Badge, Button, Group, Progress, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../i18n';
import { formatNumber } from '../../../ui/format';
import { Ltr } from '../../../ui/ltr';
import { importRunning, rejectionsHref, useWorkList, type WorkList } from '../api/work-lists';

/** The reading of a list's target file: progress, the row report, and the rejected rows to download. */
export function TargetImport({ initial }: { initial: WorkList }) {
  const list = useWorkList(initial.id, initial).data ?? initial;
  return list.import ? <ImportReport list={list} /> : null;
}

export function ImportReport({ list }: { list: WorkList }) {
  const { t } = useTranslation('workLists');
  const locale = currentLocale();
  const run = list.import!;
  const running = importRunning(list);
  const label =
    run.status === 'queued'
      ? t('form.queued')
      : run.status === 'running'
        ? t('form.reading')
        : run.status === 'failed'
          ? t('form.failed')
          : t('form.done');
  const counts = [
    ['rows', run.rows],
    ['added', run.added],
    ['alreadyInList', run.already_in_list],
    ['rejected', run.rejected],
  ] as const;
  return (
    <Stack gap="xs" data-testid="target-import" data-status={run.status}>
      <Group justify="space-between">
        <Group gap="xs">
          <Text size="sm" fw={500}>
            {label}
          </Text>
          <Text size="xs" c="dimmed">
            <bdi>{run.file_name}</bdi>
          </Text>
        </Group>
        <Text size="sm" fw={600}>
          <Ltr>{Math.round(run.progress * 100)}%</Ltr>
        </Text>
      </Group>
      <Progress
        value={run.progress * 100}
        animated={running}
        color={run.status === 'failed' ? 'red' : run.rejected > 0 ? 'orange' : 'teal'}
        aria-label={label}
      />
      <SimpleGrid cols={4} spacing="xs">
        {counts.map(([key, value]) => (
          <Stack key={key} gap={0} align="center" data-count={key}>
            <Text size="lg" fw={700}>
              <Ltr>{formatNumber(value, locale)}</Ltr>
            </Text>
            <Text size="xs" c="dimmed">
              {t(`form.${key}`)}
            </Text>
          </Stack>
        ))}
      </SimpleGrid>
      {run.error ? (
        <Alert color="red" role="alert">
          {locale === 'ar' ? run.error.message_ar : run.error.message}
        </Alert>
      ) : null}
      {!running && run.rejected > 0 ? (
        <Group gap={6}>
          <Badge color="orange" variant="light">
            {t('form.rejected')}: <Ltr>{formatNumber(run.rejected, locale)}</Ltr>
          </Badge>
          {(['csv', 'xlsx'] as const).map((format) => (
            <Button
              key={format}
              component="a"
              href={rejectionsHref(list.id, format)}
              download
              size="xs"
              variant="light"
              color="orange"
              leftSection={<IconDownload size={14} />}
              data-report={format}
            >
              {t(format === 'csv' ? 'form.rejectedCsv' : 'form.rejectedXlsx')}
            </Button>
          ))}
        </Group>
      ) : null}
    </Stack>
  );
}
