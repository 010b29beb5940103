import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Divider,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Tabs,
  Text,
  TextInput,
  Textarea,
  UnstyledButton,
} from '@mantine/core';
import { IconAlarm, IconCheck, IconHandStop, IconMessageCircle } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../i18n';
import { useErrorText } from '../../../ui/errors';
import { Ltr } from '../../../ui/ltr';
import { notifyError, notifySuccess } from '../../../ui/notify';
import { useShortcuts } from '../../../ui/shortcuts';
import { useHold } from '../api/telephony';
import { KeyButton } from '../components/key-button';
import type { AgentState } from '../domain/timing';
import { useNow } from '../hooks/use-now';
import {
  callOutcomes,
  callPurposes,
  closingItems,
  useCallProtocol,
  usePhrases,
  useRecordOutcome,
  useRecordStep,
  type CallOutcome,
  type CallProtocolAnswer,
  type CallPurpose,
  type Phrase,
  type PhraseKind,
  type ProtocolStep,
} from './api';
import { fillPhrase, holdCountdown, secondsSince, type PhraseValues } from './domain';
import { setHoldKeyHandler } from './hold-key';

/** The protocol's own keys, beside the telephone's F2/F4/F8/F9 (function keys work while typing a note). */
export const protocolKeys = { greeted: 'F3', nextClosing: 'F10' } as const;

const quickKinds = [
  'empathy',
  'positive',
  'callback',
  'escalation',
  'closing',
] as const satisfies readonly PhraseKind[];

/**
 * تعليمات الاتصال — the call-protocol assistant in the screen pop (seed 003): the greeting timer
 * and suggested greeting, the script for the call's purpose, quick phrases, the hold with consent
 * and its countdown, the closing checklist and, in the wrap-up, the outcome.
 */
export function ProtocolPanel({ state }: { state: AgentState }) {
  const { t } = useTranslation('protocol');
  const protocol = useCallProtocol(true);
  const phrases = usePhrases();
  const { refetch } = protocol;
  // The seat changed (answered, held, ended): the call's protocol follows.
  useEffect(() => {
    void refetch();
  }, [state, refetch]);

  if (protocol.isError) {
    return (
      <Text size="sm" c="dimmed" data-testid="protocol-unavailable">
        {t('panel.unavailable')}
      </Text>
    );
  }
  if (!protocol.data || !phrases.data) return null;
  return <Panel state={state} view={protocol.data} phrases={phrases.data.items} />;
}

