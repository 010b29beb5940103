import {
  Alert,
  Button,
  Card,
  FileInput,
  Grid,
  Group,
  Progress,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconAlertTriangle, IconCircleCheck, IconFileUpload, IconFilter, IconUpload } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/api/session-state';
import { todayIn } from '../../collections/api/dates';
import { useSettingValue } from '../../settings/api/settings';
import { useErrorText } from '../../../ui/errors';
import { DateField } from '../../../ui/date-field';
import { Ltr } from '../../../ui/ltr';
import {
  channels,
  manualPurposes,
  maxTargetBytes,
  uploadTargets,
  useCreateFromFilter,
  usePreview,
  type Channel,
  type ManualPurpose,
  type TargetFilter,
  type WorkList,
} from '../api/work-lists';
import { FilterFields } from './filter-fields';
import { PreviewCard } from './preview-card';
import { TargetImport } from './target-import';

/** A new list (SPEC L1): name, purpose, channel, work day, and its source — a target file or a filter. */
export function NewListForm({ onCreated }: { onCreated: (list: WorkList) => void }) {
  const { t } = useTranslation('workLists');
  const errorText = useErrorText();
  const { user } = useSession();
  const today = todayIn(useSettingValue('timezone'));
  const purposes = user.role === 'marketing' ? (['marketing'] as const) : manualPurposes;
  const [name, setName] = useState('');
  const [purpose, setPurpose] = useState<ManualPurpose>(purposes[0]);
  const [channel, setChannel] = useState<Channel>('phone');
  const [businessDate, setBusinessDate] = useState(today);
  const [source, setSource] = useState<'file' | 'filter'>('file');
  const [filter, setFilter] = useState<TargetFilter>({});
  const [file, setFile] = useState<File | null>(null);
  const [sent, setSent] = useState(0);
  const [started, setStarted] = useState<WorkList | null>(null);
  const [debounced] = useDebouncedValue({ purpose, channel, filter }, 300);
  const preview = usePreview(source === 'filter' ? debounced : null);
  const create = useCreateFromFilter();
  const upload = useMutation({
    mutationFn: (f: File) =>
      uploadTargets({ name: name.trim(), purpose, channel, business_date: businessDate }, f, setSent),
    onSuccess: (list) => setStarted(list),
  });
  const tooLarge = file !== null && file.size > maxTargetBytes;
  const ready = name.trim() !== '' && businessDate !== '';
  const busy = create.isPending || upload.isPending;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!ready || busy) return;
    if (source === 'filter') {
      create.mutate(
        { name: name.trim(), purpose, channel, business_date: businessDate, filter },
        { onSuccess: (list) => onCreated(list as WorkList) },
      );
    } else if (file && !tooLarge) {
      setSent(0);
      setStarted(null);
      upload.mutate(file);
    }
  };
  const error = create.error ?? upload.error;

  return (
    <Card withBorder radius="md" padding="lg" data-testid="new-list">
      <form onSubmit={submit} noValidate data-testid="new-list-form">
        <Stack gap="md">
          <Title order={3} size="h4">
            {t('form.title')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput
              label={t('form.name')}
              placeholder={t('form.namePlaceholder')}
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              maxLength={200}
              required
              data-testid="list-name"
            />
            <DateField
              value={businessDate}
              onChange={setBusinessDate}
              label={t('form.businessDate')}
              hijri
              required
              testId="list-date"
            />
            <Select
              label={t('form.purpose')}
              data={purposes.map((p) => ({ value: p, label: t(`purpose.${p}`) }))}
              value={purpose}
              onChange={(v) =>
                setPurpose((purposes as readonly string[]).includes(v ?? '') ? (v as ManualPurpose) : purposes[0])
              }
              allowDeselect={false}
              data-testid="list-purpose"
            />
            <Stack gap={4}>
              <Text size="sm" fw={500}>
                {t('form.channel')}
              </Text>
              <SegmentedControl
                value={channel}
                onChange={(v) => setChannel(channels.find((c) => c === v) ?? 'phone')}
                data={channels.map((c) => ({ value: c, label: t(`channel.${c}`) }))}
                data-testid="list-channel"
              />
            </Stack>
          </SimpleGrid>
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {t('form.source')}
            </Text>
            <SegmentedControl
              value={source}
              onChange={(v) => setSource(v === 'filter' ? 'filter' : 'file')}
              data={[
                { value: 'file', label: t('form.sourceFile') },
                { value: 'filter', label: t('form.sourceFilter') },
              ]}
              data-testid="list-source"
            />
          </Stack>
          {source === 'file' ? (
            <Stack gap="sm">
              <FileInput
                label={t('form.file')}
                description={t('form.fileHint')}
                placeholder={t('form.filePlaceholder')}
                accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                leftSection={<IconFileUpload size={18} />}
                value={file}
                onChange={(value) => {
                  setFile(value);
                  upload.reset();
                }}
                clearable
                error={tooLarge ? t('form.tooLarge') : undefined}
                name="file"
                data-testid="targets-file"
              />
              <Group justify="flex-end">
                <Button
                  type="submit"
                  leftSection={<IconUpload size={18} />}
                  disabled={!ready || !file || tooLarge || busy}
                  loading={upload.isPending}
                  data-testid="targets-upload"
                >
                  {t('form.upload')}
                </Button>
              </Group>
              {upload.isPending || started ? (
                <Stack gap={4}>
                  <Group justify="space-between">
                    <Text size="sm">{upload.isPending ? t('form.uploading') : t('form.uploaded')}</Text>
                    <Text size="sm" fw={600}>
                      <Ltr>{Math.round(sent * 100)}%</Ltr>
                    </Text>
                  </Group>
                  <Progress value={sent * 100} size="sm" radius="xl" aria-label={t('form.uploading')} />
                </Stack>
              ) : null}
              {started ? <TargetImport initial={started} /> : null}
            </Stack>
          ) : (
            <Grid gap="md" align="flex-start">
              <Grid.Col span={{ base: 12, md: 8 }}>
                <FilterFields value={filter} onChange={setFilter} />
              </Grid.Col>
              <Grid.Col span={{ base: 12, md: 4 }}>
                <Stack gap="sm">
                  <PreviewCard counts={preview.data} loading={preview.isFetching} />
                  <Button
                    type="submit"
                    leftSection={<IconFilter size={18} />}
                    disabled={!ready || busy || !preview.data || preview.data.reachable === 0}
                    loading={create.isPending}
                    data-testid="filter-create"
                  >
                    {t('form.create')}
                    {preview.data ? (
                      <>
                        {' ('}
                        <Ltr>{preview.data.reachable}</Ltr>
                        {')'}
                      </>
                    ) : null}
                  </Button>
                </Stack>
              </Grid.Col>
            </Grid>
          )}
          {error ? (
            <Alert color="red" icon={<IconAlertTriangle size={18} />} role="alert" data-testid="new-list-error">
              {errorText(error)}
            </Alert>
          ) : null}
          {create.isSuccess ? (
            <Alert color="teal" icon={<IconCircleCheck size={18} />} data-testid="new-list-created">
              {t('form.created')}
            </Alert>
          ) : null}
        </Stack>
      </form>
    </Card>
  );
}
