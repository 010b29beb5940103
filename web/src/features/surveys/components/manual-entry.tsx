import {
  Alert,
  Button,
  Card,
  Checkbox,
  Chip,
  Group,
  Radio,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../ui/errors';
import { notifySuccess } from '../../../ui/notify';
import { useSession } from '../../auth/api/session-state';
import { useEnterResponse, type Question, type Survey } from '../api/surveys';

type Value = number | boolean | string | string[];
const scales: Record<string, [number, number]> = { rating: [1, 5], nps: [0, 10], ces: [1, 7] };

/** The questions shown for these answers (a condition hides the reason after a good rating). */
export function visibleKeys(questions: Question[], answers: Record<string, Value>): Set<string> {
  const shown = new Set<string>();
  for (const q of questions) {
    const c = q.show_if;
    if (c) {
      const given = answers[c.question];
      const list = given === undefined ? [] : Array.isArray(given) ? given : [given];
      if (!shown.has(c.question) || !list.some((v) => c.values.includes(v))) continue;
    }
    shown.add(q.key);
  }
  return shown;
}

/** إدخال يدوي (Q4): a paper form or a phone interview typed in, marked with its channel. */
export function ManualEntry({ survey }: { survey: Survey }) {
  const { t } = useTranslation('surveys');
  const errorText = useErrorText();
  const role = useSession().user.role;
  const enter = useEnterResponse(survey.id);
  const [channel, setChannel] = useState<'phone' | 'paper'>('phone');
  const [customer, setCustomer] = useState('');
  const [answers, setAnswers] = useState<Record<string, Value>>({});
  const questions = survey.definition.sections.flatMap((s) => s.questions);
  const visible = visibleKeys(questions, answers);
  const set = (key: string, value: Value | undefined) => {
    const next = { ...answers };
    if (value === undefined || (Array.isArray(value) && value.length === 0) || value === '') delete next[key];
    else next[key] = value;
    setAnswers(next);
  };
  if (role === 'agent' && !survey.acknowledged_by_me) return <Alert color="yellow">{t('entry.needsBriefing')}</Alert>;
  return (
    <Card withBorder maw={760}>
      <Stack>
        <Group grow>
          <Select
            label={t('entry.channel')}
            data={(['phone', 'paper'] as const).map((c) => ({ value: c, label: t(`entry.channels.${c}`) }))}
            value={channel}
            allowDeselect={false}
            onChange={(v) => setChannel(v as typeof channel)}
          />
          <TextInput
            label={t('entry.customer')}
            dir="ltr"
            value={customer}
            onChange={(e) => setCustomer(e.currentTarget.value)}
          />
        </Group>
        {questions
          .filter((q) => visible.has(q.key))
          .map((q) => (
            <Stack key={q.key} gap={4}>
              <Text fw={600}>
                {q.text.ar}
                {q.required ? ' *' : ''}
              </Text>
              <AnswerInput q={q} value={answers[q.key]} onChange={(v) => set(q.key, v)} />
            </Stack>
          ))}
        {enter.error && <Alert color="red">{errorText(enter.error)}</Alert>}
        <Group>
          <Button
            loading={enter.isPending}
            onClick={() => {
              const kept = Object.fromEntries(Object.entries(answers).filter(([k]) => visible.has(k)));
              enter.mutate(
                { channel, answers: kept, ...(customer.trim() ? { customer_no: customer.trim() } : {}) },
                {
                  onSuccess: () => {
                    notifySuccess(t('entry.saved'));
                    setAnswers({});
                    setCustomer('');
                  },
                },
              );
            }}
          >
            {t('entry.save')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

function AnswerInput({
  q,
  value,
  onChange,
}: {
  q: Question;
  value: Value | undefined;
  onChange: (v: Value | undefined) => void;
}) {
  const { t } = useTranslation('surveys');
  const scale = scales[q.type];
  if (scale) {
    return (
      <Chip.Group
        value={value === undefined ? '' : String(value)}
        onChange={(v) => onChange(v ? Number(v) : undefined)}
      >
        <Group gap={6} dir="ltr">
          {Array.from({ length: scale[1] - scale[0] + 1 }, (_, i) => scale[0] + i).map((n) => (
            <Chip key={n} value={String(n)}>
              {n}
            </Chip>
          ))}
        </Group>
      </Chip.Group>
    );
  }
  if (q.type === 'yes_no') {
    return (
      <Radio.Group value={value === undefined ? '' : String(value)} onChange={(v) => onChange(v === 'true')}>
        <Group>
          <Radio value="true" label={t('builder.yes')} />
          <Radio value="false" label={t('builder.no')} />
        </Group>
      </Radio.Group>
    );
  }
  if (q.type === 'single') {
    return (
      <Radio.Group value={typeof value === 'string' ? value : ''} onChange={onChange}>
        <Stack gap={4}>
          {(q.options ?? []).map((o) => (
            <Radio key={o.key} value={o.key} label={o.label.ar} />
          ))}
        </Stack>
      </Radio.Group>
    );
  }
  if (q.type === 'multiple') {
    return (
      <Checkbox.Group value={Array.isArray(value) ? value : []} onChange={onChange}>
        <Stack gap={4}>
          {(q.options ?? []).map((o) => (
            <Checkbox key={o.key} value={o.key} label={o.label.ar} />
          ))}
        </Stack>
      </Checkbox.Group>
    );
  }
  return (
    <Textarea
      autosize
      minRows={2}
      maxLength={2000}
      value={typeof value === 'string' ? value : ''}
      onChange={(e) => onChange(e.currentTarget.value)}
    />
  );
}
