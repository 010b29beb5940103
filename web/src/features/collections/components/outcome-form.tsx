import { Alert, Button, Card, Group, Kbd, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { TimePicker } from '@mantine/dates';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../i18n';
import { isApiError } from '../../../ui/api-client';
import { fieldErrors, useErrorText } from '../../../ui/errors';
import { DateField } from '../../../ui/date-field';
import { formatMoney, timeZoneName } from '../../../ui/format';
import { Ltr } from '../../../ui/ltr';
import { notifyError, notifySuccess } from '../../../ui/notify';
import { parseTypedNumber } from '../../../ui/numbers';
import { useShortcuts } from '../../../ui/shortcuts';
import {
  callOutcomes,
  marketingCallOutcomes,
  useRecordAttempt,
  type AttemptInput,
  type CallOutcome,
  type MyItem,
  type Outcome,
} from '../api/collections';
import { wallTimeIn, zonedIso } from '../api/dates';
import { FreeText } from '../../../ui/free-text';

const outcomeColor: Partial<Record<Outcome, string>> = {
  reached: 'teal',
  sale: 'teal',
  interested: 'teal',
  not_interested: 'red',
  promise_to_pay: 'teal',
  wrong_number: 'red',
  refused: 'red',
  call_dropped: 'orange',
};

type Props = {
  item: MyItem;
  /** The item's attempts when the form was opened (the server's check against a concurrent change). */
  expectedAttempts: number;
  timeZone: string;
  onRecorded: (item: MyItem, outcome: Outcome) => void;
  onConflict: () => void;
  /** What the call placed from the list suggests (answered → reached, busy …); the agent's own choice wins. */
  suggested?: CallOutcome | null;
};

/**
 * نتيجة المكالمة (SPEC L3): one outcome per attempt, with a promise's date and amount or a call-back time;
 * a marketing item offers the marketing outcomes, a sale with its amount.
 */
export function OutcomeForm({ item, expectedAttempts, timeZone, onRecorded, onConflict, suggested = null }: Props) {
  const { t } = useTranslation('collections');
  const locale = currentLocale();
  const errorText = useErrorText();
  const record = useRecordAttempt();
  const choices: readonly Outcome[] = item.purpose === 'marketing' ? marketingCallOutcomes : callOutcomes;
  const [outcome, setOutcome] = useState<Outcome | null>(suggested);
  // The call's result follows the call (connected → reached, then dropped …) until the agent picks one.
  const [picked, setPicked] = useState(false);
  const [lastSuggested, setLastSuggested] = useState(suggested);
  if (suggested !== lastSuggested) {
    setLastSuggested(suggested);
    if (!picked && suggested) setOutcome(suggested);
  }
  const [promiseDate, setPromiseDate] = useState('');
  const [promiseAmount, setPromiseAmount] = useState(String(item.amount));
  const [saleAmount, setSaleAmount] = useState('');
  const [callbackAt, setCallbackAt] = useState(() => wallTimeIn(timeZone, 60));
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState<Record<string, string>>({});
  const formRef = useRef<HTMLFormElement>(null);
  const serverErrors = fieldErrors(record.error);
  const errors = { ...serverErrors, ...missing };

  const choose = (next: Outcome) => {
    setPicked(true);
    setOutcome(next);
    setMissing({});
    record.reset();
  };

  // Number keys pick an outcome (1 = reached … 9 = call-back), unless the agent is typing; by the
  // physical key, so the Arabic layout's digit row works too.
  useShortcuts((key) => {
    const n = Number(key);
    if (Number.isInteger(n) && n >= 1 && n <= choices.length) {
      choose(choices[n - 1]!);
      return true;
    }
    if (key === 'enter' && outcome) {
      formRef.current?.requestSubmit();
      return true;
    }
    return false;
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!outcome || record.isPending) return;
    const input: AttemptInput = { outcome, expected_attempts: expectedAttempts };
    const problems: Record<string, string> = {};
    if (outcome === 'promise_to_pay') {
      // Arabic-Indic digits (١٥٠٠) are read as the server reads them.
      const amount = parseTypedNumber(promiseAmount);
      if (!promiseDate) problems.promise_date = t('outcomeForm.required');
      if (!promiseAmount.trim()) problems.promise_amount = t('outcomeForm.required');
      else if (amount === null || amount <= 0) problems.promise_amount = t('outcomeForm.positive');
      input.promise_date = promiseDate;
      if (amount !== null) input.promise_amount = amount;
    }
    if (outcome === 'sale') {
      const amount = parseTypedNumber(saleAmount);
      if (!saleAmount.trim()) problems.sale_amount = t('outcomeForm.required');
      else if (amount === null || amount <= 0) problems.sale_amount = t('outcomeForm.positive');
      if (amount !== null) input.sale_amount = amount;
    }
    if (outcome === 'callback_requested') {
      const at = zonedIso(callbackAt, timeZone);
      if (!at) problems.callback_at = t('outcomeForm.required');
      else input.callback_at = at;
    }
    setMissing(problems);
    if (Object.keys(problems).length > 0) return;
    if (note.trim()) input.note = note.trim();
    record.mutate(
      { itemId: item.id, input },
      {
        onSuccess: () => {
          notifySuccess(t('outcomeForm.saved', { outcome: t(`outcome.${outcome}`) }));
          onRecorded(item, outcome);
        },
        onError: (error) => {
          if (isApiError(error) && error.status === 409) {
            notifyError(errorText(error));
            onConflict();
          }
        },
      },
    );
  };

  const generalError =
    record.error && !(isApiError(record.error) && record.error.status === 409) && Object.keys(serverErrors).length === 0
      ? errorText(record.error)
      : null;

  return (
    <Card withBorder radius="md" padding="lg" data-testid="outcome-form" data-outcome={outcome ?? ''}>
      <form ref={formRef} onSubmit={submit} noValidate>
        <Stack gap="md">
          <Group justify="space-between" wrap="wrap">
            <Title order={3} size="h4">
              {t('outcomeForm.title')}
            </Title>
            {item.phone_masked ? (
              <Text size="sm" c="dimmed">
                <Ltr mono>{item.phone_masked}</Ltr>
              </Text>
            ) : null}
          </Group>
          <SimpleGrid
            cols={{ base: 1, xs: 2, md: 3 }}
            spacing="xs"
            role="radiogroup"
            aria-label={t('outcomeForm.outcome')}
          >
            {choices.map((value, index) => {
              const selected = outcome === value;
              return (
                <Button
                  key={value}
                  type="button"
                  role="radio"
                  aria-checked={selected}
                  variant={selected ? 'filled' : 'default'}
                  color={outcomeColor[value] ?? 'blue'}
                  justify="space-between"
                  h="auto"
                  py={8}
                  styles={{ label: { whiteSpace: 'normal', textAlign: 'start' } }}
                  rightSection={<Kbd size="xs">{index + 1}</Kbd>}
                  onClick={() => choose(value)}
                  data-outcome={value}
                  title={t(`outcomeHint.${value}`)}
                >
                  {t(`outcome.${value}`)}
                </Button>
              );
            })}
          </SimpleGrid>
          {outcome ? (
            <Text size="sm" c="dimmed" data-testid="outcome-hint">
              {t(`outcomeHint.${outcome}`)}
            </Text>
          ) : null}

          {outcome === 'promise_to_pay' ? (
            <Group grow align="flex-start" wrap="wrap">
              <DateField
                name="promise_date"
                label={t('outcomeForm.promiseDate')}
                required
                hijri
                w="auto"
                value={promiseDate}
                onChange={setPromiseDate}
                error={errors.promise_date}
                testId="promise-date"
              />
              <TextInput
                name="promise_amount"
                label={t('outcomeForm.promiseAmount')}
                description={<Ltr>{formatMoney(item.amount, item.currency, locale)}</Ltr>}
                required
                dir="ltr"
                inputMode="decimal"
                value={promiseAmount}
                onChange={(event) => setPromiseAmount(event.currentTarget.value)}
                error={errors.promise_amount}
              />
            </Group>
          ) : null}

          {outcome === 'sale' ? (
            <TextInput
              name="sale_amount"
              label={t('outcomeForm.saleAmount')}
              description={item.currency}
              required
              dir="ltr"
              inputMode="decimal"
              value={saleAmount}
              onChange={(event) => setSaleAmount(event.currentTarget.value)}
              error={errors.sale_amount}
              data-testid="sale-amount"
            />
          ) : null}

          {outcome === 'callback_requested' ? (
            <Group gap="xs" align="flex-start" wrap="nowrap">
              <DateField
                label={t('outcomeForm.callbackAt')}
                description={t('outcomeForm.callbackHint', { zone: timeZoneName(timeZone, locale) })}
                required
                value={callbackAt.slice(0, 10)}
                onChange={(day) => setCallbackAt(`${day}T${callbackAt.slice(11, 16)}`)}
                error={errors.callback_at}
                w={220}
                testId="callback-date"
              />
              <TimePicker
                label={t('outcomeForm.callbackTime')}
                name="callback_time"
                format="24h"
                required
                mt={0}
                value={callbackAt.slice(11, 16)}
                onChange={(time) => time && setCallbackAt(`${callbackAt.slice(0, 10)}T${time.slice(0, 5)}`)}
                w={120}
                dir="ltr"
                data-testid="callback-time"
              />
            </Group>
          ) : null}

          <FreeText
            name="note"
            label={t('outcomeForm.note')}
            placeholder={t('outcomeForm.notePlaceholder')}
            minRows={2}
            maxRows={5}
            maxLength={1000}
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
            error={errors.note}
          />
          {generalError ? (
            <Alert color="red" role="alert">
              {generalError}
            </Alert>
          ) : null}
          <Group justify="flex-end">
            <Button
              type="submit"
              leftSection={<IconDeviceFloppy size={18} />}
              disabled={!outcome}
              loading={record.isPending}
              data-testid="save-outcome"
            >
              {t('outcomeForm.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
