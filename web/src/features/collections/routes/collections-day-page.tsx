import { Alert, Button, Card, Checkbox, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { IconInfoCircle, IconPlayerPlay } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { canDoCollections } from '../../../app/access';
import { currentLocale } from '../../../i18n';
import { useErrorText } from '../../../ui/errors';
import { formatCalendarDate } from '../../../ui/format';
import { notifySuccess } from '../../../ui/notify';
import { PageHeader } from '../../../ui/page-header';
import { ErrorBlock, LoadingBlock } from '../../../ui/query-state';
import { useSession } from '../../auth/api/session';
import { useSettingValue } from '../../settings/api/settings';
import { useKpis, useRunDay, useRuns, type RunSummary } from '../api/collections';
import { DateField } from '../components/date-field';
import { KpiCards } from '../components/kpi-cards';
import { RecentRuns } from '../components/recent-runs';
import { RunSummaryCard } from '../components/run-summary';
import { useBusinessDate } from '../hooks/use-business-date';

/** يوم التحصيل — run the day (managers), its summary, the KPIs and the recent runs. */
export function CollectionsDayPage() {
  const { t } = useTranslation('collections');
  const { user } = useSession();
  const locale = currentLocale();
  const currency = useSettingValue('currency');
  const { date, setDate, timeZone } = useBusinessDate();
  const mayRun = canDoCollections('runDay', user.role);
  const run = useRunDay();
  const runs = useRuns();
  const kpis = useKpis(date);
  const errorText = useErrorText();
  const [send, setSend] = useState(true);
  const [shown, setShown] = useState<RunSummary | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (run.isPending) return;
    setShown(null);
    run.mutate(
      { date, send },
      { onSuccess: (summary) => notifySuccess(t('run.done', { date: formatCalendarDate(summary.date, locale) })) },
    );
  };
  const summary = shown ?? run.data ?? null;

  return (
    <Stack gap="md">
      <PageHeader title={t('run.title')} subtitle={t('run.subtitle')} />
      <Card withBorder radius="md" padding="lg" data-testid="run-day">
        <form onSubmit={submit} noValidate>
          <Stack gap="sm">
            <Title order={3} size="h4">
              {t('run.card')}
            </Title>
            <Group align="flex-end" gap="lg" wrap="wrap">
              <DateField value={date} onChange={setDate} label={t('run.date')} testId="run-date" />
              {mayRun ? (
                <>
                  <Checkbox
                    label={t('run.send')}
                    description={t('run.sendHint')}
                    checked={send}
                    onChange={(event) => setSend(event.currentTarget.checked)}
                    name="send"
                    data-testid="run-send"
                    mb={4}
                  />
                  <Button
                    type="submit"
                    size="md"
                    leftSection={<IconPlayerPlay size={18} />}
                    loading={run.isPending}
                    data-testid="run-start"
                  >
                    {t('run.start')}
                  </Button>
                </>
              ) : null}
            </Group>
            {mayRun ? (
              <Text size="xs" c="dimmed">
                {t('run.idempotent')}
              </Text>
            ) : (
              <Alert color="blue" icon={<IconInfoCircle size={18} />} data-testid="run-supervisor-note">
                {t('run.supervisorNote')}
              </Alert>
            )}
            {run.isPending ? (
              <Group gap="sm" data-testid="run-running" aria-live="polite">
                <Loader size="sm" />
                <Text size="sm">{t('run.running')}</Text>
              </Group>
            ) : null}
            {run.isError ? (
              <Alert color="red" role="alert" data-testid="run-error">
                {errorText(run.error)}
              </Alert>
            ) : null}
          </Stack>
        </form>
      </Card>

      {summary ? <RunSummaryCard summary={summary} currency={currency} timeZone={timeZone} /> : null}

      <Stack gap="sm">
        <Title order={3} size="h4">
          {t('kpi.title', { date: formatCalendarDate(date, locale) })}
        </Title>
        {kpis.isPending ? (
          <LoadingBlock />
        ) : kpis.isError ? (
          <ErrorBlock error={kpis.error} onRetry={() => void kpis.refetch()} />
        ) : (
          <KpiCards kpis={kpis.data} />
        )}
      </Stack>

      <Card withBorder radius="md" padding="md">
        <Title order={3} size="h4" mb="sm">
          {t('runs.title')}
        </Title>
        {runs.isPending ? (
          <LoadingBlock />
        ) : runs.isError ? (
          <ErrorBlock error={runs.error} onRetry={() => void runs.refetch()} />
        ) : (
          <RecentRuns
            runs={runs.data.items}
            timeZone={timeZone}
            onShow={(r) => {
              if (r.summary?.lists) setShown({ ...emptySummary(r.date), ...r.summary } as RunSummary);
            }}
          />
        )}
      </Card>
    </Stack>
  );
}

function emptySummary(date: string): RunSummary {
  return {
    date,
    previous_date: null,
    business_day: true,
    notes: [],
    first_run: null,
    lists: [],
    skipped: { do_not_call: 0, sms_opt_out_to_phone: 0, no_usable_number: 0 },
    agents: [],
    undistributed_phone_items: 0,
    sms: null,
  };
}
