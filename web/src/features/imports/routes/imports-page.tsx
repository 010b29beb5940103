import {
  Alert,
  Button,
  Card,
  Center,
  FileInput,
  Grid,
  Group,
  Progress,
  SegmentedControl,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { IconAlertTriangle, IconFileUpload, IconUpload } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../i18n';
import { useErrorText } from '../../../ui/errors';
import { formatBytes, formatDateTime, formatNumber } from '../../../ui/format';
import { Ltr } from '../../../ui/ltr';
import { PageHeader } from '../../../ui/page-header';
import { ErrorBlock, LoadingBlock } from '../../../ui/query-state';
import { useSettingValue } from '../../settings/api/settings';
import {
  importColumns,
  importKinds,
  isUnfinished,
  maxUploadBytes,
  uploadImport,
  useImportRun,
  useImports,
  runErrorText,
  type ImportKind,
  type ImportRun,
} from '../api/imports';
import { ImportProgress, ImportStatusBadge, ReportLinks } from '../components/import-progress';

export function ImportsPage() {
  const { t } = useTranslation('imports');
  const [kind, setKind] = useState<ImportKind>('customers');
  return (
    <Stack gap="md">
      <PageHeader title={t('title')} subtitle={t('subtitle')} />
      <Grid gap="md" align="flex-start">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <UploadCard kind={kind} onKind={setKind} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <ColumnsHelp kind={kind} />
        </Grid.Col>
      </Grid>
      <RecentImports />
    </Stack>
  );
}

function UploadCard({ kind, onKind }: { kind: ImportKind; onKind: (kind: ImportKind) => void }) {
  const { t } = useTranslation('imports');
  const locale = currentLocale();
  const errorText = useErrorText();
  const [file, setFile] = useState<File | null>(null);
  const [sent, setSent] = useState(0);
  const [started, setStarted] = useState<ImportRun | null>(null);
  const upload = useMutation({
    mutationFn: (input: { kind: ImportKind; file: File }) => uploadImport(input.kind, input.file, setSent),
    onSuccess: (run) => setStarted(run),
  });
  const run = useImportRun(started?.id ?? null, started ?? undefined);
  const tooLarge = file !== null && file.size > maxUploadBytes;
  const busy = upload.isPending || (run.data !== undefined && isUnfinished(run.data.status));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!file || tooLarge) return;
    setSent(0);
    setStarted(null);
    upload.mutate({ kind, file });
  };

  return (
    <Card withBorder radius="md" padding="lg">
      <form onSubmit={submit} noValidate data-testid="import-form">
        <Stack gap="md">
          <Title order={3} size="h4">
            {t('upload.title')}
          </Title>
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {t('upload.kind')}
            </Text>
            <SegmentedControl
              value={kind}
              onChange={(value) => onKind(importKinds.find((k) => k === value) ?? 'customers')}
              data={importKinds.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
              disabled={busy}
              data-testid="import-kind"
            />
          </Stack>
          <FileInput
            label={t('upload.file')}
            description={t('upload.fileHint')}
            placeholder={t('upload.filePlaceholder')}
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            leftSection={<IconFileUpload size={18} />}
            value={file}
            onChange={(value) => {
              setFile(value);
              upload.reset();
            }}
            clearable
            disabled={busy}
            error={tooLarge ? t('upload.tooLarge') : undefined}
            name="file"
            data-testid="import-file"
          />
          {file ? (
            <Text size="xs" c="dimmed">
              <bdi>{file.name}</bdi> · <Ltr>{formatBytes(file.size, locale)}</Ltr>
            </Text>
          ) : null}
          <Group justify="flex-end">
            <Button
              type="submit"
              leftSection={<IconUpload size={18} />}
              disabled={!file || tooLarge || busy}
              loading={upload.isPending}
              data-testid="import-start"
            >
              {t('upload.start')}
            </Button>
          </Group>
          {upload.isPending || started ? (
            <Stack gap={4}>
              <Group justify="space-between">
                <Text size="sm">{upload.isPending ? t('upload.uploading') : t('upload.uploaded')}</Text>
                <Text size="sm" fw={600} data-testid="upload-percent">
                  <Ltr>{Math.round(sent * 100)}%</Ltr>
                </Text>
              </Group>
              <Progress
                value={sent * 100}
                size="sm"
                radius="xl"
                aria-label={t('upload.uploading')}
                data-testid="upload-progress"
                transitionDuration={150}
              />
            </Stack>
          ) : null}
          {upload.error ? (
            <Alert color="red" icon={<IconAlertTriangle size={18} />} role="alert" data-testid="import-error">
              {errorText(upload.error)}
            </Alert>
          ) : null}
          {run.data ? (
            <ImportProgress run={run.data} />
          ) : run.isError ? (
            <ErrorBlock error={run.error} onRetry={() => void run.refetch()} />
          ) : null}
        </Stack>
      </form>
    </Card>
  );
}

