import { Alert, Badge, Button, Group, Progress, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconClock, IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../i18n';
import { formatNumber } from '../../../ui/format';
import { Ltr } from '../../../ui/ltr';
import { isUnfinished, reportHref, runErrorText, type ImportRun, type ImportStatus } from '../api/imports';

const statusColor: Record<ImportStatus, string> = {
  queued: 'gray',
  running: 'blue',
  done: 'teal',
  done_with_rejections: 'orange',
  failed: 'red',
};

export function ImportStatusBadge({ status }: { status: ImportStatus }) {
  const { t } = useTranslation('imports');
  return (
    <Badge color={statusColor[status]} variant="light" data-status={status}>
      {t(`status.${status}`)}
    </Badge>
  );
}

/** CSV and XLSX downloads of the rejected rows (row, column, value, reason in Arabic and English). */
export function ReportLinks({ id, size = 'xs' }: { id: string; size?: 'xs' | 'sm' }) {
  const { t } = useTranslation('imports');
  return (
    <Group gap={6} wrap="nowrap">
      <Button
        component="a"
        href={reportHref(id, 'csv')}
        download
        size={size}
        variant="light"
        color="orange"
        leftSection={<IconDownload size={14} />}
        data-report="csv"
      >
        {t('report.csv')}
      </Button>
      <Button
        component="a"
        href={reportHref(id, 'xlsx')}
        download
        size={size}
        variant="light"
        color="orange"
        leftSection={<IconDownload size={14} />}
        data-report="xlsx"
      >
        {t('report.xlsx')}
      </Button>
    </Group>
  );
}

/** The processing bar (bytes read, 0..1) and the live counts of one import. */
export function ImportProgress({ run }: { run: ImportRun }) {
  const { t } = useTranslation('imports');
  const locale = currentLocale();
  const percent = Math.round(run.progress * 100);
  const counts = [
    ['rows', run.rows],
    ['inserted', run.inserted],
    ['updated', run.updated],
    ['unchanged', run.unchanged],
    ['rejected', run.rejected],
  ] as const;

  return (
    <Stack gap="sm" data-testid="import-run" data-status={run.status} data-import={run.id}>
      <Group justify="space-between" wrap="nowrap" gap="sm">
        <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
          <Text size="sm" fw={500}>
            {run.status === 'running'
              ? t('upload.processing')
              : run.status === 'queued'
                ? t('upload.queued')
                : t(`kinds.${run.kind}`)}
          </Text>
          <Text size="sm" c="dimmed" truncate maw={320}>
            <bdi>{run.file_name}</bdi>
          </Text>
        </Group>
        <Group gap="xs" wrap="nowrap">
          <Text size="sm" fw={600} data-testid="processing-percent">
            <Ltr>{percent}%</Ltr>
          </Text>
          <ImportStatusBadge status={run.status} />
        </Group>
      </Group>
      <Progress
        value={percent}
        size="lg"
        radius="xl"
        color={run.status === 'failed' ? 'red' : run.rejected > 0 ? 'orange' : 'teal'}
        striped={isUnfinished(run.status)}
        animated={run.status === 'running'}
        aria-label={t('upload.processing')}
        data-testid="processing-progress"
      />
      <SimpleGrid cols={{ base: 2, sm: 5 }} spacing="xs">
        {counts.map(([key, value]) => (
          <Stack
            key={key}
            gap={0}
            p="xs"
            bg={key === 'rejected' && value > 0 ? 'orange.0' : 'gray.0'}
            style={{ borderRadius: 'var(--mantine-radius-md)' }}
          >
            <Text size="xs" c="dimmed">
              {t(`counts.${key}`)}
            </Text>
            <Text fw={700} size="lg" c={key === 'rejected' && value > 0 ? 'orange.8' : undefined} data-count={key}>
              <Ltr>{formatNumber(value, locale, 0)}</Ltr>
            </Text>
          </Stack>
        ))}
      </SimpleGrid>
      {run.status === 'queued' ? (
        <Alert color="gray" icon={<IconClock size={18} />} data-testid="import-queued">
          {run.queue_position ? t('queuedAt', { count: run.queue_position }) : t('queued')}
        </Alert>
      ) : run.status === 'done' || run.status === 'done_with_rejections' ? (
        run.rejected > 0 ? (
          <Alert color="orange" icon={<IconAlertTriangle size={18} />} data-testid="import-result">
            <Stack gap="xs">
              <Text size="sm" fw={600}>
                {t('rejectedRows', { count: run.rejected })}
              </Text>
              <Text size="sm">{t('doneSome')}</Text>
              <Group gap="sm" wrap="wrap">
                <Text size="sm" fw={500}>
                  {t('report.title')}
                </Text>
                <ReportLinks id={run.id} size="sm" />
              </Group>
            </Stack>
          </Alert>
        ) : (
          <Alert color="teal" icon={<IconCircleCheck size={18} />} data-testid="import-result">
            {t('doneAll')}
          </Alert>
        )
      ) : run.status === 'failed' ? (
        <Alert color="red" icon={<IconAlertTriangle size={18} />} role="alert" data-testid="import-result">
          {t('failed', { error: runErrorText(run.error, locale) })}
        </Alert>
      ) : null}
    </Stack>
  );
}
