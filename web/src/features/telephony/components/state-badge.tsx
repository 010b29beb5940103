import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../i18n';
import { Ltr } from '../../../ui/ltr';
import type { BreakReason } from '../api/telephony';
import { formatDuration, stateColour, type Alarm, type AgentState } from '../domain/timing';

/** The name of a break's reason: the manager's list, "by a supervisor" for a forced one, else the code. */
export function useReasonName(reasons: readonly BreakReason[]) {
  const { t } = useTranslation('telephony');
  const ar = currentLocale() === 'ar';
  return (reason: string | null): string | null => {
    if (!reason) return null;
    if (reason.startsWith('forced_by:')) return t('bar.forced');
    const known = reasons.find((r) => r.code === reason);
    return known ? (ar ? known.name_ar : known.name_en) : reason;
  };
}

const alarmColour: Record<Exclude<Alarm, null>, string> = { amber: 'orange.7', red: 'red.7' };

/** An agent's state as a coloured badge (with the break's reason) and the ticking time in it. */
export function StateBadge({
  state,
  reasonName,
  seconds,
  alarm = null,
  testId,
}: {
  state: AgentState;
  reasonName: string | null;
  seconds: number;
  alarm?: Alarm;
  testId?: string;
}) {
  const { t } = useTranslation('telephony');
  return (
    <Group gap={6} wrap="nowrap" data-testid={testId} data-state={state} data-alarm={alarm ?? undefined}>
      <Badge color={stateColour[state]} variant="filled" size="lg" radius="sm">
        {t(`states.${state}`)}
        {reasonName ? ` · ${reasonName}` : ''}
      </Badge>
      <Text
        size="sm"
        fw={600}
        c={alarm ? alarmColour[alarm] : undefined}
        className="tw-mono"
        aria-label={t('bar.timeInState')}
        data-testid={testId ? `${testId}-time` : undefined}
      >
        <Ltr>{formatDuration(seconds)}</Ltr>
      </Text>
    </Group>
  );
}
