import { Alert, Card, Checkbox, Group, Select, Stack, TextInput, Title } from '@mantine/core';
import { useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../ui/api-client';
import { fieldErrors, useErrorText } from '../../../ui/errors';
import { NumberField } from '../../../ui/number-field';
import { toLatinDigits } from '../../../ui/numbers';
import { notifySuccess } from '../../../ui/notify';
import {
  useSaveSettings,
  weekdays,
  type SettingItem,
  type SettingKey,
  type SettingValues,
  type Weekday,
} from '../api/settings';
import { HolidaysEditor } from './holidays-editor';
import { SettingField } from './setting-field';
import { SaveBar } from '../../../ui/save-bar';

type NumberKey =
  | 'reminder_days_before'
  | 'followup_days_after'
  | 'tier1_above'
  | 'tier2_from'
  | 'retry_delay_minutes'
  | 'max_attempts_per_day'
  | 'hold_seconds'
  | 'greeting_target_seconds'
  | 'rating_cooldown_days'
  | 'wallboard_max_wait_seconds'
  | 'wallboard_max_abandon_percent'
  | 'agent_target_calls'
  | 'agent_target_aht_seconds';

function timeZones(current: string): string[] {
  const zones = Intl.supportedValuesOf('timeZone');
  return zones.includes(current) ? zones : [current, ...zones];
}

export function SettingsForm({ items }: { items: SettingItem[] }) {
  const { t } = useTranslation(['settings', 'common']);
  const errorText = useErrorText();
  const save = useSaveSettings();
  const original = useMemo(
    () => Object.fromEntries(items.map((item) => [item.key, item.value])) as SettingValues,
    [items],
  );
  const byKey = useMemo(
    () => Object.fromEntries(items.map((item) => [item.key, item])) as Record<SettingKey, SettingItem>,
    [items],
  );
  const [draft, setDraft] = useState<SettingValues>(original);
  const zones = useMemo(() => timeZones(original.timezone), [original.timezone]);

  const set = <K extends SettingKey>(key: K, value: SettingValues[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const locked = (key: SettingKey) => byKey[key]?.overridden_by != null;

  // Only what changed is sent; a value set by the environment is never sent.
  const changed = (Object.keys(original) as SettingKey[]).filter(
    (key) => !locked(key) && JSON.stringify(draft[key]) !== JSON.stringify(original[key]),
  );
  const errors = fieldErrors(save.error);
  const showGeneralError =
    save.error && !(isApiError(save.error) && save.error.errors.some((e) => e.field in original));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (changed.length === 0) return;
    const changes = Object.fromEntries(changed.map((key) => [key, draft[key]])) as Partial<SettingValues>;
    save.mutate(changes, { onSuccess: () => notifySuccess(t('saved')) });
  };

  const field = (key: SettingKey, editor: ReactNode, description?: string) => {
    const item = byKey[key];
    if (!item) return null;
    return (
      <SettingField item={item} label={t(`keys.${key}`)} description={description} error={errors[key]}>
        {editor}
      </SettingField>
    );
  };

  const numberField = (key: NumberKey, description?: string) =>
    field(
      key,
      <NumberField
        aria-label={t(`keys.${key}`)}
        name={key}
        allowDecimal={key === 'tier1_above' || key === 'tier2_from' || key === 'wallboard_max_abandon_percent'}
        value={draft[key]}
        disabled={locked(key)}
        onChange={(value) => set(key, value)}
        w={220}
      />,
      description,
    );

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Section title={t('sections.company')}>
          {field(
            'company_name',
            <TextInput
              aria-label={t('keys.company_name')}
              name="company_name"
              value={draft.company_name}
              disabled={locked('company_name')}
              onChange={(event) => set('company_name', event.currentTarget.value)}
              maw={420}
            />,
          )}
          {field(
            'sms_sender',
            <TextInput
              aria-label={t('keys.sms_sender')}
              name="sms_sender"
              attributes={{ input: { dir: 'auto' } }}
              value={draft.sms_sender}
              disabled={locked('sms_sender')}
              onChange={(event) => set('sms_sender', event.currentTarget.value)}
              maw={260}
            />,
            t('descriptions.sms_sender'),
          )}
          {field(
            'currency',
            <TextInput
              aria-label={t('keys.currency')}
              name="currency"
              dir="ltr"
              maxLength={3}
              value={draft.currency}
              disabled={locked('currency')}
              onChange={(event) => set('currency', event.currentTarget.value.toUpperCase())}
              w={120}
            />,
            t('descriptions.currency'),
          )}
        </Section>

        <Section title={t('sections.calendar')}>
          {field(
            'timezone',
            <Select
              aria-label={t('keys.timezone')}
              name="timezone"
              dir="ltr"
              searchable
              data={zones}
              placeholder={t('timezonePlaceholder')}
              value={draft.timezone}
              disabled={locked('timezone')}
              onChange={(value) => value && set('timezone', value)}
              allowDeselect={false}
              maw={320}
            />,
          )}
          {field(
            'weekend',
            <Checkbox.Group
              aria-label={t('keys.weekend')}
              value={draft.weekend}
              onChange={(value) => set('weekend', weekdays.filter((d) => value.includes(d)) as Weekday[])}
            >
              <Group gap="md" mt={4}>
                {weekdays.map((day) => (
                  <Checkbox key={day} value={day} label={t(`weekdays.${day}`)} disabled={locked('weekend')} />
                ))}
              </Group>
            </Checkbox.Group>,
          )}
          {field(
            'calling_window',
            <Group gap="sm">
              <TextInput
                label={t('window.start')}
                placeholder={t('window.placeholder')}
                maxLength={5}
                inputMode="numeric"
                name="calling_window.start"
                dir="ltr"
                value={draft.calling_window.start}
                disabled={locked('calling_window')}
                onChange={(event) =>
                  set('calling_window', { ...draft.calling_window, start: toLatinDigits(event.currentTarget.value) })
                }
                error={errors['calling_window.start']}
                w={140}
              />
              <TextInput
                label={t('window.end')}
                placeholder={t('window.placeholder')}
                maxLength={5}
                inputMode="numeric"
                name="calling_window.end"
                dir="ltr"
                value={draft.calling_window.end}
                disabled={locked('calling_window')}
                onChange={(event) =>
                  set('calling_window', { ...draft.calling_window, end: toLatinDigits(event.currentTarget.value) })
                }
                error={errors['calling_window.end']}
                w={140}
              />
            </Group>,
            t('descriptions.calling_window'),
          )}
          {field(
            'holidays',
            <HolidaysEditor
              value={draft.holidays}
              onChange={(value) => set('holidays', value)}
              disabled={locked('holidays')}
              errors={errors}
            />,
          )}
        </Section>

        <Section title={t('sections.collections')}>
          {numberField('reminder_days_before', t('descriptions.reminder_days_before'))}
          {numberField('followup_days_after', t('descriptions.followup_days_after'))}
          {numberField('tier1_above')}
          {numberField('tier2_from')}
          {numberField('retry_delay_minutes', t('descriptions.retry_delay_minutes'))}
          {numberField('max_attempts_per_day', t('descriptions.max_attempts_per_day'))}
          {numberField('hold_seconds', t('descriptions.hold_seconds'))}
          {numberField('greeting_target_seconds', t('descriptions.greeting_target_seconds'))}
          {numberField('rating_cooldown_days', t('descriptions.rating_cooldown_days'))}
          {numberField('wallboard_max_wait_seconds', t('descriptions.wallboard_max_wait_seconds'))}
          {numberField('wallboard_max_abandon_percent', t('descriptions.wallboard_max_abandon_percent'))}
          {numberField('agent_target_calls', t('descriptions.agent_target_calls'))}
          {numberField('agent_target_aht_seconds', t('descriptions.agent_target_aht_seconds'))}
          {field(
            'daily_run_time',
            <TextInput
              aria-label={t('keys.daily_run_time')}
              placeholder={t('window.placeholder')}
              maxLength={5}
              inputMode="numeric"
              name="daily_run_time"
              dir="ltr"
              value={draft.daily_run_time}
              disabled={locked('daily_run_time')}
              onChange={(event) => set('daily_run_time', toLatinDigits(event.currentTarget.value))}
              w={140}
            />,
            t('descriptions.daily_run_time'),
          )}
        </Section>

        {showGeneralError ? (
          <Alert color="red" role="alert" data-testid="settings-error">
            {errorText(save.error)}
          </Alert>
        ) : null}
        <SaveBar
          unsavedText={t('unsaved', { count: changed.length })}
          changed={changed.length}
          saving={save.isPending}
          onReset={() => {
            setDraft(original);
            save.reset();
          }}
          resetLabel={t('reset')}
          saveLabel={t('save')}
        />
      </Stack>
    </form>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card withBorder padding="lg" radius="md">
      <Title order={3} size="h4" mb="md">
        {title}
      </Title>
      <Stack gap="lg">{children}</Stack>
    </Card>
  );
}
