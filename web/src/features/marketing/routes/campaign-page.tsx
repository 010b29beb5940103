import { Badge, Button, Card, Group, NumberInput, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconDownload, IconPlayerPause, IconPlayerPlay, IconPlayerStop } from '@tabler/icons-react';
import { getRouteApi } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { canOwnMarketing } from '../../../app/access';
import { useErrorText } from '../../../ui/errors';
import { notifyError, notifySuccess } from '../../../ui/notify';
import { PageHeader } from '../../../ui/page-header';
import { ErrorBlock, LoadingBlock } from '../../../ui/query-state';
import { useSession } from '../../auth/api/session-state';
import {
  resultsExportHref,
  useCampaign,
  useCampaignAction,
  useCampaignResults,
  useRecordResponse,
  type Campaign,
} from '../api/marketing';
import { CampaignStatusBadge } from '../components/campaign-status';
import { ResultsPanel } from '../components/results-panel';

const route = getRouteApi('/signed-in/marketing/campaigns/$id');

function ResponseForm({ campaign }: { campaign: Campaign }) {
  const { t } = useTranslation('marketing');
  const errorText = useErrorText();
  const record = useRecordResponse(campaign.id);
  const [customerNo, setCustomerNo] = useState('');
  const [outcome, setOutcome] = useState<'interested' | 'not_interested' | 'sale'>('interested');
  const [amount, setAmount] = useState<number | string>('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    record.mutate(
      { customer_no: customerNo, outcome, ...(outcome === 'sale' && amount !== '' ? { amount: Number(amount) } : {}) },
      {
        onSuccess: () => {
          notifySuccess(t('results.response.saved'));
          setCustomerNo('');
        },
        onError: (error) => notifyError(errorText(error)),
      },
    );
  };
  return (
    <Card withBorder radius="md" padding="lg">
      <Title order={3} size="h5">
        {t('results.response.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('results.response.hint')}
      </Text>
      <form onSubmit={submit} noValidate>
        <Group align="flex-end" wrap="wrap">
          <TextInput
            label={t('results.response.customerNo')}
            dir="ltr"
            maxLength={40}
            value={customerNo}
            onChange={(e) => setCustomerNo(e.currentTarget.value)}
            required
          />
          <Select
            label={t('results.response.outcome')}
            data={(['interested', 'not_interested', 'sale'] as const).map((o) => ({
              value: o,
              label: t(`outcome.${o}`),
            }))}
            value={outcome}
            onChange={(v) => v && setOutcome(v as typeof outcome)}
            allowDeselect={false}
          />
          {outcome === 'sale' ? (
            <NumberInput label={t('results.response.amount')} min={0} value={amount} onChange={setAmount} required />
          ) : null}
          <Button type="submit" loading={record.isPending} disabled={!customerNo.trim()}>
            {t('results.response.save')}
          </Button>
        </Group>
      </form>
    </Card>
  );
}

/** A campaign: its set-up, its state, and its results with charts, A/B and XLSX. */
export function CampaignPage() {
  const { id } = route.useParams();
  const { t } = useTranslation('marketing');
  const errorText = useErrorText();
  const { user } = useSession();
  const campaign = useCampaign(id);
  const results = useCampaignResults(id);
  const action = useCampaignAction(id);
  if (campaign.error) return <ErrorBlock error={campaign.error} onRetry={() => void campaign.refetch()} />;
  if (!campaign.data) return <LoadingBlock />;
  const c = campaign.data;
  const owner = canOwnMarketing(user.role);
  const run = (a: 'launch' | 'pause' | 'end') =>
    action.mutate(a, {
      onSuccess: () => {
        if (a === 'launch') notifySuccess(t('campaigns.launched'));
        void results.refetch();
      },
      onError: (error) => notifyError(errorText(error)),
    });
  return (
    <Stack gap="md" maw={1200}>
      <PageHeader
        title={c.name}
        subtitle={c.offer_name}
        actions={
          <Group gap="xs">
            {owner && (c.status === 'draft' || c.status === 'paused') ? (
              <Button
                leftSection={<IconPlayerPlay size={16} />}
                onClick={() => run('launch')}
                loading={action.isPending}
                data-testid="campaign-launch"
              >
                {c.status === 'draft' ? t('campaigns.actions.launch') : t('campaigns.actions.resume')}
              </Button>
            ) : null}
            {owner && c.status === 'running' ? (
              <Button
                variant="light"
                color="orange"
                leftSection={<IconPlayerPause size={16} />}
                onClick={() => run('pause')}
              >
                {t('campaigns.actions.pause')}
              </Button>
            ) : null}
            {owner && c.status !== 'ended' ? (
              <Button
                variant="subtle"
                color="red"
                leftSection={<IconPlayerStop size={16} />}
                onClick={() => run('end')}
              >
                {t('campaigns.actions.end')}
              </Button>
            ) : null}
            <Button
              component="a"
              href={resultsExportHref(c.id)}
              variant="default"
              leftSection={<IconDownload size={16} />}
              data-testid="campaign-export"
            >
              {t('campaigns.actions.export')}
            </Button>
          </Group>
        }
      />
      <Card withBorder radius="md" padding="lg" data-testid="campaign-details">
        <Group gap="sm" wrap="wrap">
          <CampaignStatusBadge status={c.status} />
          {c.channels.map((ch) => (
            <Badge key={ch} variant="light">
              {t(`campaigns.channel.${ch}`)}
            </Badge>
          ))}
          <Text size="sm">
            {t('campaigns.columns.list')}: <bdi>{c.list.source}</bdi> —{' '}
            {c.list.approved_by
              ? t('campaigns.listStatus.approved', { who: c.list.approved_by_name ?? c.list.approved_by })
              : t('campaigns.listStatus.notApproved')}
          </Text>
        </Group>
        <Text size="sm" c="dimmed" mt="xs">
          {c.allow_repeats ? t('campaigns.repeats') : t('campaigns.once')}{' '}
          {t('campaigns.rates', { sms: c.sms_per_minute, email: c.email_per_minute })}
        </Text>
      </Card>
      <Title order={3}>{t('results.title')}</Title>
      {results.error ? (
        <ErrorBlock error={results.error} onRetry={() => void results.refetch()} />
      ) : !results.data ? (
        <LoadingBlock />
      ) : (
        <ResultsPanel results={results.data} />
      )}
      {owner && c.status !== 'draft' && c.channels.some((ch) => ch !== 'phone') ? <ResponseForm campaign={c} /> : null}
    </Stack>
  );
}
