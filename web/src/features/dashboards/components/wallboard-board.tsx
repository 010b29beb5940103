import { Badge, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../i18n';
import { elapsedSeconds } from '../../telephony/domain/timing';
import { useNow } from '../../telephony/hooks/use-now';
import type { WallboardAnswer, WallboardDay, WallboardQueue } from '../api/dashboards';
import { abandonTraffic, serviceLevelTraffic, waitTraffic } from '../domain/levels';
import { Count, Duration, Percent, Tile, type TileSize } from './figures';

type Figures = Pick<
  WallboardQueue,
  | 'waiting'
  | 'longest_waiting_since'
  | 'agents'
  | 'service_level'
  | 'sl_target_percent'
  | 'asa_seconds'
  | 'abandon_rate'
  | 'aht_seconds'
  | 'answered'
  | 'abandoned'
>;

/** لوحة العرض المباشر — the center in totals, each queue, and the day's tickets and collections. */
export function WallboardBoard({
  board,
  day,
  tv,
}: {
  board: WallboardAnswer;
  day: WallboardDay | undefined;
  tv: boolean;
}) {
  const { t } = useTranslation('dashboards');
  const now = useNow();
  const size: TileSize = tv ? 'tv' : 'md';
  const locale = currentLocale();
  return (
    <Stack gap={tv ? 'xl' : 'lg'} data-testid="wallboard">
      <section data-queue="total">
        <FigureRow figures={board.totals} board={board} now={now} size={size} wide />
        <AgentRow agents={board.totals.agents} size={tv ? 'md' : 'sm'} />
      </section>
      <SimpleGrid cols={{ base: 1, lg: tv ? Math.min(board.queues.length, 3) || 1 : 2 }} spacing={tv ? 'xl' : 'md'}>
        {board.queues.map((queue) => (
          <Stack key={queue.code} gap="xs" data-queue={queue.code}>
            <Group gap="sm">
              <Title order={tv ? 1 : 3} fz={tv ? '2.6rem' : undefined}>
                {locale === 'ar' ? queue.name_ar : queue.name_en}
              </Title>
              <Badge variant="light" color="gray" size={tv ? 'xl' : 'md'} tt="none">
                {t('wallboard.target', { target: queue.sl_target_percent, seconds: queue.sl_seconds })}
              </Badge>
            </Group>
            <FigureRow figures={queue} board={board} now={now} size={tv ? 'md' : 'sm'} />
            <AgentRow agents={queue.agents} size="sm" />
          </Stack>
        ))}
      </SimpleGrid>
      {day ? <DayRow day={day} size={tv ? 'md' : 'sm'} /> : null}
    </Stack>
  );
}

function FigureRow({
  figures,
  board,
  now,
  size,
  wide = false,
}: {
  figures: Figures;
  board: WallboardAnswer;
  now: number;
  size: TileSize;
  /** The whole width: the eight figures in one row on a large screen; a queue's in two rows of four. */
  wide?: boolean;
}) {
  const { t } = useTranslation('dashboards');
  // The longest wait grows between events: counted here each second on the server's clock.
  const longest = figures.longest_waiting_since ? elapsedSeconds(figures.longest_waiting_since, now, board.skewMs) : 0;
  return (
    <SimpleGrid cols={wide ? { base: 2, sm: 4, lg: 8 } : { base: 2, sm: 4 }} spacing="sm">
      <Tile
        figure="waiting"
        label={t('figures.waiting')}
        size={size}
        traffic={figures.waiting > 0 ? waitTraffic(longest, board.thresholds.max_wait_seconds) : 'green'}
      >
        <Count value={figures.waiting} />
      </Tile>
      <Tile
        figure="longest_wait"
        label={t('figures.longestWait')}
        size={size}
        traffic={waitTraffic(longest, board.thresholds.max_wait_seconds)}
      >
        <Duration seconds={longest} />
      </Tile>
      <Tile
        figure="service_level"
        label={t('figures.serviceLevel')}
        hint={t('definitions.serviceLevel')}
        size={size}
        traffic={serviceLevelTraffic(figures.service_level, figures.sl_target_percent)}
      >
        <Percent value={figures.service_level} />
      </Tile>
      <Tile
        figure="abandon_rate"
        label={t('figures.abandonRate')}
        hint={t('definitions.abandonRate')}
        size={size}
        traffic={abandonTraffic(figures.abandon_rate, board.thresholds.max_abandon_percent)}
      >
        <Percent value={figures.abandon_rate} />
      </Tile>
      <Tile figure="asa_seconds" label={t('figures.asa')} hint={t('definitions.asa')} size={size}>
        <Duration seconds={figures.asa_seconds} />
      </Tile>
      <Tile figure="aht_seconds" label={t('figures.aht')} hint={t('definitions.aht')} size={size}>
        <Duration seconds={figures.aht_seconds} />
      </Tile>
      <Tile figure="answered" label={t('figures.answered')} size={size}>
        <Count value={figures.answered} />
      </Tile>
      <Tile figure="abandoned" label={t('figures.abandoned')} size={size}>
        <Count value={figures.abandoned} />
      </Tile>
    </SimpleGrid>
  );
}

const agentStates = ['available', 'ringing', 'on_call', 'wrap_up', 'break'] as const;
const stateColours: Record<(typeof agentStates)[number], string> = {
  available: 'teal',
  ringing: 'yellow',
  on_call: 'blue',
  wrap_up: 'cyan',
  break: 'orange',
};

function AgentRow({ agents, size }: { agents: Figures['agents']; size: TileSize }) {
  const { t } = useTranslation('dashboards');
  return (
    <Group gap={size === 'md' ? 'lg' : 'sm'} mt="xs" data-testid="agents-by-state">
      {agentStates.map((state) => (
        <Badge
          key={state}
          variant="light"
          color={stateColours[state]}
          size={size === 'md' ? 'xl' : 'lg'}
          tt="none"
          data-state={state}
          fz={size === 'md' ? '1.4rem' : undefined}
          h={size === 'md' ? 44 : undefined}
        >
          {t(`states.${state}`)}: <Count value={agents[state]} />
        </Badge>
      ))}
    </Group>
  );
}

function DayRow({ day, size }: { day: WallboardDay; size: TileSize }) {
  const { t } = useTranslation('dashboards');
  const c = day.collections;
  return (
    <Stack gap="xs" data-testid="wallboard-day">
      <Text fw={700} fz={size === 'md' ? '1.8rem' : 'lg'}>
        {t('wallboard.dayTitle')}
      </Text>
      <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} spacing="sm">
        <Tile figure="tickets_open" label={t('figures.ticketsOpen')} size={size}>
          <Count value={day.tickets.open} />
        </Tile>
        <Tile
          figure="tickets_breached"
          label={t('figures.ticketsBreached')}
          size={size}
          traffic={day.tickets.breached > 0 ? 'red' : 'green'}
        >
          <Count value={day.tickets.breached} />
        </Tile>
        <Tile
          figure="tickets_near_sla"
          label={t('figures.ticketsNearSla')}
          size={size}
          traffic={day.tickets.near_sla > 0 ? 'amber' : 'green'}
        >
          <Count value={day.tickets.near_sla} />
        </Tile>
        <Tile figure="installments_paid" label={t('figures.installmentsPaid')} size={size}>
          <Count value={c.installments_paid_today_by_due_date} /> / <Count value={c.installments_due_today} />
        </Tile>
        <Tile figure="collection_rate" label={t('figures.collectionRate')} size={size}>
          <Percent value={c.collection_rate_30d === null ? null : c.collection_rate_30d / 100} />
        </Tile>
        <Tile figure="promises_today" label={t('figures.promisesToday')} size={size}>
          <Count value={c.promises_made_today} />
        </Tile>
      </SimpleGrid>
    </Stack>
  );
}
