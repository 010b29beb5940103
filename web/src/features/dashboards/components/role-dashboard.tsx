import '@mantine/charts/styles.layer.css';
import { BarChart } from '@mantine/charts';
import { Badge, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../i18n';
import { formatMoney } from '../../../ui/format';
import { Ltr } from '../../../ui/ltr';
import { ErrorBlock, LoadingBlock } from '../../../ui/query-state';
import { useSession } from '../../auth/api/session';
import { useSettingValue } from '../../settings/api/settings';
import { StateBadge } from '../../telephony/components/state-badge';
import { elapsedSeconds, type AgentState } from '../../telephony/domain/timing';
import { useNow } from '../../telephony/hooks/use-now';
import {
  useAgentDashboard,
  useCenterDashboard,
  useTeamDashboard,
  type AgentDashboard,
  type CenterDashboard,
  type TeamAnswer,
} from '../api/dashboards';
import { targetTraffic, serviceLevelTraffic } from '../domain/levels';
import { Count, Duration, Percent, Tile } from './figures';

// لوحة الدور — the home page's dashboard: the agent's day against his targets, the supervisor's
// team now, the manager's center today and its week. Reloaded by the live socket's events.

export function RoleDashboard() {
  const { role } = useSession().user;
  const agent = role === 'agent';
  const team = role === 'supervisor';
  const center = role === 'manager' || role === 'admin';
  const agentDay = useAgentDashboard(agent);
  const teamNow = useTeamDashboard(team);
  const centerDay = useCenterDashboard(center);
  const query = agent ? agentDay : team ? teamNow : center ? centerDay : null;
  if (!query) return null;
  if (query.isPending) return <LoadingBlock />;
  if (query.isError) return <ErrorBlock error={query.error} onRetry={() => void query.refetch()} />;
  if (agent && agentDay.data) return <AgentDay data={agentDay.data} />;
  if (team && teamNow.data) return <TeamNow data={teamNow.data} />;
  if (center && centerDay.data) return <CenterToday data={centerDay.data} />;
  return null;
}

function AgentDay({ data }: { data: AgentDashboard }) {
  const { t } = useTranslation(['dashboards', 'collections']);
  const currency = useSettingValue('currency');
  const locale = currentLocale();
  return (
    <Card withBorder padding="lg" radius="lg" data-testid="agent-dashboard">
      <Stack>
        <Title order={3}>{t('agent.title')}</Title>
        <SimpleGrid cols={{ base: 2, sm: 3, md: 5 }} spacing="sm">
          <Tile
            figure="handled"
            label={t('agent.handled')}
            size="md"
            traffic={targetTraffic(data.calls.handled, data.targets.calls, 'atLeast')}
            footer={t('agent.ofTarget', { target: data.targets.calls })}
          >
            <Count value={data.calls.handled} />
          </Tile>
          <Tile
            figure="aht_seconds"
            label={t('agent.aht')}
            hint={t('definitions.aht')}
            size="md"
            traffic={targetTraffic(data.calls.aht_seconds, data.targets.aht_seconds, 'atMost')}
            footer={
              <>
                {t('agent.ahtTarget')} <Duration seconds={data.targets.aht_seconds} />
              </>
            }
          >
            <Duration seconds={data.calls.aht_seconds} />
          </Tile>
          <Tile figure="attempts" label={t('agent.attempts')} size="md">
            <Count value={data.work.attempts} />
          </Tile>
          <Tile figure="promises" label={t('agent.promises')} size="md">
            <Count value={data.work.promises} />
          </Tile>
          <Tile
            figure="my_tickets"
            label={t('agent.myTickets')}
            size="md"
            traffic={data.tickets.breached > 0 ? 'red' : data.tickets.near_sla > 0 ? 'amber' : undefined}
          >
            <Count value={data.tickets.open} />
          </Tile>
        </SimpleGrid>
        {data.work.promises > 0 ? (
          <Text size="sm" c="dimmed" data-testid="promised-amount">
            {t('agent.promises')} {t('agent.promisedAmount')}{' '}
            <Ltr>{formatMoney(data.work.promised_amount, currency, locale)}</Ltr>
          </Text>
        ) : null}
        <Stack gap={6}>
          <Text fw={600}>{t('agent.outcomes')}</Text>
          {data.work.outcomes.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('agent.noOutcomes')}
            </Text>
          ) : (
            <Group gap="xs" data-testid="agent-outcomes">
              {data.work.outcomes.map((o) => (
                <Badge key={o.outcome} variant="light" tt="none" size="lg" data-outcome={o.outcome}>
                  {t(`collections:outcome.${o.outcome}`, { defaultValue: o.outcome })}: <Count value={o.count} />
                </Badge>
              ))}
            </Group>
          )}
        </Stack>
      </Stack>
    </Card>
  );
}

