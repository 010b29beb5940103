import { Badge, Box, Card, Group, Stack, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../i18n';
import { Ltr } from '../../../ui/ltr';
import { useAgentTimeline, type AgentTimeline } from '../api/calls';
import { formatClock, formatDuration } from './format-duration';

type State = keyof AgentTimeline['totals'];
const states: State[] = ['available', 'ringing', 'on_call', 'hold', 'wrap_up', 'break', 'offline'];
const colors: Record<State, string> = {
  available: 'teal',
  ringing: 'cyan',
  on_call: 'blue',
  hold: 'yellow',
  wrap_up: 'violet',
  break: 'orange',
  offline: 'gray',
};

/**
 * يوم الموظف — an agent's states over a day (SPEC A1): a bar from the start of the day (on the
 * reading side: the right in Arabic) and the time in each state, breaks by reason.
 */
export function AgentDay({ agent, date, timeZone }: { agent: string; date: string; timeZone?: string }) {
  const { t } = useTranslation('calls');
  const locale = currentLocale();
  const timeline = useAgentTimeline(agent, date);
  const day = timeline.data;
  if (!day) return null;
  const span = new Date(day.day_end).getTime() - new Date(day.day_start).getTime();
  const known = states.filter((s) => day.totals[s] > 0);
  return (
    <Card withBorder radius="md" padding="sm" data-testid="agent-day">
      <Stack gap="xs">
        <Text fw={600} size="sm">
          {t('day.title')} <Ltr>{agent}</Ltr> · <Ltr>{date}</Ltr>
        </Text>
        {day.segments.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('day.empty')}
          </Text>
        ) : (
          <>
            <Box
              style={{ position: 'relative', height: 14, borderRadius: 4, overflow: 'hidden' }}
              bg="var(--mantine-color-gray-1)"
              data-testid="agent-day-bar"
            >
              {day.segments.map((s) => {
                const from = new Date(s.from).getTime() - new Date(day.day_start).getTime();
                return (
                  <Tooltip
                    key={s.from}
                    label={`${t(`day.states.${s.state}`)} ${formatClock(s.from, timeZone)}–${formatClock(s.to, timeZone)}`}
                  >
                    <Box
                      style={{
                        position: 'absolute',
                        insetBlock: 0,
                        insetInlineStart: `${(from / span) * 100}%`,
                        width: `${Math.max(0.2, ((s.seconds * 1000) / span) * 100)}%`,
                      }}
                      bg={`var(--mantine-color-${colors[s.state]}-5)`}
                    />
                  </Tooltip>
                );
              })}
            </Box>
            <Group gap="xs" data-testid="agent-day-totals">
              {known.map((s) => (
                <Badge key={s} variant="light" color={colors[s]} data-state={s} tt="none">
                  {t(`day.states.${s}`)} <Ltr>{formatDuration(day.totals[s])}</Ltr>
                </Badge>
              ))}
              {day.break_reasons.map((b) => (
                <Badge key={`break-${b.reason ?? ''}`} variant="outline" color="orange" tt="none">
                  <bdi>{(locale === 'ar' ? b.name_ar : b.name_en) ?? b.reason ?? t('day.states.break')}</bdi>{' '}
                  <Ltr>{formatDuration(b.seconds)}</Ltr>
                </Badge>
              ))}
            </Group>
          </>
        )}
      </Stack>
    </Card>
  );
}