function ColumnsHelp({ kind }: { kind: ImportKind }) {
  const { t } = useTranslation('imports');
  return (
    <Card withBorder radius="md" padding="lg" data-testid="import-help">
      <Stack gap="sm">
        <Title order={3} size="h4">
          {t('help.title')} — {t(`kinds.${kind}`)}
        </Title>
        <Text size="sm" c="dimmed">
          {t('help.intro')}
        </Text>
        <Table verticalSpacing={4} data-testid="import-columns">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('help.column')}</Table.Th>
              <Table.Th>{t('help.meaning')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {importColumns[kind].map((column) => (
              <Table.Tr key={column.name}>
                <Table.Td>
                  <Ltr mono>{column.name}</Ltr>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{t(`help.columns.${column.name}`)}</Text>
                </Table.Td>
                <Table.Td>
                  <Text
                    size="xs"
                    c={column.required ? 'red.7' : 'dimmed'}
                    fw={column.required ? 600 : undefined}
                    style={{ whiteSpace: 'nowrap' }}
                  >
                    {column.required ? t('help.required') : t('help.optional')}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
    </Card>
  );
}

function RecentImports() {
  const { t } = useTranslation('imports');
  const locale = currentLocale();
  const timeZone = useSettingValue('timezone');
  const imports = useImports();
  return (
    <Card withBorder radius="md" padding="lg">
      <Title order={3} size="h4" mb="sm">
        {t('recent.title')}
      </Title>
      {imports.isPending ? (
        <LoadingBlock />
      ) : imports.isError ? (
        <ErrorBlock error={imports.error} onRetry={() => void imports.refetch()} />
      ) : imports.data.items.length === 0 ? (
        <Center py="md">
          <Text c="dimmed">{t('recent.empty')}</Text>
        </Center>
      ) : (
        <Table.ScrollContainer minWidth={880}>
          <Table striped verticalSpacing="xs" data-testid="recent-imports">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('recent.file')}</Table.Th>
                <Table.Th>{t('recent.kind')}</Table.Th>
                <Table.Th>{t('recent.status')}</Table.Th>
                <Table.Th>{t('recent.startedAt')}</Table.Th>
                <Table.Th>{t('counts.rows')}</Table.Th>
                <Table.Th>{t('counts.inserted')}</Table.Th>
                <Table.Th>{t('counts.updated')}</Table.Th>
                <Table.Th>{t('counts.unchanged')}</Table.Th>
                <Table.Th>{t('counts.rejected')}</Table.Th>
                <Table.Th>{t('recent.report')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {imports.data.items.map((run) => (
                <Table.Tr key={run.id} data-import={run.id}>
                  <Table.Td>
                    <Text size="sm" truncate maw={240}>
                      <bdi>{run.file_name}</bdi>
                    </Text>
                  </Table.Td>
                  <Table.Td>{t(`kinds.${run.kind}`)}</Table.Td>
                  <Table.Td>
                    <ImportStatusBadge status={run.status} />
                    {run.status === 'failed' && run.error ? (
                      <Text size="xs" c="red.8" mt={4} maw={260} data-testid="import-failure">
                        {runErrorText(run.error, locale)}
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">
                      <bdi>{formatDateTime(run.started_at, locale, timeZone)}</bdi>
                    </Text>
                  </Table.Td>
                  {([run.rows, run.inserted, run.updated, run.unchanged] as const).map((value, i) => (
                    <Table.Td key={i}>
                      <Ltr>{formatNumber(value, locale, 0)}</Ltr>
                    </Table.Td>
                  ))}
                  <Table.Td>
                    <Text
                      size="sm"
                      c={run.rejected > 0 ? 'orange.8' : undefined}
                      fw={run.rejected > 0 ? 600 : undefined}
                    >
                      <Ltr>{formatNumber(run.rejected, locale, 0)}</Ltr>
                    </Text>
                  </Table.Td>
                  <Table.Td>{run.rejected > 0 ? <ReportLinks id={run.id} /> : '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Card>
  );
}
