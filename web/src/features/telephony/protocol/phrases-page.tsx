import {
  Badge,
  Button,
  Group,
  Modal,
  NativeSelect,
  NumberInput,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { IconPencil, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../i18n';
import { useErrorText } from '../../../ui/errors';
import { Ltr } from '../../../ui/ltr';
import { notifyError, notifySuccess } from '../../../ui/notify';
import { PageHeader } from '../../../ui/page-header';
import { ErrorBlock, LoadingBlock } from '../../../ui/query-state';
import {
  callPurposes,
  phraseKinds,
  usePhrases,
  useSavePhrase,
  type CallPurpose,
  type Phrase,
  type PhraseInput,
  type PhraseKind,
} from './api';

type Draft = PhraseInput & { id?: string };

const emptyDraft = (kind: PhraseKind): Draft => ({
  kind,
  purpose: kind === 'script' ? 'inquiry' : null,
  title_ar: null,
  title_en: null,
  text_ar: '',
  text_en: '',
  sort: 0,
  active: true,
});

/** مكتبة عبارات الاتصال — managers edit the call protocol's phrases and the scripts per purpose. */
export function PhrasesPage() {
  const { t } = useTranslation('protocol');
  const phrases = usePhrases();
  const [kind, setKind] = useState<PhraseKind | ''>('');
  const [draft, setDraft] = useState<Draft | null>(null);

  return (
    <Stack gap={0}>
      <PageHeader
        title={t('admin.title')}
        subtitle={t('admin.subtitle')}
        actions={
          <Button
            leftSection={<IconPlus size={16} />}
            onClick={() => setDraft(emptyDraft(kind || 'empathy'))}
            data-testid="phrase-add"
          >
            {t('admin.add')}
          </Button>
        }
      />
      <Group mb="md">
        <NativeSelect
          label={t('admin.kind')}
          data={[
            { value: '', label: t('admin.all') },
            ...phraseKinds.map((k) => ({ value: k, label: t(`kinds.${k}`) })),
          ]}
          value={kind}
          onChange={(event) => setKind(event.currentTarget.value as PhraseKind | '')}
          data-testid="phrase-kind-filter"
        />
      </Group>
      {phrases.isPending ? (
        <LoadingBlock />
      ) : phrases.isError ? (
        <ErrorBlock error={phrases.error} onRetry={() => void phrases.refetch()} />
      ) : (
        <PhraseTable
          items={phrases.data.items.filter((p) => !kind || p.kind === kind)}
          onEdit={(p) => setDraft({ ...p })}
        />
      )}
      {draft ? <PhraseModal draft={draft} onClose={() => setDraft(null)} /> : null}
    </Stack>
  );
}

function PhraseTable({ items, onEdit }: { items: Phrase[]; onEdit: (p: Phrase) => void }) {
  const { t } = useTranslation('protocol');
  const ar = currentLocale() === 'ar';
  if (items.length === 0) return <Text c="dimmed">{t('admin.empty')}</Text>;
  return (
    <Table striped highlightOnHover data-testid="phrase-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('admin.kind')}</Table.Th>
          <Table.Th>{t('admin.purpose')}</Table.Th>
          <Table.Th>{ar ? t('admin.textAr') : t('admin.textEn')}</Table.Th>
          <Table.Th>{t('admin.origin')}</Table.Th>
          <Table.Th>{t('admin.sort')}</Table.Th>
          <Table.Th />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((p) => (
          <Table.Tr key={p.id} data-testid="phrase-row" data-kind={p.kind} data-active={p.active}>
            <Table.Td>{t(`kinds.${p.kind}`)}</Table.Td>
            <Table.Td>{p.purpose ? t(`purposes.${p.purpose}`) : '—'}</Table.Td>
            <Table.Td maw={520}>
              {(ar ? p.title_ar : p.title_en) ? (
                <Text size="sm" fw={600}>
                  {ar ? p.title_ar : p.title_en}
                </Text>
              ) : null}
              <Text size="sm" c={p.active ? undefined : 'dimmed'} data-testid="phrase-text">
                {ar ? p.text_ar : p.text_en}
              </Text>
            </Table.Td>
            <Table.Td>
              <Group gap={4}>
                <Badge
                  variant="light"
                  color={p.origin === 'seed_003' ? 'blue' : p.origin === 'house' ? 'gray' : 'teal'}
                >
                  {t(`admin.origins.${p.origin}`)}
                </Badge>
                {!p.active ? (
                  <Badge variant="outline" color="gray">
                    {t('admin.retired')}
                  </Badge>
                ) : null}
              </Group>
            </Table.Td>
            <Table.Td>
              <Ltr>{p.sort}</Ltr>
            </Table.Td>
            <Table.Td>
              <Button
                size="compact-sm"
                variant="subtle"
                leftSection={<IconPencil size={14} />}
                onClick={() => onEdit(p)}
                data-testid="phrase-edit"
              >
                {t('admin.edit')}
              </Button>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function PhraseModal({ draft: initial, onClose }: { draft: Draft; onClose: () => void }) {
  const { t } = useTranslation('protocol');
  const errorText = useErrorText();
  const save = useSavePhrase();
  const [draft, setDraft] = useState<Draft>(initial);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const purposeAllowed = draft.kind === 'script' || draft.kind === 'greeting';

  return (
    <Modal
      opened
      onClose={onClose}
      title={draft.id ? t('admin.edit') : t('admin.add')}
      size="lg"
      data-testid="phrase-modal"
    >
      <Stack gap="sm">
        <Group grow>
          <NativeSelect
            label={t('admin.kind')}
            disabled={Boolean(draft.id)}
            data={phraseKinds.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
            value={draft.kind}
            onChange={(event) => {
              const kind = event.currentTarget.value as PhraseKind;
              setDraft((d) => ({
                ...d,
                kind,
                purpose: kind === 'script' ? (d.purpose ?? 'inquiry') : kind === 'greeting' ? d.purpose : null,
              }));
            }}
            data-testid="phrase-kind"
          />
          {purposeAllowed ? (
            <NativeSelect
              label={t('admin.purpose')}
              data={[
                ...(draft.kind === 'greeting' ? [{ value: '', label: t('admin.noPurpose') }] : []),
                ...callPurposes.map((p) => ({ value: p, label: t(`purposes.${p}`) })),
              ]}
              value={draft.purpose ?? ''}
              onChange={(event) => set('purpose', (event.currentTarget.value || null) as CallPurpose | null)}
              data-testid="phrase-purpose"
            />
          ) : null}
        </Group>
        {purposeAllowed ? (
          <Group grow>
            <TextInput
              label={t('admin.titleAr')}
              value={draft.title_ar ?? ''}
              onChange={(e) => set('title_ar', e.currentTarget.value || null)}
            />
            <TextInput
              label={t('admin.titleEn')}
              dir="ltr"
              value={draft.title_en ?? ''}
              onChange={(e) => set('title_en', e.currentTarget.value || null)}
            />
          </Group>
        ) : null}
        <Textarea
          label={t('admin.textAr')}
          required
          autosize
          minRows={2}
          maxLength={2000}
          value={draft.text_ar}
          onChange={(e) => set('text_ar', e.currentTarget.value)}
          data-testid="phrase-text-ar"
        />
        <Textarea
          label={t('admin.textEn')}
          required
          dir="ltr"
          autosize
          minRows={2}
          maxLength={2000}
          value={draft.text_en}
          onChange={(e) => set('text_en', e.currentTarget.value)}
          data-testid="phrase-text-en"
        />
        <Text size="xs" c="dimmed">
          {t('admin.placeholders')}
        </Text>
        <Group>
          <NumberInput
            label={t('admin.sort')}
            min={0}
            max={999}
            w={120}
            value={draft.sort}
            onChange={(value) => set('sort', typeof value === 'number' ? value : 0)}
          />
          <Switch
            mt="lg"
            label={t('admin.active')}
            checked={draft.active}
            onChange={(e) => set('active', e.currentTarget.checked)}
            data-testid="phrase-active"
          />
        </Group>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('admin.cancel')}
          </Button>
          <Button
            loading={save.isPending}
            disabled={!draft.text_ar.trim() || !draft.text_en.trim()}
            onClick={() =>
              save.mutate(draft, {
                onSuccess: () => {
                  notifySuccess(t('admin.saved'));
                  onClose();
                },
                onError: (error) => notifyError(errorText(error)),
              })
            }
            data-testid="phrase-save"
          >
            {t('admin.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
