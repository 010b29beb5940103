import { ActionIcon, Alert, Button, Card, Checkbox, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../i18n';
import { fieldErrors, useErrorText } from '../../../ui/errors';
import { NumberField } from '../../../ui/number-field';
import { notifySuccess } from '../../../ui/notify';
import { toLatinDigits } from '../../../ui/numbers';
import { useSaveSettings, weekdays, type SettingValues, type Weekday } from '../../settings/api/settings';
import { HolidaysEditor } from '../../settings/components/holidays-editor';
import { countryName } from './outbox-table';

type Rule = SettingValues['marketing_sms_rules'][number];
type Limits = SettingValues['send_rate_limits'];

const emptyRule: Rule = {
  country: '',
  timezone: 'Asia/Riyadh',
  window: { start: '08:00', end: '21:00' },
  weekend: [],
  holidays: [],
  sender_prefix: '',
  sender_suffix: '',
  sender: '',
};

/**
 * Marketing SMS per country (sender mark, local hours, weekend, holidays) and the send rate
 * limits: settings the admin and the manager edit here (audited by the settings service); other
 * readers of the page see them read-only.
 */
export function MarketingRulesCard({
  rules,
  limits,
  editable,
  lockedBy,
}: {
  rules: Rule[];
  limits: Limits;
  editable: boolean;
  /** The environment variables that set them, if any (then not editable here). */
  lockedBy: { rules: string | null; limits: string | null };
}) {
  const { t } = useTranslation(['messaging', 'settings']);
  const errorText = useErrorText();
  const save = useSaveSettings();
  const locale = currentLocale();
  const [draftRules, setRules] = useState<Rule[]>(rules);
  const [draftLimits, setLimits] = useState<Limits>(limits);
  const errors = fieldErrors(save.error);
  const rulesEditable = editable && !lockedBy.rules;
  const limitsEditable = editable && !lockedBy.limits;
  const changed = useMemo(() => {
    const out: Partial<SettingValues> = {};
    if (rulesEditable && JSON.stringify(draftRules) !== JSON.stringify(rules)) out.marketing_sms_rules = draftRules;
    if (limitsEditable && JSON.stringify(draftLimits) !== JSON.stringify(limits)) out.send_rate_limits = draftLimits;
    return out;
  }, [draftRules, draftLimits, rules, limits, rulesEditable, limitsEditable]);

  const change = (index: number, patch: Partial<Rule>) =>
    setRules((all) => all.map((rule, i) => (i === index ? { ...rule, ...patch } : rule)));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (Object.keys(changed).length === 0) return;
    save.mutate(changed, { onSuccess: () => notifySuccess(t('marketing.saved')) });
  };
  const err = (path: string) => errors[`marketing_sms_rules.${path}`];

  return (
    <Card withBorder padding="md" radius="md" data-testid="marketing-rules" component="form" onSubmit={submit}>
      <Title order={4} mb={4}>
        {t('marketing.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('marketing.hint')}
      </Text>
      {lockedBy.rules ? (
        <Text size="xs" c="orange.8" mb="xs">
          {t('marketing.setByEnv', { env: lockedBy.rules })}
        </Text>
      ) : null}
      <Stack gap="md">
        {draftRules.map((rule, index) => (
          <Card key={index} withBorder padding="sm" radius="sm" data-rule={rule.country || index}>
            <Group justify="space-between" mb="xs">
              <Text fw={600}>
                {countryName(rule.country || null, locale) || t('marketing.newCountry')}{' '}
                <Text span c="dimmed" size="sm">
                  <bdi>{rule.country}</bdi>
                </Text>
              </Text>
              {rulesEditable ? (
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={t('marketing.remove')}
                  onClick={() => setRules((all) => all.filter((_, i) => i !== index))}
                >
                  <IconTrash size={16} />
                </ActionIcon>
              ) : null}
            </Group>
            <Group gap="sm" align="flex-start">
              <TextInput
                label={t('marketing.country')}
                value={rule.country}
                maxLength={2}
                w={90}
                dir="ltr"
                disabled={!rulesEditable}
                error={err(`${index}.country`)}
                onChange={(e) => change(index, { country: e.currentTarget.value.toUpperCase() })}
              />
              <TextInput
                label={t('marketing.timezone')}
                value={rule.timezone}
                w={170}
                dir="ltr"
                disabled={!rulesEditable}
                error={err(`${index}.timezone`)}
                onChange={(e) => change(index, { timezone: e.currentTarget.value })}
              />
              <TextInput
                label={t('marketing.from')}
                value={rule.window.start}
                w={90}
                dir="ltr"
                disabled={!rulesEditable}
                error={err(`${index}.window`) ?? err(`${index}.window.start`)}
                onChange={(e) =>
                  change(index, { window: { ...rule.window, start: toLatinDigits(e.currentTarget.value) } })
                }
              />
              <TextInput
                label={t('marketing.to')}
                value={rule.window.end}
                w={90}
                dir="ltr"
                disabled={!rulesEditable}
                error={err(`${index}.window.end`)}
                onChange={(e) =>
                  change(index, { window: { ...rule.window, end: toLatinDigits(e.currentTarget.value) } })
                }
              />
              <TextInput
                label={t('marketing.prefix')}
                value={rule.sender_prefix}
                w={90}
                dir="ltr"
                disabled={!rulesEditable}
                error={err(`${index}.sender_prefix`)}
                onChange={(e) => change(index, { sender_prefix: e.currentTarget.value })}
              />
              <TextInput
                label={t('marketing.suffix')}
                value={rule.sender_suffix}
                w={90}
                dir="ltr"
                disabled={!rulesEditable}
                error={err(`${index}.sender_suffix`)}
                onChange={(e) => change(index, { sender_suffix: e.currentTarget.value })}
              />
              <TextInput
                label={t('marketing.sender')}
                description={t('marketing.senderHint')}
                value={rule.sender}
                maxLength={11}
                w={160}
                dir="ltr"
                disabled={!rulesEditable}
                error={err(`${index}.sender`)}
                onChange={(e) => change(index, { sender: e.currentTarget.value })}
              />
            </Group>
            <Checkbox.Group
              mt="xs"
              label={t('marketing.weekend')}
              value={[...rule.weekend]}
              onChange={(value) => change(index, { weekend: weekdays.filter((d) => value.includes(d)) as Weekday[] })}
            >
              <Group gap="md" mt={4}>
                {weekdays.map((day) => (
                  <Checkbox key={day} value={day} label={t(`settings:weekdays.${day}`)} disabled={!rulesEditable} />
                ))}
              </Group>
            </Checkbox.Group>
            <Text size="sm" fw={500} mt="xs" mb={4}>
              {t('marketing.holidays')}
            </Text>
            <HolidaysEditor
              value={rule.holidays.map((h) => ({ date: h.date, name: h.name }))}
              onChange={(holidays) => change(index, { holidays })}
              disabled={!rulesEditable}
              errors={{}}
            />
          </Card>
        ))}
        {rulesEditable ? (
          <Button
            variant="light"
            leftSection={<IconPlus size={16} />}
            w="fit-content"
            onClick={() => setRules((all) => [...all, emptyRule])}
          >
            {t('marketing.add')}
          </Button>
        ) : null}

        <Title order={5} mt="sm">
          {t('marketing.rateTitle')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('marketing.rateHint')}
        </Text>
        <Group gap="sm" align="flex-start" data-testid="rate-limits">
          {(['sms_per_second', 'sms_per_minute', 'email_per_minute'] as const).map((key) => (
            <NumberField
              key={key}
              label={t(`marketing.rate.${key}`)}
              value={draftLimits[key]}
              w={170}
              disabled={!limitsEditable}
              error={errors[`send_rate_limits.${key}`]}
              onChange={(value) => setLimits((l) => ({ ...l, [key]: value }))}
            />
          ))}
        </Group>
        {save.error && Object.keys(errors).length === 0 ? <Alert color="red">{errorText(save.error)}</Alert> : null}
        {editable ? (
          <Group>
            <Button type="submit" loading={save.isPending} disabled={Object.keys(changed).length === 0}>
              {t('marketing.save')}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Card>
  );
}
