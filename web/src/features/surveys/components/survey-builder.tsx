import {
  ActionIcon,
  Alert,
  Button,
  Card,
  Checkbox,
  Grid,
  Group,
  MultiSelect,
  NumberInput,
  Select,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { IconEye, IconPlus, IconTrash } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../ui/errors';
import { notifyError, notifySuccess } from '../../../ui/notify';
import { usePreview, useSaveSurvey, type Question, type Survey, type SurveyInput } from '../api/surveys';

const types = ['rating', 'nps', 'ces', 'yes_no', 'single', 'multiple', 'text'] as const;
const scales: Record<string, [number, number]> = { rating: [1, 5], nps: [0, 10], ces: [1, 7] };
const empty = { ar: '', en: '' };

function blank(): SurveyInput {
  return {
    name: '',
    status: 'draft',
    after_ticket: false,
    after_call: false,
    sampling_percent: 100,
    cooldown_days: 30,
    link_days: 28,
    definition: {
      title: { ...empty },
      intro: { ...empty },
      thanks: { ...empty },
      sections: [{ title: { ...empty }, questions: [] }],
    },
  };
}

function fromSurvey(s: Survey): SurveyInput {
  return {
    name: s.name,
    status: s.status,
    after_ticket: s.after_ticket,
    after_call: s.after_call,
    sampling_percent: s.sampling_percent,
    cooldown_days: s.cooldown_days,
    link_days: s.link_days,
    definition: s.definition as SurveyInput['definition'],
  };
}

/** The answers a question can be given, as the condition's choices (value as a string). */
function possibleAnswers(q: Question, yes: string, no: string): { value: string; label: string }[] {
  const scale = scales[q.type];
  if (scale)
    return Array.from({ length: scale[1] - scale[0] + 1 }, (_, i) => String(scale[0] + i)).map((v) => ({
      value: v,
      label: v,
    }));
  if (q.type === 'yes_no')
    return [
      { value: 'true', label: yes },
      { value: 'false', label: no },
    ];
  return (q.options ?? []).map((o) => ({ value: o.key, label: o.label.ar || o.key }));
}

function toConditionValue(q: Question, v: string): number | boolean | string {
  if (scales[q.type]) return Number(v);
  if (q.type === 'yes_no') return v === 'true';
  return v;
}

/** الاستبانة: sections of questions, a condition per question, Arabic and English wording, a phone-sized preview. */
export function SurveyBuilder({ survey }: { survey: Survey | null }) {
  const { t } = useTranslation('surveys');
  const errorText = useErrorText();
  const navigate = useNavigate();
  const [draft, setDraft] = useState<SurveyInput>(() => (survey ? fromSurvey(survey) : blank()));
  const save = useSaveSurvey();
  const preview = usePreview();
  const def = draft.definition;
  const allQuestions = def.sections.flatMap((s) => s.questions);
  const setDef = (next: Partial<SurveyInput['definition']>) => setDraft({ ...draft, definition: { ...def, ...next } });
  const setQuestion = (si: number, qi: number, patch: Partial<Question>) =>
    setDef({
      sections: def.sections.map((s, i) =>
        i !== si ? s : { ...s, questions: s.questions.map((q, j) => (j === qi ? { ...q, ...patch } : q)) },
      ),
    });
  const nextKey = () => {
    let n = allQuestions.length + 1;
    while (allQuestions.some((q) => q.key === `q${n}`)) n++;
    return `q${n}`;
  };

  const onSave = () =>
    save.mutate(
      { id: survey?.id ?? null, input: draft },
      {
        onSuccess: (saved) => {
          notifySuccess(t('builder.saved', { version: saved.version }));
          if (!survey) void navigate({ to: '/surveys/$id', params: { id: saved.id } });
        },
        onError: (e) => notifyError(errorText(e)),
      },
    );

  let number = 0;
  return (
    <Grid>
      <Grid.Col span={{ base: 12, lg: 7 }}>
        <Stack>
          {survey && (
            <Alert color="blue" variant="light">
              {t('builder.versionNote', { version: survey.version })}
            </Alert>
          )}
          <Card withBorder>
            <Stack gap="sm">
              <TextInput
                label={t('builder.name')}
                value={draft.name}
                onChange={(e) => setDraft({ ...draft, name: e.currentTarget.value })}
                required
                data-testid="survey-name"
              />
              <Group grow>
                <TextInput
                  label={t('builder.titleAr')}
                  value={def.title.ar}
                  onChange={(e) => setDef({ title: { ...def.title, ar: e.currentTarget.value } })}
                  required
                  data-testid="survey-title-ar"
                />
                <TextInput
                  label={t('builder.titleEn')}
                  dir="ltr"
                  value={def.title.en ?? ''}
                  onChange={(e) => setDef({ title: { ...def.title, en: e.currentTarget.value } })}
                />
              </Group>
              <Textarea
                label={t('builder.introAr')}
                autosize
                minRows={1}
                value={def.intro?.ar ?? ''}
                onChange={(e) => setDef({ intro: { ...empty, ...def.intro, ar: e.currentTarget.value } })}
              />
              <Textarea
                label={t('builder.thanksAr')}
                autosize
                minRows={1}
                value={def.thanks?.ar ?? ''}
                onChange={(e) => setDef({ thanks: { ...empty, ...def.thanks, ar: e.currentTarget.value } })}
              />
            </Stack>
          </Card>
          <SettingsCard draft={draft} setDraft={setDraft} />
          {def.sections.map((section, si) => (
            <Card withBorder key={si} data-testid={`section-${si + 1}`}>
              <Stack gap="sm">
                <Group justify="space-between">
                  <Title order={4}>{t('builder.section', { n: si + 1 })}</Title>
                </Group>
                <TextInput
                  label={t('builder.sectionTitle')}
                  value={section.title?.ar ?? ''}
                  onChange={(e) =>
                    setDef({
                      sections: def.sections.map((s, i) =>
                        i === si ? { ...s, title: { ...empty, ...s.title, ar: e.currentTarget.value } } : s,
                      ),
                    })
                  }
                />
                {section.questions.map((q, qi) => {
                  number++;
                  const earlier = allQuestions.slice(0, allQuestions.indexOf(q)).filter((x) => x.type !== 'text');
                  const target = earlier.find((x) => x.key === q.show_if?.question);
                  return (
                    <Card key={q.key} bg="var(--mantine-color-gray-0)" data-testid={`question-${number}`}>
                      <Stack gap="xs">
                        <Group justify="space-between">
                          <Text fw={600}>{t('builder.question', { n: number })}</Text>
                          <ActionIcon
                            variant="subtle"
                            color="red"
                            aria-label={t('builder.remove')}
                            onClick={() =>
                              setDef({
                                sections: def.sections.map((s, i) =>
                                  i === si ? { ...s, questions: s.questions.filter((_, j) => j !== qi) } : s,
                                ),
                              })
                            }
                          >
                            <IconTrash size={16} />
                          </ActionIcon>
                        </Group>
                        <Group grow align="flex-start">
                          <Select
                            label={t('builder.type')}
                            data={types.map((ty) => ({ value: ty, label: t(`builder.types.${ty}`) }))}
                            value={q.type}
                            allowDeselect={false}
                            onChange={(v) =>
                              setQuestion(si, qi, {
                                type: v as Question['type'],
                                options: v === 'single' || v === 'multiple' ? (q.options ?? []) : undefined,
                              })
                            }
                            data-testid="question-type"
                          />
                          <Checkbox
                            mt={30}
                            label={t('builder.required')}
                            checked={q.required ?? false}
                            onChange={(e) => setQuestion(si, qi, { required: e.currentTarget.checked })}
                          />
                        </Group>
                        <TextInput
                          label={t('builder.textAr')}
                          value={q.text.ar}
                          onChange={(e) => setQuestion(si, qi, { text: { ...q.text, ar: e.currentTarget.value } })}
                          required
                          data-testid="question-text-ar"
                        />
                        <TextInput
                          label={t('builder.textEn')}
                          dir="ltr"
                          value={q.text.en ?? ''}
                          onChange={(e) => setQuestion(si, qi, { text: { ...q.text, en: e.currentTarget.value } })}
                        />
                        {(q.type === 'single' || q.type === 'multiple') && (
                          <Textarea
                            label={t('builder.options')}
                            autosize
                            minRows={2}
                            defaultValue={(q.options ?? []).map((o) => o.label.ar).join('\n')}
                            onChange={(e) =>
                              setQuestion(si, qi, {
                                options: e.currentTarget.value
                                  .split('\n')
                                  .map((line) => line.trim())
                                  .filter(Boolean)
                                  .map((line, i) => ({ key: `o${i + 1}`, label: { ar: line, en: '' } })),
                              })
                            }
                          />
                        )}
                        <Group grow align="flex-start">
                          <Select
                            label={t('builder.condition')}
                            placeholder={t('builder.conditionNone')}
                            clearable
                            data={earlier.map((x) => ({ value: x.key, label: x.text.ar || x.key }))}
                            value={q.show_if?.question ?? null}
                            onChange={(v) =>
                              setQuestion(si, qi, { show_if: v ? { question: v, values: [] } : undefined })
                            }
                            data-testid="question-condition"
                          />
                          {target && (
                            <MultiSelect
                              label={t('builder.conditionValues')}
                              data={possibleAnswers(target, t('builder.yes'), t('builder.no'))}
                              value={(q.show_if?.values ?? []).map(String)}
                              onChange={(vs) =>
                                setQuestion(si, qi, {
                                  show_if: { question: target.key, values: vs.map((v) => toConditionValue(target, v)) },
                                })
                              }
                              data-testid="question-condition-values"
                            />
                          )}
                        </Group>
                      </Stack>
                    </Card>
                  );
                })}
                <Button
                  variant="light"
                  leftSection={<IconPlus size={16} />}
                  onClick={() =>
                    setDef({
                      sections: def.sections.map((s, i) =>
                        i === si
                          ? {
                              ...s,
                              questions: [
                                ...s.questions,
                                { key: nextKey(), type: 'rating', text: { ...empty }, required: true },
                              ],
                            }
                          : s,
                      ),
                    })
                  }
                  data-testid={`add-question-${si + 1}`}
                >
                  {t('builder.addQuestion')}
                </Button>
              </Stack>
            </Card>
          ))}
          <Group>
            <Button
              variant="default"
              leftSection={<IconPlus size={16} />}
              onClick={() => setDef({ sections: [...def.sections, { title: { ...empty }, questions: [] }] })}
            >
              {t('builder.addSection')}
            </Button>
            <Button
              variant="light"
              leftSection={<IconEye size={16} />}
              loading={preview.isPending}
              onClick={() =>
                preview.mutate({ definition: def, language: 'ar' }, { onError: (e) => notifyError(errorText(e)) })
              }
              data-testid="survey-preview"
            >
              {t('builder.preview')}
            </Button>
            <Button onClick={onSave} loading={save.isPending} data-testid="survey-save">
              {t('builder.save')}
            </Button>
          </Group>
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 5 }}>
        {preview.data && (
          <Stack gap="xs" pos="sticky" top={16}>
            <Text fw={600}>{t('builder.previewTitle')}</Text>
            <iframe
              title={t('builder.previewTitle')}
              srcDoc={preview.data.html}
              style={{
                width: 390,
                maxWidth: '100%',
                height: 700,
                border: '1px solid var(--mantine-color-gray-4)',
                borderRadius: 12,
              }}
              data-testid="survey-preview-frame"
            />
          </Stack>
        )}
      </Grid.Col>
    </Grid>
  );
}

