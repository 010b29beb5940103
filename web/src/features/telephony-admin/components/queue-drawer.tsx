import { Alert, Button, Drawer, Group, Select, SimpleGrid, Stack, Switch, TextInput, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { skills, type Skill } from '../../../app/access';
import { isApiError } from '../../../ui/api-client';
import { fieldErrors, useErrorText } from '../../../ui/errors';
import { Ltr } from '../../../ui/ltr';
import { notifySuccess } from '../../../ui/notify';
import { NumberField } from '../../../ui/number-field';
import { useSaveQueue, type CallQueue, type QueueInput } from '../api/routing';

type Props = { opened: boolean; onClose: () => void; queue: CallQueue | null; queues: CallQueue[] };

const strategies: QueueInput['strategy'][] = [
  'longest_idle',
  'least_recent',
  'fewest_calls',
  'round_robin',
  'random',
  'ring_all',
];
const abandonedRules: QueueInput['sl_abandoned'][] = ['negative', 'ignored', 'positive'];
const closedActions: QueueInput['closed_action'][] = ['message', 'callback', 'voicemail'];

/** The same rule as the server's parseHours: `08:00-20:00`, ranges separated by commas, 24:00 ends the day. */
const range = /^([01]\d|2[0-3]):([0-5]\d)-([01]\d|2[0-3]|24):([0-5]\d)$/;
export function hoursValid(hours: string): boolean {
  return hours.split(',').every((part) => {
    const m = range.exec(part.trim());
    if (!m) return false;
    const from = Number(m[1]) * 60 + Number(m[2]);
    const to = Number(m[3]) * 60 + Number(m[4]);
    return to <= 24 * 60 && from !== to;
  });
}

const blank: QueueInput = {
  name_ar: '',
  name_en: '',
  skill: 'service',
  strategy: 'longest_idle',
  priority: 0,
  wrap_up_seconds: 30,
  sl_seconds: 20,
  sl_target_percent: 80,
  sl_abandoned: 'negative',
  short_abandon_seconds: 5,
  overflow_seconds: null,
  overflow_queue: null,
  callback_after_seconds: null,
  hours: '00:00-24:00',
  closed_action: 'message',
  greeting: null,
  active: true,
};

/** Create a queue, or change one (`queue` given): every routing setting in one drawer. */
export function QueueDrawer({ opened, onClose, queue, queues }: Props) {
  const { t } = useTranslation('telephonyAdmin');
  return (
    <Drawer
      opened={opened}
      onClose={onClose}
      position="right"
      size="lg"
      title={
        queue ? (
          <>
            {t('queues.editTitle')} <Ltr mono>{queue.code}</Ltr>
          </>
        ) : (
          t('queues.newTitle')
        )
      }
    >
      {opened ? <QueueForm key={queue?.code ?? 'new'} queue={queue} queues={queues} onDone={onClose} /> : null}
    </Drawer>
  );
}

function QueueForm({ queue, queues, onDone }: { queue: CallQueue | null; queues: CallQueue[]; onDone: () => void }) {
  const { t } = useTranslation(['telephonyAdmin', 'common']);
  const errorText = useErrorText();
  const save = useSaveQueue();
  const [code, setCode] = useState(queue?.code ?? '');
  const [form, setForm] = useState<QueueInput>(() => {
    if (!queue) return blank;
    const { code: _code, updated_at: _updated, ...rest } = queue;
    return rest;
  });
  const [hoursTouched, setHoursTouched] = useState(false);
  const set = <K extends keyof QueueInput>(field: K, value: QueueInput[K]) =>
    setForm((f) => ({ ...f, [field]: value }));
  const errors = fieldErrors(save.error);
  const showGeneralError = save.error && !(isApiError(save.error) && save.error.errors.length > 0);
  const hoursError = hoursTouched && !hoursValid(form.hours) ? t('queues.hoursInvalid') : errors.hours;
  const optional = (value: number) => (Number.isNaN(value) ? null : value);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setHoursTouched(true);
    if (!hoursValid(form.hours)) return;
    save.mutate(
      { code: code.trim(), input: form },
      {
        onSuccess: () => {
          notifySuccess(t('queues.saved'));
          onDone();
        },
      },
    );
  };

  const numberField = (field: keyof QueueInput, label: string, nullable = false) => (
    <NumberField
      label={label}
      name={field}
      value={(form[field] as number | null) ?? Number.NaN}
      onChange={(value) => set(field, (nullable ? optional(value) : value) as never)}
      error={errors[field]}
    />
  );

  return (
    <form onSubmit={submit} noValidate data-testid="queue-form">
      <Stack gap="sm">
        {showGeneralError ? (
          <Alert color="red" role="alert">
            {errorText(save.error)}
          </Alert>
        ) : null}
        {!queue ? (
          <TextInput
            label={t('queues.fields.code')}
            description={t('queues.fields.codeHint')}
            name="code"
            dir="ltr"
            required
            value={code}
            onChange={(e) => setCode(e.currentTarget.value)}
            error={errors.code}
          />
        ) : null}
        <SimpleGrid cols={2}>
          <TextInput
            label={t('queues.fields.nameAr')}
            name="name_ar"
            required
            value={form.name_ar}
            onChange={(e) => set('name_ar', e.currentTarget.value)}
            error={errors.name_ar}
          />
          <TextInput
            label={t('queues.fields.nameEn')}
            name="name_en"
            dir="ltr"
            required
            value={form.name_en}
            onChange={(e) => set('name_en', e.currentTarget.value)}
            error={errors.name_en}
          />
        </SimpleGrid>
        <SimpleGrid cols={2}>
          <Select
            label={t('queues.fields.skill')}
            name="skill"
            data={skills.map((s) => ({ value: s, label: t(`common:skills.${s}`) }))}
            value={form.skill}
            onChange={(v) => v && set('skill', v as Skill)}
            allowDeselect={false}
            error={errors.skill}
          />
          <Select
            label={t('queues.fields.strategy')}
            name="strategy"
            data={strategies.map((s) => ({ value: s, label: t(`queues.strategies.${s}`) }))}
            value={form.strategy}
            onChange={(v) => v && set('strategy', v as QueueInput['strategy'])}
            allowDeselect={false}
            error={errors.strategy}
          />
        </SimpleGrid>
        <SimpleGrid cols={2}>
          {numberField('priority', t('queues.fields.priority'))}
          {numberField('wrap_up_seconds', t('queues.fields.wrapUp'))}
        </SimpleGrid>
        <SimpleGrid cols={2}>
          {numberField('sl_seconds', t('queues.fields.slSeconds'))}
          {numberField('sl_target_percent', t('queues.fields.slTarget'))}
        </SimpleGrid>
        <SimpleGrid cols={2}>
          <Select
            label={t('queues.fields.slAbandoned')}
            name="sl_abandoned"
            data={abandonedRules.map((s) => ({ value: s, label: t(`queues.abandoned.${s}`) }))}
            value={form.sl_abandoned}
            onChange={(v) => v && set('sl_abandoned', v as QueueInput['sl_abandoned'])}
            allowDeselect={false}
          />
          {numberField('short_abandon_seconds', t('queues.fields.shortAbandon'))}
        </SimpleGrid>
        <SimpleGrid cols={2}>
          {numberField('overflow_seconds', t('queues.fields.overflowSeconds'), true)}
          <Select
            label={t('queues.fields.overflowQueue')}
            name="overflow_queue"
            placeholder={t('queues.never')}
            data={queues
              .filter((q) => q.code !== queue?.code)
              .map((q) => ({ value: q.code, label: `${q.name_ar} (${q.code})` }))}
            value={form.overflow_queue}
            onChange={(v) => set('overflow_queue', v)}
            clearable
            error={errors.overflow_queue}
          />
        </SimpleGrid>
        {numberField('callback_after_seconds', t('queues.fields.callbackAfter'), true)}
        <SimpleGrid cols={2}>
          <TextInput
            label={t('queues.fields.hours')}
            description={t('queues.fields.hoursHint')}
            name="hours"
            dir="ltr"
            value={form.hours}
            onChange={(e) => set('hours', e.currentTarget.value)}
            onBlur={() => setHoursTouched(true)}
            error={hoursError}
          />
          <Select
            label={t('queues.fields.closedAction')}
            name="closed_action"
            data={closedActions.map((s) => ({ value: s, label: t(`queues.closed.${s}`) }))}
            value={form.closed_action}
            onChange={(v) => v && set('closed_action', v as QueueInput['closed_action'])}
            allowDeselect={false}
          />
        </SimpleGrid>
        <Textarea
          label={t('queues.fields.greeting')}
          name="greeting"
          autosize
          minRows={2}
          value={form.greeting?.text ?? ''}
          onChange={(e) => {
            const text = e.currentTarget.value;
            set('greeting', text || form.greeting?.media ? { ...form.greeting, text } : null);
          }}
          error={errors.greeting}
        />
        <Switch
          label={t('queues.fields.active')}
          name="active"
          checked={form.active}
          onChange={(e) => set('active', e.currentTarget.checked)}
        />
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={onDone}>
            {t('common:actions.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('common:actions.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