function TeamNow({ data }: { data: TeamAnswer }) {
  const { t } = useTranslation('dashboards');
  const now = useNow();
  const skewMs = data.skewMs;
  return (
    <Card withBorder padding="lg" radius="lg" data-testid="team-dashboard">
      <Stack>
        <Group justify="space-between">
          <Title order={3}>{t('team.title')}</Title>
          <Text c="dimmed">{data.teams.length ? data.teams.join('، ') : t('team.wholeCenter')}</Text>
        </Group>
        <SimpleGrid cols={{ base: 2, sm: 5 }} spacing="sm">
          {(['available', 'ringing', 'on_call', 'wrap_up', 'break'] as const).map((state) => (
            <Tile key={state} figure={`state_${state}`} label={t(`states.${state}`)} size="sm">
              <Count value={data.agents_by_state[state]} />
            </Tile>
          ))}
        </SimpleGrid>
        <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
          <Tile figure="answered" label={t('figures.answered')} size="sm">
            <Count value={data.answered} />
          </Tile>
          <Tile figure="asa_seconds" label={t('figures.asa')} hint={t('definitions.asa')} size="sm">
            <Duration seconds={data.asa_seconds} />
          </Tile>
          <Tile figure="aht_seconds" label={t('figures.aht')} hint={t('definitions.aht')} size="sm">
            <Duration seconds={data.aht_seconds} />
          </Tile>
          <Tile figure="avg_talk_seconds" label={t('figures.avgTalk')} size="sm">
            <Duration seconds={data.avg_talk_seconds} />
          </Tile>
        </SimpleGrid>
        {data.agents.length === 0 ? (
          <Text c="dimmed">{t('team.empty')}</Text>
        ) : (
          <Table striped data-testid="team-agents">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('team.agent')}</Table.Th>
                <Table.Th>{t('team.state')}</Table.Th>
                <Table.Th>{t('team.handled')}</Table.Th>
                <Table.Th>{t('team.aht')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.agents.map((a) => (
                <Table.Tr key={a.agent} data-agent={a.agent}>
                  <Table.Td>{a.name}</Table.Td>
                  <Table.Td>
                    <StateBadge
                      state={a.state as AgentState}
                      reasonName={null}
                      seconds={elapsedSeconds(a.since, now, skewMs)}
                    />
                  </Table.Td>
                  <Table.Td data-column="handled">
                    <Count value={a.handled} />
                  </Table.Td>
                  <Table.Td data-column="aht_seconds">
                    <Duration seconds={a.aht_seconds} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Card>
  );
}

function CenterToday({ data }: { data: CenterDashboard }) {
  const { t } = useTranslation('dashboards');
  const locale = currentLocale();
  const rtl = locale === 'ar';
  const c = data.collections;
  return (
    <Card withBorder padding="lg" radius="lg" data-testid="center-dashboard">
      <Stack>
        <Title order={3}>{t('center.title')}</Title>
        <Text fw={600}>{t('center.calls')}</Text>
        <SimpleGrid cols={{ base: 2, sm: 3, md: 6 }} spacing="sm">
          <Tile figure="offered" label={t('figures.offered')} size="sm">
            <Count value={data.calls.offered} />
          </Tile>
          <Tile figure="answered" label={t('figures.answered')} size="sm">
            <Count value={data.calls.answered} />
          </Tile>
          <Tile
            figure="service_level"
            label={t('figures.serviceLevel')}
            hint={t('definitions.serviceLevel')}
            size="sm"
            traffic={serviceLevelTraffic(data.calls.service_level, 80)}
          >
            <Percent value={data.calls.service_level} />
          </Tile>
          <Tile figure="abandon_rate" label={t('figures.abandonRate')} hint={t('definitions.abandonRate')} size="sm">
            <Percent value={data.calls.abandon_rate} />
          </Tile>
          <Tile figure="asa_seconds" label={t('figures.asa')} hint={t('definitions.asa')} size="sm">
            <Duration seconds={data.calls.asa_seconds} />
          </Tile>
          <Tile figure="aht_seconds" label={t('figures.aht')} hint={t('definitions.aht')} size="sm">
            <Duration seconds={data.calls.aht_seconds} />
          </Tile>
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md">
          <Stack gap={6}>
            <Text fw={600}>{t('center.collections')}</Text>
            <SimpleGrid cols={3} spacing="xs">
              <Tile figure="installments_paid" label={t('figures.installmentsPaid')} size="sm">
                <Count value={c.installments_paid_today_by_due_date} /> / <Count value={c.installments_due_today} />
              </Tile>
              <Tile figure="collection_rate" label={t('figures.collectionRate')} size="sm">
                <Percent value={c.collection_rate_30d === null ? null : c.collection_rate_30d / 100} />
              </Tile>
              <Tile figure="promises_today" label={t('figures.promisesToday')} size="sm">
                <Count value={c.promises_made_today} />
              </Tile>
            </SimpleGrid>
          </Stack>
          <Stack gap={6}>
            <Text fw={600}>{t('center.sms')}</Text>
            <SimpleGrid cols={3} spacing="xs">
              <Tile figure="sms_sent" label={t('figures.smsSent')} size="sm">
                <Count value={data.sms.sent} />
              </Tile>
              <Tile figure="sms_delivered" label={t('figures.smsDelivered')} size="sm">
                <Count value={data.sms.delivered} />
              </Tile>
              <Tile
                figure="sms_failed"
                label={t('figures.smsFailed')}
                size="sm"
                traffic={data.sms.failed > 0 ? 'amber' : undefined}
              >
                <Count value={data.sms.failed} />
              </Tile>
            </SimpleGrid>
          </Stack>
          <Stack gap={6}>
            <Text fw={600}>{t('center.tickets')}</Text>
            <SimpleGrid cols={3} spacing="xs">
              <Tile figure="tickets_open" label={t('figures.ticketsOpen')} size="sm">
                <Count value={data.tickets.open} />
              </Tile>
              <Tile
                figure="tickets_near_sla"
                label={t('figures.ticketsNearSla')}
                size="sm"
                traffic={data.tickets.near_sla > 0 ? 'amber' : undefined}
              >
                <Count value={data.tickets.near_sla} />
              </Tile>
              <Tile
                figure="tickets_breached"
                label={t('figures.ticketsBreached')}
                size="sm"
                traffic={data.tickets.breached > 0 ? 'red' : undefined}
              >
                <Count value={data.tickets.breached} />
              </Tile>
            </SimpleGrid>
          </Stack>
        </SimpleGrid>
        <Stack gap={6} data-testid="center-week">
          <Text fw={600}>{t('center.week')}</Text>
          <BarChart
            h={220}
            data={data.week.map((d) => ({
              // Month-day, as the table's dates read.
              day: d.day.slice(5),
              offered: d.offered,
              answered: d.answered,
            }))}
            dataKey="day"
            series={[
              { name: 'offered', label: t('figures.offered'), color: 'blue.4' },
              { name: 'answered', label: t('figures.answered'), color: 'teal.6' },
            ]}
            withLegend
            xAxisProps={{ reversed: rtl, tick: { fontSize: 11 } }}
            yAxisProps={{ orientation: rtl ? 'right' : 'left', allowDecimals: false }}
          />
          <Table.ScrollContainer minWidth={520}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('center.day')}</Table.Th>
                  <Table.Th>{t('figures.offered')}</Table.Th>
                  <Table.Th>{t('figures.answered')}</Table.Th>
                  <Table.Th>{t('figures.serviceLevel')}</Table.Th>
                  <Table.Th>{t('figures.abandonRate')}</Table.Th>
                  <Table.Th>{t('figures.aht')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.week.map((d) => (
                  <Table.Tr key={d.day} data-day={d.day}>
                    <Table.Td>
                      <Ltr>{d.day}</Ltr>
                    </Table.Td>
                    <Table.Td data-column="offered">
                      <Count value={d.offered} />
                    </Table.Td>
                    <Table.Td>
                      <Count value={d.answered} />
                    </Table.Td>
                    <Table.Td>
                      <Percent value={d.service_level} />
                    </Table.Td>
                    <Table.Td>
                      <Percent value={d.abandon_rate} />
                    </Table.Td>
                    <Table.Td>
                      <Duration seconds={d.aht_seconds} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Stack>
      </Stack>
    </Card>
  );
}
