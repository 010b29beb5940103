import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Card,
  Group,
  NumberInput,
  Select,
  Stack,
  Table,
  TagsInput,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../i18n';
import { isApiError } from '../../../ui/api-client';
import { fieldErrors, useErrorText } from '../../../ui/errors';
import { formatNumber, timeZoneName } from '../../../ui/format';
import { Ltr } from '../../../ui/ltr';
import { notifySuccess } from '../../../ui/notify';
import {
  slaClocks,
  useSaveTicketSettings,
  type SlaClock,
  type SlaPolicy,
  type TicketGroup,
  type TicketSettings,
  type TicketSettingsPatch,
} from '../api/ticket-settings';
import { isCategory, ticketCategories } from '../api/tickets';
import { SaveBar } from '../../../ui/save-bar';

type Draft = Omit<TicketSettings, 'calendar'>;
const keys = ['business_hours', 'claim_approval_above', 'report_recipients', 'policies'] as const;
type Key = (typeof keys)[number];

const num = (value: number | string) => (typeof value === 'number' ? value : Number.NaN);

/**
 * Business hours, SLA policies, the claim approval amount and report recipients; saves only
 * what changed. Those who may only read them (supervisors) get the same settings as text.
 */
export function TicketSettingsForm({
  settings,
  groups,
  editable,
}: {
  settings: TicketSettings;
  groups: TicketGroup[];
  editable: boolean;
}) {
  const { t } = useTranslation('tickets');
  const errorText = useErrorText();
  const save = useSaveTicketSettings();
  const original: Draft = {
    business_hours: settings.business_hours,
    claim_approval_above: settings.claim_approval_above,
    report_recipients: settings.report_recipients,
    policies: settings.policies,
  };
  const [draft, setDraft] = useState<Draft>(original);
  const set = <K extends Key>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  if (!editable) return <TicketSettingsView settings={settings} groups={groups} />;

  const changed = keys.filter((key) => JSON.stringify(draft[key]) !== JSON.stringify(original[key]));
  const errors = fieldErrors(save.error);
  const showGeneralError =
    save.error &&
    !(isApiError(save.error) && save.error.errors.some((e) => keys.some((k) => e.field.split('.')[0] === k)));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (changed.length === 0) return;
    const changes = Object.fromEntries(changed.map((key) => [key, draft[key]])) as TicketSettingsPatch;
    save.mutate(changes, { onSuccess: () => notifySuccess(t('settings.saved')) });
  };

  const ar = currentLocale() === 'ar';
  const groupOptions = groups.map((g) => ({ value: g.code, label: ar ? g.name_ar : g.name_en }));
  const categoryOptions = [
    { value: '', label: t('settings.sla.anyCategory') },
    ...ticketCategories.map((c) => ({ value: c, label: t(`category.${c}`) })),
  ];
  const clockOptions = slaClocks.map((c) => ({ value: c, label: t(`settings.sla.clocks.${c}`) }));

  const shifts = draft.business_hours.shifts;
  const setShift = (i: number, part: 'start' | 'end', value: string) =>
    set('business_hours', { shifts: shifts.map((s, j) => (j === i ? { ...s, [part]: value } : s)) });
  const policies = draft.policies;
  const setPolicy = (i: number, change: Partial<SlaPolicy>) =>
    set(
      'policies',
      policies.map((p, j) => (j === i ? { ...p, ...change } : p)),
    );

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Section title={t('settings.sla.title')} description={t('settings.sla.description')}>
          <Table.ScrollContainer minWidth={940}>
            <Table data-testid="sla-policies" verticalSpacing="xs" horizontalSpacing={8}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('settings.sla.group')}</Table.Th>
                  <Table.Th>{t('settings.sla.category')}</Table.Th>
                  <Table.Th>{t('settings.sla.clock')}</Table.Th>
                  <Table.Th>{t('settings.sla.response')}</Table.Th>
                  <Table.Th>{t('settings.sla.resolution')}</Table.Th>
                  <Table.Th>{t('settings.sla.warning')}</Table.Th>
                  <Table.Th aria-label={t('settings.sla.remove')} />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {policies.map((p, i) => (
                  <Table.Tr key={i} data-policy={`${p.group}/${p.category ?? '*'}`}>
                    <Table.Td>
                      <Select
                        aria-label={t('settings.sla.group')}
                        data={groupOptions}
                        value={p.group}
                        allowDeselect={false}
                        onChange={(value) => value && setPolicy(i, { group: value })}
                        error={errors[`policies.${i}.group`] ?? errors[`policies.${i}`]}
                        miw={220}
                      />
                    </Table.Td>
                    <Table.Td>
                      <Select
                        aria-label={t('settings.sla.category')}
                        data={categoryOptions}
                        value={p.category ?? ''}
                        allowDeselect={false}
                        onChange={(value) => setPolicy(i, { category: value && isCategory(value) ? value : null })}
                        error={errors[`policies.${i}.category`]}
                        miw={170}
                      />
                    </Table.Td>
                    <Table.Td>
                      <Select
                        aria-label={t('settings.sla.clock')}
                        data={clockOptions}
                        value={p.clock}
                        allowDeselect={false}
                        onChange={(value) => value && setPolicy(i, { clock: value as SlaClock })}
                        error={errors[`policies.${i}.clock`]}
                        miw={130}
                      />
                    </Table.Td>
                    <Table.Td>
                      <NumberInput
                        aria-label={t('settings.sla.response')}
                        dir="ltr"
                        min={0}
                        placeholder={t('settings.sla.none')}
                        value={p.response_hours ?? ''}
                        onChange={(value) => setPolicy(i, { response_hours: value === '' ? null : num(value) })}
                        error={errors[`policies.${i}.response_hours`]}
                        w={90}
                      />
                    </Table.Td>
                    <Table.Td>
                      <NumberInput
                        aria-label={t('settings.sla.resolution')}
                        dir="ltr"
                        min={0}
                        value={p.resolution_hours}
                        onChange={(value) => setPolicy(i, { resolution_hours: num(value) })}
                        error={errors[`policies.${i}.resolution_hours`]}
                        w={90}
                      />
                    </Table.Td>
                    <Table.Td>
                      <NumberInput
                        aria-label={t('settings.sla.warning')}
                        dir="ltr"
                        min={0}
                        value={p.warn_before_hours}
                        onChange={(value) => setPolicy(i, { warn_before_hours: num(value) })}
                        error={errors[`policies.${i}.warn_before_hours`]}
                        w={90}
                      />
                    </Table.Td>
                    <Table.Td>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={t('settings.sla.remove')}
                        onClick={() =>
                          set(
                            'policies',
                            policies.filter((_, j) => j !== i),
                          )
                        }
                      >
                        <IconTrash size={16} />
                      </ActionIcon>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {errors.policies && !policies.some((_, i) => errors[`policies.${i}`]) ? (
            <Text size="xs" c="red" role="alert">
              {errors.policies}
            </Text>
          ) : null}
          <Group>
            <Button
              variant="light"
              leftSection={<IconPlus size={16} />}
              onClick={() =>
                set('policies', [
                  ...policies,
                  {
                    group: groups[0]?.code ?? '',
                    category: null,
                    clock: 'business',
                    response_hours: null,
                    resolution_hours: 24,
                    warn_before_hours: 4,
                  },
                ])
              }
            >
              {t('settings.sla.add')}
            </Button>
          </Group>
        </Section>

        <Section title={t('settings.hours.title')} description={t('settings.hours.description')}>
          <Stack gap="xs">
            {shifts.map((s, i) => (
              <Group key={i} gap="sm" align="flex-start" data-shift={i}>
                <TextInput
                  label={t('settings.hours.start')}
                  placeholder="08:00"
                  maxLength={5}
                  inputMode="numeric"
                  dir="ltr"
                  value={s.start}
                  onChange={(event) => setShift(i, 'start', event.currentTarget.value)}
                  error={errors[`business_hours.shifts.${i}.start`]}
                  w={120}
                />
                <TextInput
                  label={t('settings.hours.end')}
                  placeholder="16:00"
                  maxLength={5}
                  inputMode="numeric"
                  dir="ltr"
                  value={s.end}
                  onChange={(event) => setShift(i, 'end', event.currentTarget.value)}
                  error={errors[`business_hours.shifts.${i}.end`]}
                  w={120}
                />
                {shifts.length > 1 ? (
                  <ActionIcon
                    mt={28}
                    variant="subtle"
                    color="red"
                    aria-label={t('settings.hours.remove')}
                    onClick={() => set('business_hours', { shifts: shifts.filter((_, j) => j !== i) })}
                  >
                    <IconTrash size={16} />
                  </ActionIcon>
                ) : null}
              </Group>
            ))}
          </Stack>
          {errors.business_hours ? (
            <Text size="xs" c="red" role="alert">
              {errors.business_hours}
            </Text>
          ) : null}
          {shifts.length < 6 ? (
            <Group>
              <Button
                variant="light"
                leftSection={<IconPlus size={16} />}
                onClick={() => set('business_hours', { shifts: [...shifts, { start: '', end: '' }] })}
              >
                {t('settings.hours.add')}
              </Button>
            </Group>
          ) : null}
          <Text size="xs" c="dimmed">
            {t('settings.hours.calendar')} {timeZoneName(settings.calendar.timezone, currentLocale())}
          </Text>
        </Section>

        <Section title={t('settings.other.title')}>
          <NumberInput
            label={t('settings.other.claimApprovalAbove')}
            description={t('settings.other.claimApprovalHint')}
            name="claim_approval_above"
            dir="ltr"
            min={0}
            thousandSeparator=","
            value={draft.claim_approval_above}
            onChange={(value) => set('claim_approval_above', num(value))}
            error={errors.claim_approval_above}
            w={240}
          />
          {(['monthly', 'weekly'] as const).map((period) => (
            <TagsInput
              key={period}
              label={t(`settings.other.recipients.${period}`)}
              description={t('settings.other.recipientsHint')}
              dir="ltr"
              value={draft.report_recipients[period]}
              onChange={(value) =>
                set('report_recipients', { ...draft.report_recipients, [period]: value.map((v) => v.trim()) })
              }
              error={errors[`report_recipients.${period}`]}
              maw={560}
            />
          ))}
        </Section>

        {showGeneralError ? (
          <Alert color="red" role="alert" data-testid="ticket-settings-error">
            {errorText(save.error)}
          </Alert>
        ) : null}
        <SaveBar
          unsavedText={t('settings.unsaved', { count: changed.length })}
          changed={changed.length}
          saving={save.isPending}
          onReset={() => {
            setDraft(original);
            save.reset();
          }}
          resetLabel={t('settings.reset')}
          saveLabel={t('settings.save')}
          saveTestId="save-ticket-settings"
        />
      </Stack>
    </form>
  );
}

function Section({ title, description, children }: { title: string; description?: string; children: ReactNode }) {
  return (
    <Card withBorder padding="lg" radius="md">
      <Title order={3} size="h4" mb={description ? 4 : 'md'}>
        {title}
      </Title>
      {description ? (
        <Text size="sm" c="dimmed" mb="md">
          {description}
        </Text>
      ) : null}
      <Stack gap="md">{children}</Stack>
    </Card>
  );
}

/** The settings as text, for those who may read but not change them (no greyed-out inputs to squint at). */
function TicketSettingsView({ settings, groups }: { settings: TicketSettings; groups: TicketGroup[] }) {
  const { t } = useTranslation('tickets');
  const locale = currentLocale();
  const groupName = (code: string) => {
    const group = groups.find((g) => g.code === code);
    return group ? (locale === 'ar' ? group.name_ar : group.name_en) : code;
  };
  const hours = (value: number | null) =>
    value === null ? t('settings.sla.none') : <Ltr>{formatNumber(value, locale)}</Ltr>;

  return (
    <Stack data-testid="ticket-settings-view">
      <Section title={t('settings.sla.title')} description={t('settings.sla.description')}>
        <Table.ScrollContainer minWidth={720}>
          <Table data-testid="sla-policies" verticalSpacing="xs" striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('settings.sla.group')}</Table.Th>
                <Table.Th>{t('settings.sla.category')}</Table.Th>
                <Table.Th>{t('settings.sla.clock')}</Table.Th>
                <Table.Th>{t('settings.sla.response')}</Table.Th>
                <Table.Th>{t('settings.sla.resolution')}</Table.Th>
                <Table.Th>{t('settings.sla.warning')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {settings.policies.map((p) => (
                <Table.Tr key={`${p.group}/${p.category ?? '*'}`} data-policy={`${p.group}/${p.category ?? '*'}`}>
                  <Table.Td>{groupName(p.group)}</Table.Td>
                  <Table.Td>
                    {p.category === null
                      ? t('settings.sla.anyCategory')
                      : isCategory(p.category)
                        ? t(`category.${p.category}`)
                        : p.category}
                  </Table.Td>
                  <Table.Td>{t(`settings.sla.clocks.${p.clock}`)}</Table.Td>
                  <Table.Td data-col="response">{hours(p.response_hours)}</Table.Td>
                  <Table.Td data-col="resolution">{hours(p.resolution_hours)}</Table.Td>
                  <Table.Td data-col="warning">{hours(p.warn_before_hours)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Section>

      <Section title={t('settings.hours.title')} description={t('settings.hours.description')}>
        <Group gap="xs" data-testid="business-hours">
          {settings.business_hours.shifts.map((s, i) => (
            // "from 08:00 to 16:00" in words: a bare "08:00–16:00" reads backwards in one direction or the other.
            <Badge key={i} variant="light" color="gray" size="lg" tt="none" data-shift={i}>
              {t('settings.hours.start')} <Ltr mono>{s.start}</Ltr> {t('settings.hours.end')} <Ltr mono>{s.end}</Ltr>
            </Badge>
          ))}
        </Group>
        <Text size="xs" c="dimmed">
          {t('settings.hours.calendar')} {timeZoneName(settings.calendar.timezone, currentLocale())}
        </Text>
      </Section>

      <Section title={t('settings.other.title')}>
        <ReadOnlyValue label={t('settings.other.claimApprovalAbove')}>
          <span data-testid="claim-approval-above">
            <Ltr>{formatNumber(settings.claim_approval_above, locale)}</Ltr>
          </span>{' '}
          <Text span size="xs" c="dimmed">
            {t('settings.other.claimApprovalHint')}
          </Text>
        </ReadOnlyValue>
        {(['monthly', 'weekly'] as const).map((period) => (
          <ReadOnlyValue key={period} label={t(`settings.other.recipients.${period}`)}>
            {settings.report_recipients[period].length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('settings.other.noRecipients')}
              </Text>
            ) : (
              <Group gap={4}>
                {settings.report_recipients[period].map((email) => (
                  <Badge key={email} variant="outline" tt="none">
                    <Ltr>{email}</Ltr>
                  </Badge>
                ))}
              </Group>
            )}
          </ReadOnlyValue>
        ))}
      </Section>
    </Stack>
  );
}

function ReadOnlyValue({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500}>
        {label}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
    </Stack>
  );
}