function Panel({ state, view, phrases }: { state: AgentState; view: CallProtocolAnswer; phrases: Phrase[] }) {
  const { t } = useTranslation('protocol');
  const errorText = useErrorText();
  const ar = currentLocale() === 'ar';
  const now = useNow(500) + view.skewMs;
  const step = useRecordStep();
  const hold = useHold();
  const [reason, setReason] = useState('');
  const [asking, setAsking] = useState<'first' | 'second' | null>(null);
  const fail = (error: unknown) => notifyError(errorText(error));

  const values: PhraseValues = {
    agent: view.greeting_values.agent,
    company: view.greeting_values.company,
    department: ar
      ? view.greeting_values.department
      : (view.greeting_values.department_en ?? view.greeting_values.department),
    reason: reason || view.greeting_values.reason,
    seconds: view.hold_seconds,
  };
  const textOf = (p: Phrase) => fillPhrase(ar ? p.text_ar : p.text_en, values);
  const ofKind = (kind: PhraseKind) => phrases.filter((p) => p.kind === kind);
  const first = (kind: PhraseKind) => ofKind(kind)[0];

  const connected = view.phase === 'connected';
  const has = (s: ProtocolStep) => view.steps.some((x) => x.step === s);
  const last = view.steps.at(-1);
  const held = state === 'hold' || view.hold.held_since !== null;

  const record = (s: ProtocolStep) =>
    step.mutateAsync(s).catch((error) => {
      fail(error);
      throw error;
    });

  // The hold key: consent first, then hold and its countdown; on hold, back with thanks.
  const holdKey = () => {
    if (!connected) return false;
    if (state === 'hold' || view.hold.held_since) {
      void hold
        .mutateAsync(false)
        .then(() => record('hold_returned'))
        .catch(() => undefined);
      return true;
    }
    if (state !== 'on_call') return false;
    if (!asking) {
      setAsking(view.hold.holds > 0 ? 'second' : 'first');
      return true;
    }
    const consent: ProtocolStep = asking === 'second' ? 'second_hold' : 'hold_consent_asked';
    setAsking(null);
    void record(consent)
      .then(() => hold.mutateAsync(true))
      .then(() => record('hold_started'))
      .catch(() => undefined);
    return true;
  };
  useEffect(() => {
    setHoldKeyHandler(holdKey);
    return () => setHoldKeyHandler(null);
  });

  const nextClosing = view.missing_closing[0];
  useShortcuts((key) => {
    if (key === 'f3' && connected && !has('greeted')) {
      void record('greeted').catch(() => undefined);
      return true;
    }
    if (key === 'f10' && nextClosing) {
      void record(nextClosing).catch(() => undefined);
      return true;
    }
    return false;
  });

  return (
    <Stack gap="xs" data-testid="protocol-panel" data-phase={view.phase}>
      <Divider label={t('panel.title')} labelPosition="center" />
      {connected ? (
        <GreetingBlock
          view={view}
          now={now}
          greetings={ofKind('greeting')}
          textOf={textOf}
          reason={reason}
          setReason={setReason}
          onGreeted={() => void record('greeted').catch(() => undefined)}
          busy={step.isPending}
        />
      ) : null}

      {connected ? (
        <HoldBlock
          view={view}
          now={now}
          held={held}
          asking={asking}
          lastStep={last?.step ?? null}
          lastLate={last?.late ?? false}
          lastHold={last?.hold ?? 0}
          phrase={(kind) => {
            const p = first(kind);
            return p ? textOf(p) : '';
          }}
          onHoldKey={holdKey}
          onCancel={() => setAsking(null)}
          onCallbackSuggested={() => void record('callback_suggested').catch(() => undefined)}
          callbackSuggested={has('callback_suggested')}
          busy={step.isPending || hold.isPending}
        />
      ) : null}

      {connected ? <ScriptBlock view={view} scripts={ofKind('script')} textOf={textOf} /> : null}
      {connected ? <QuickPhrases phrases={phrases} textOf={textOf} /> : null}

      <ClosingChecklist
        view={view}
        onTick={(item) => void record(item).catch(() => undefined)}
        busy={step.isPending}
        phrase={(item) => {
          const closing = ofKind('closing');
          const p = item === 'more_help_offered' ? closing[0] : item === 'rating_invited' ? closing[2] : undefined;
          return p ? textOf(p) : null;
        }}
      />

      {view.phase === 'wrap_up' ? <OutcomeForm view={view} /> : null}
    </Stack>
  );
}