function SettingsCard({ draft, setDraft }: { draft: SurveyInput; setDraft: (d: SurveyInput) => void }) {
  const { t } = useTranslation('surveys');
  return (
    <Card withBorder>
      <Stack gap="sm">
        <Select
          label={t('settings.status')}
          data={(['draft', 'active', 'archived'] as const).map((s) => ({ value: s, label: t(`status.${s}`) }))}
          value={draft.status ?? 'draft'}
          allowDeselect={false}
          onChange={(v) => setDraft({ ...draft, status: v as SurveyInput['status'] })}
          data-testid="survey-status"
        />
        <Switch
          label={t('settings.afterTicket')}
          checked={draft.after_ticket ?? false}
          onChange={(e) => setDraft({ ...draft, after_ticket: e.currentTarget.checked })}
        />
        <Switch
          label={t('settings.afterCall')}
          checked={draft.after_call ?? false}
          onChange={(e) => setDraft({ ...draft, after_call: e.currentTarget.checked })}
        />
        <Group grow>
          <NumberInput
            label={t('settings.sampling')}
            min={0}
            max={100}
            value={draft.sampling_percent}
            onChange={(v) => setDraft({ ...draft, sampling_percent: Number(v) })}
          />
          <NumberInput
            label={t('settings.cooldown')}
            min={0}
            max={365}
            value={draft.cooldown_days}
            onChange={(v) => setDraft({ ...draft, cooldown_days: Number(v) })}
          />
          <NumberInput
            label={t('settings.linkDays')}
            min={1}
            max={90}
            value={draft.link_days}
            onChange={(v) => setDraft({ ...draft, link_days: Number(v) })}
          />
        </Group>
      </Stack>
    </Card>
  );
}
