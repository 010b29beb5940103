import { Badge, Button, Card, Group, SegmentedControl, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconPhoneOutgoing, IconPlayerStop } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../i18n';
import { useErrorText } from '../../../ui/errors';
import { formatDateTime } from '../../../ui/format';
import { Ltr } from '../../../ui/ltr';
import { notifyError, notifySuccess } from '../../../ui/notify';
import {
  dialerModes,
  useDialerCampaigns,
  useStartDialing,
  useStopDialing,
  type DialerCampaign,
  type DialerMode,
} from '../api/dialer';

const figureKeys = {
  dialLevel: 'figures.dialLevel',
  answerRate: 'figures.answerRate',
  abandonRate: 'figures.abandonRate',
  placed: 'figures.placed',
  answered: 'figures.answered',
  unanswered: 'figures.unanswered',
} as const;

const percent = (value: number | null) => (value === null ? '—' : `${(value * 100).toFixed(1)}%`);

/**
 * الاتصال الآلي بالكشف (SPEC T3, issue #13 part 7): the supervisor starts or stops dialing a phone
 * list in a mode and watches it live — dial level, answer and abandon rates today, the agents and
 * their states, the calls up.
 */
export function DialerPanel({ listId, timeZone }: { listId: string; timeZone: string | undefined }) {
  const { t } = useTranslation('dialer');
  const campaigns = useDialerCampaigns(true);
  const campaign = campaigns.data?.campaigns.find((c) => c.list_id === listId) ?? null;
  const [mode, setMode] = useState<DialerMode>(campaign?.mode ?? 'progressive');
  const start = useStartDialing();
  const stop = useStopDialing();
  const errorText = useErrorText();

  return (
    <Card withBorder radius="md" padding="md" data-testid="dialer-panel" data-running={campaign ? 'yes' : 'no'}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap" gap="sm">
          <Group gap="xs">
            <Title order={4} size="h5">
              {t('title')}
            </Title>
            <Badge color={campaign ? 'green' : 'gray'} data-testid="dialer-state">
              {campaign ? `${t('running')} · ${t(`modes.${campaign.mode}`)}` : t('stopped')}
            </Badge>
          </Group>
          <Group gap="xs" wrap="wrap">
            <SegmentedControl
              size="xs"
              aria-label={t('mode')}
              value={mode}
              onChange={(v) => setMode(v as DialerMode)}
              data={dialerModes.map((m) => ({ value: m, label: t(`modes.${m}`) }))}
              data-testid="dialer-mode"
            />
            <Button
              size="xs"
              leftSection={<IconPhoneOutgoing size={14} />}
              loading={start.isPending}
              data-action="dialer-start"
              onClick={() =>
                start.mutate(
                  { listId, mode },
                  {
                    onSuccess: () => notifySuccess(t('started')),
                    onError: (error) => notifyError(errorText(error)),
                  },
                )
              }
            >
              {campaign ? t('change') : t('start')}
            </Button>
            {campaign ? (
              <Button
                size="xs"
                color="red"
                variant="light"
                leftSection={<IconPlayerStop size={14} />}
                loading={stop.isPending}
                data-action="dialer-stop"
                onClick={() =>
                  stop.mutate(listId, {
                    onSuccess: () => notifySuccess(t('stoppedDone')),
                    onError: (error) => notifyError(errorText(error)),
                  })
                }
              >
                {t('stop')}
              </Button>
            ) : null}
          </Group>
        </Group>
        {campaign ? <CampaignFigures campaign={campaign} timeZone={timeZone} /> : null}
      </Stack>
    </Card>
  );
}

function CampaignFigures({ campaign, timeZone }: { campaign: DialerCampaign; timeZone: string | undefined }) {
  const { t } = useTranslation('dialer');
  const locale = currentLocale();
  const figures: [keyof typeof figureKeys, string][] = [
    ['dialLevel', campaign.dial_level.toFixed(2)],
    ['answerRate', percent(campaign.answer_rate)],
    ['abandonRate', percent(campaign.abandon_rate)],
    ['placed', String(campaign.placed)],
    ['answered', String(campaign.answered)],
    ['unanswered', String(campaign.unanswered)],
  ];
  return (
    <Stack gap="sm">
      {campaign.blocked ? (
        <Text size="sm" c="orange.8" data-testid="dialer-blocked">
          {t('outsideWindow')}
        </Text>
      ) : null}
      <SimpleGrid cols={{ base: 2, sm: 3, md: 6 }} spacing="xs">
        {figures.map(([name, value]) => (
          <Stack key={name} gap={0} data-figure={name}>
            <Text size="xs" c="dimmed">
              {t(figureKeys[name])}
            </Text>
            <Text fw={700}>
              <Ltr>{value}</Ltr>
            </Text>
          </Stack>
        ))}
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            {t('agents')}
          </Text>
          {campaign.agents.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('noAgents')}
            </Text>
          ) : (
            <Table withRowBorders={false} data-testid="dialer-agents">
              <Table.Tbody>
                {campaign.agents.map((a) => (
                  <Table.Tr key={a.agent} data-agent={a.agent} data-state={a.state}>
                    <Table.Td>
                      <Ltr mono>{a.agent}</Ltr>
                    </Table.Td>
                    <Table.Td>
                      <Badge variant="light" tt="none">
                        {t(`state.${a.state}`, { defaultValue: a.state })}
                      </Badge>
                      {a.on_campaign_call ? (
                        <Text span size="xs" c="dimmed" ms="xs">
                          {t('onCampaignCall')}
                        </Text>
                      ) : null}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Stack>
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            {t('calls')}
          </Text>
          {campaign.calls.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('noCalls')}
            </Text>
          ) : (
            <Table withRowBorders={false} data-testid="dialer-calls">
              <Table.Tbody>
                {campaign.calls.map((c) => (
                  <Table.Tr key={c.call_id} data-status={c.status}>
                    <Table.Td>
                      <Ltr mono>{c.agent}</Ltr>
                    </Table.Td>
                    <Table.Td>{t(`callStatus.${c.status}`, { defaultValue: c.status })}</Table.Td>
                    <Table.Td>
                      <bdi>{formatDateTime(c.started_at, locale, timeZone)}</bdi>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Stack>
      </SimpleGrid>
    </Stack>
  );
}