function GreetingBlock({
  view,
  now,
  greetings,
  textOf,
  reason,
  setReason,
  onGreeted,
  busy,
}: {
  view: CallProtocolAnswer;
  now: number;
  greetings: Phrase[];
  textOf: (p: Phrase) => string;
  reason: string;
  setReason: (value: string) => void;
  onGreeted: () => void;
  busy: boolean;
}) {
  const { t } = useTranslation('protocol');
  const preferred = greetings.find((g) => g.purpose === view.purpose) ?? greetings[0];
  const [chosen, setChosen] = useState<string | null>(null);
  const greeting = greetings.find((g) => g.id === chosen) ?? preferred;
  const elapsed = secondsSince(view.answered_at, now);
  const target = view.greeting_target_seconds;
  const titleOf = (g: Phrase) => (currentLocale() === 'ar' ? g.title_ar : g.title_en) ?? t('kinds.greeting');

  return (
    <Stack gap={6} data-testid="protocol-greeting">
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm" fw={600}>
          {t('panel.greetingTimer')}
        </Text>
        {view.greeting ? (
          <Badge
            color={view.greeting.on_time ? 'teal' : 'red'}
            variant="light"
            data-testid="protocol-greeted"
            data-on-time={view.greeting.on_time}
          >
            {t('panel.greetedAfter')} <Ltr>{view.greeting.seconds}</Ltr> {t('panel.secondsUnit')} ·{' '}
            {view.greeting.on_time ? t('panel.onTime') : t('panel.late')}
          </Badge>
        ) : (
          <Group gap={6} wrap="nowrap">
            <Badge
              color={elapsed <= target ? 'teal' : 'red'}
              variant="filled"
              size="lg"
              leftSection={<IconAlarm size={14} />}
              data-testid="protocol-greeting-timer"
              data-late={elapsed > target}
            >
              <Ltr mono>{elapsed}</Ltr>
            </Badge>
            <Text size="xs" c="dimmed">
              {t('panel.target')} <Ltr>{target}</Ltr> {t('panel.secondsUnit')}
            </Text>
          </Group>
        )}
      </Group>
      {greeting ? (
        <Paper withBorder p="xs" radius="sm" bg="var(--mantine-color-blue-light)">
          <Stack gap={4}>
            <Group justify="space-between" wrap="nowrap">
              <Text size="xs" c="dimmed">
                {t('panel.suggestedGreeting')}
              </Text>
              {greetings.length > 1 ? (
                <NativeSelect
                  size="xs"
                  aria-label={t('panel.suggestedGreeting')}
                  data={greetings.map((g) => ({ value: g.id, label: titleOf(g) }))}
                  value={greeting.id}
                  onChange={(event) => setChosen(event.currentTarget.value)}
                  data-testid="protocol-greeting-choice"
                />
              ) : null}
            </Group>
            <Text size="sm" data-testid="protocol-greeting-text">
              {textOf(greeting)}
            </Text>
          </Stack>
        </Paper>
      ) : null}
      {greeting?.text_ar.includes('{reason}') ? (
        <TextInput
          size="xs"
          label={t('panel.reason')}
          placeholder={t('panel.reasonPlaceholder')}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          data-testid="protocol-reason"
        />
      ) : null}
      {!view.greeting ? (
        <KeyButton
          keyName={protocolKeys.greeted}
          label={t('panel.greeted')}
          color="teal"
          icon={<IconCheck size={16} />}
          onClick={onGreeted}
          disabled={busy}
          testId="protocol-greet"
        />
      ) : null}
    </Stack>
  );
}

function HoldBlock(props: {
  view: CallProtocolAnswer;
  now: number;
  held: boolean;
  asking: 'first' | 'second' | null;
  lastStep: ProtocolStep | null;
  lastLate: boolean;
  lastHold: number;
  phrase: (kind: PhraseKind) => string;
  onHoldKey: () => void;
  onCancel: () => void;
  onCallbackSuggested: () => void;
  callbackSuggested: boolean;
  busy: boolean;
}) {
  const { t } = useTranslation('protocol');
  const { view, now, phrase } = props;

  if (props.asking) {
    return (
      <Alert
        color="grape"
        icon={<IconHandStop size={18} />}
        title={props.asking === 'second' ? t('hold.askAgainTitle') : t('hold.askTitle')}
        data-testid="protocol-hold-consent"
        data-kind={props.asking}
      >
        <Stack gap={6}>
          <Text size="sm" data-testid="protocol-hold-phrase">
            {phrase(props.asking === 'second' ? 'second_hold' : 'hold')}
          </Text>
          <Group gap="xs">
            <KeyButton
              keyName={t('keys.hold')}
              label={t('hold.agree')}
              color="grape"
              onClick={props.onHoldKey}
              disabled={props.busy}
              testId="protocol-hold-agree"
            />
            <Button size="sm" variant="default" onClick={props.onCancel} data-testid="protocol-hold-cancel">
              {t('hold.cancel')}
            </Button>
          </Group>
        </Stack>
      </Alert>
    );
  }

  if (props.held && view.hold.held_since) {
    const countdown = holdCountdown(Date.parse(view.hold.held_since), now, view.hold_seconds, view.hold.holds);
    const up = countdown.prompt !== 'waiting';
    return (
      <Alert
        color={up ? 'red' : 'grape'}
        icon={<IconAlarm size={18} />}
        title={up ? t('hold.timeUp') : t('hold.counting')}
        data-testid="protocol-hold-countdown"
        data-prompt={countdown.prompt}
      >
        <Stack gap={6}>
          <Group gap="xs">
            <Text size="sm">{t('hold.remaining')}:</Text>
            <Text fw={700} size="lg" data-testid="protocol-hold-remaining">
              <Ltr mono>{Math.max(0, countdown.remaining)}</Ltr>
            </Text>
          </Group>
          {countdown.prompt === 'return_ask_again' ? (
            <>
              <Text size="sm">{t('hold.askAgain')}</Text>
              <Text size="sm" fw={600} data-testid="protocol-second-hold-phrase">
                {phrase('second_hold')}
              </Text>
            </>
          ) : null}
          {countdown.prompt === 'return_suggest_callback' ? (
            <>
              <Text size="sm">{t('hold.suggestCallback')}</Text>
              <Text size="sm" fw={600} data-testid="protocol-callback-phrase">
                {phrase('callback')}
              </Text>
            </>
          ) : null}
        </Stack>
      </Alert>
    );
  }

  if (props.lastStep === 'hold_returned') {
    const secondOrMore = props.lastHold >= 2;
    return (
      <Alert
        color="teal"
        icon={<IconMessageCircle size={18} />}
        title={t('hold.say')}
        data-testid="protocol-hold-return"
        data-late={props.lastLate}
      >
        <Stack gap={6}>
          <Text size="sm" fw={600} data-testid="protocol-return-phrase">
            {props.lastLate ? phrase('late_apology') : phrase('hold_return')}
          </Text>
          {secondOrMore ? (
            <>
              <Text size="sm">{t('hold.suggestCallback')}</Text>
              <Text size="sm" fw={600} data-testid="protocol-callback-phrase">
                {phrase('callback')}
              </Text>
              {!props.callbackSuggested ? (
                <Button
                  size="xs"
                  variant="light"
                  onClick={props.onCallbackSuggested}
                  disabled={props.busy}
                  data-testid="protocol-callback-suggested"
                >
                  {t('hold.callbackSuggested')}
                </Button>
              ) : null}
            </>
          ) : (
            <Group gap="xs">
              <KeyButton
                keyName={t('keys.hold')}
                label={t('hold.secondHold')}
                color="grape"
                variant="light"
                onClick={props.onHoldKey}
                disabled={props.busy}
                testId="protocol-second-hold"
              />
            </Group>
          )}
        </Stack>
      </Alert>
    );
  }
  return null;
}

function ScriptBlock({
  view,
  scripts,
  textOf,
}: {
  view: CallProtocolAnswer;
  scripts: Phrase[];
  textOf: (p: Phrase) => string;
}) {
  const { t } = useTranslation('protocol');
  const [purpose, setPurpose] = useState<CallPurpose>(view.purpose);
  const mine = scripts.filter((s) => s.purpose === purpose);
  const ar = currentLocale() === 'ar';
  return (
    <Stack gap={4} data-testid="protocol-script">
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm" fw={600}>
          {t('panel.script')}
        </Text>
        <NativeSelect
          size="xs"
          aria-label={t('panel.purpose')}
          data={callPurposes.map((p) => ({ value: p, label: t(`purposes.${p}`) }))}
          value={purpose}
          onChange={(event) => setPurpose(event.currentTarget.value as CallPurpose)}
          data-testid="protocol-purpose"
        />
      </Group>
      {mine.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('panel.noScript')}
        </Text>
      ) : (
        mine.map((s) => (
          <Text key={s.id} size="sm" data-testid="protocol-script-text">
            {(ar ? s.title_ar : s.title_en) ? <b>{ar ? s.title_ar : s.title_en}: </b> : null}
            {textOf(s)}
          </Text>
        ))
      )}
    </Stack>
  );
}

function QuickPhrases({ phrases, textOf }: { phrases: Phrase[]; textOf: (p: Phrase) => string }) {
  const { t } = useTranslation('protocol');
  const copy = (text: string) => {
    void navigator.clipboard?.writeText(text).catch(() => undefined);
    notifySuccess(t('panel.copied'));
  };
  return (
    <Tabs defaultValue="empathy" variant="pills" data-testid="protocol-phrases">
      <Text size="sm" fw={600} mb={4}>
        {t('panel.phrases')}
      </Text>
      <Tabs.List>
        {quickKinds.map((kind) => (
          <Tabs.Tab key={kind} value={kind} size="xs" data-testid={`protocol-phrases-${kind}`}>
            {t(`kinds.${kind}`)}
          </Tabs.Tab>
        ))}
      </Tabs.List>
      {quickKinds.map((kind) => (
        <Tabs.Panel key={kind} value={kind} pt={4}>
          <Stack gap={2}>
            {phrases
              .filter((p) => p.kind === kind)
              .map((p) => (
                <UnstyledButton
                  key={p.id}
                  onClick={() => copy(textOf(p))}
                  className="tw-link"
                  data-testid="protocol-phrase"
                >
                  <Text size="sm">{textOf(p)}</Text>
                </UnstyledButton>
              ))}
          </Stack>
        </Tabs.Panel>
      ))}
    </Tabs>
  );
}

function ClosingChecklist({
  view,
  onTick,
  busy,
  phrase,
}: {
  view: CallProtocolAnswer;
  onTick: (item: (typeof closingItems)[number]) => void;
  busy: boolean;
  phrase: (item: (typeof closingItems)[number]) => string | null;
}) {
  const { t } = useTranslation('protocol');
  const next = view.missing_closing[0];
  return (
    <Stack gap={4} data-testid="protocol-closing">
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm" fw={600}>
          {t('closing.title')}
        </Text>
        {next ? (
          <Text size="xs" c="dimmed">
            {t('closing.next')}: <Ltr>{t('keys.nextClosing')}</Ltr>
          </Text>
        ) : null}
      </Group>
      {closingItems.map((item) => {
        const done = !view.missing_closing.includes(item);
        const said = phrase(item);
        return (
          <Checkbox
            key={item}
            checked={done}
            disabled={done || busy}
            onChange={() => (done ? undefined : onTick(item))}
            label={t(`closing.${item}`)}
            description={said && !done ? said : undefined}
            data-testid={`protocol-closing-${item}`}
            data-done={done}
          />
        );
      })}
    </Stack>
  );
}

function OutcomeForm({ view }: { view: CallProtocolAnswer }) {
  const { t } = useTranslation('protocol');
  const errorText = useErrorText();
  const save = useRecordOutcome();
  const [code, setCode] = useState<CallOutcome>((view.outcome?.code as CallOutcome | undefined) ?? 'resolved');
  const [note, setNote] = useState(view.outcome?.note ?? '');
  const answered = view.answered_at !== null;
  const blocked = answered && view.missing_closing.length > 0;
  const rating = useMemo(() => save.data?.rating ?? view.rating, [save.data, view.rating]);

  return (
    <Stack gap={6} data-testid="protocol-outcome">
      <Text size="sm" fw={600}>
        {t('outcome.title')}
      </Text>
      <NativeSelect
        size="sm"
        label={t('outcome.code')}
        data={callOutcomes.map((c) => ({ value: c, label: t(`outcome.codes.${c}`) }))}
        value={code}
        onChange={(event) => setCode(event.currentTarget.value as CallOutcome)}
        data-testid="protocol-outcome-code"
      />
      <Textarea
        size="sm"
        label={t('outcome.note')}
        autosize
        minRows={2}
        maxLength={2000}
        value={note}
        onChange={(event) => setNote(event.currentTarget.value)}
        data-testid="protocol-outcome-note"
      />
      {blocked ? (
        <Text size="xs" c="red" data-testid="protocol-outcome-blocked">
          {t('outcome.needChecklist')}
        </Text>
      ) : null}
      <Button
        size="sm"
        disabled={blocked}
        loading={save.isPending}
        onClick={() =>
          save.mutate(
            { outcome: code, ...(note.trim() ? { note: note.trim() } : {}) },
            {
              onSuccess: () => notifySuccess(t('outcome.saved')),
              onError: (error) => notifyError(errorText(error)),
            },
          )
        }
        data-testid="protocol-outcome-save"
      >
        {t('outcome.save')}
      </Button>
      {view.outcome ? (
        <Text size="sm" c="teal" data-testid="protocol-outcome-saved" data-code={view.outcome.code}>
          {t('outcome.saved')}: {t(`outcome.codes.${view.outcome.code as CallOutcome}`)}
        </Text>
      ) : null}
      {rating ? (
        <Text size="xs" c="dimmed" data-testid="protocol-rating" data-sent={rating.sent}>
          {rating.sent
            ? t('outcome.ratingSent')
            : t('outcome.ratingNotSent', {
                reason: t(`outcome.ratingReasons.${(rating.reason ?? 'refused') as 'refused'}`),
              })}
        </Text>
      ) : null}
    </Stack>
  );
}
