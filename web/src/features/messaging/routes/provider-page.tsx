import { Badge, Card, Code, Grid, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../i18n';
import { formatNumber } from '../../../ui/format';
import { Ltr } from '../../../ui/ltr';
import { PageHeader } from '../../../ui/page-header';
import { ErrorBlock, LoadingBlock } from '../../../ui/query-state';
import { useProviderSettings, type ProviderSettings } from '../api/messaging';
import { TestEmailForm, TestSmsForm } from '../components/test-message-forms';
import { canEditMessagingRules } from '../../../app/access';
import { useSession } from '../../auth/api/session';
import { useSettings, type SettingValues } from '../../settings/api/settings';
import { MarketingRulesCard } from '../components/marketing-rules-card';

type Row = { key: string; label: string; value: ReactNode; env: string };

export function ProviderPage() {
  const { t } = useTranslation('messaging');
  const provider = useProviderSettings();
  return (
    <Stack gap={0}>
      <PageHeader title={t('provider.title')} subtitle={t('provider.subtitle')} />
      {provider.isPending ? (
        <LoadingBlock />
      ) : provider.isError ? (
        <ErrorBlock error={provider.error} onRetry={() => void provider.refetch()} />
      ) : (
        <Grid gap="md">
          <Grid.Col span={{ base: 12, lg: 7 }}>
            <Stack gap="md">
              <Settings settings={provider.data} />
              <MarketingRules />
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 5 }}>
            <Stack gap="md">
              <TestSmsForm sender={provider.data.sms.sender} />
              <TestEmailForm />
            </Stack>
          </Grid.Col>
        </Grid>
      )}
    </Stack>
  );
}

function MarketingRules() {
  const { user } = useSession();
  const settings = useSettings();
  if (settings.isPending) return <LoadingBlock />;
  if (settings.isError) return <ErrorBlock error={settings.error} onRetry={() => void settings.refetch()} />;
  const item = <K extends 'marketing_sms_rules' | 'send_rate_limits'>(key: K) =>
    settings.data.items.find((i) => i.key === key) as
      { value: SettingValues[K]; overridden_by: string | null } | undefined;
  const rules = item('marketing_sms_rules');
  const limits = item('send_rate_limits');
  if (!rules || !limits) return null;
  return (
    <MarketingRulesCard
      // A save replaces the values: the form starts again from them.
      key={JSON.stringify([rules.value, limits.value])}
      rules={rules.value}
      limits={limits.value}
      editable={canEditMessagingRules(user.role)}
      lockedBy={{ rules: rules.overridden_by, limits: limits.overridden_by }}
    />
  );
}

function Settings({ settings: s }: { settings: ProviderSettings }) {
  const { t } = useTranslation(['messaging', 'common']);
  const locale = currentLocale();
  const none = (
    <Text span c="dimmed" size="sm">
      {t('provider.notSet')}
    </Text>
  );
  const value = (v: string | null | undefined) => (v ? <Ltr mono>{v}</Ltr> : none);
  const number = (v: number) => <Ltr>{formatNumber(v, locale)}</Ltr>;

  const sms: Row[] = [
    {
      key: 'adapter',
      label: t('provider.fields.adapter'),
      value: (
        <Badge variant="light" color={s.sms.adapter === 'log' ? 'orange' : 'teal'} data-testid="sms-adapter">
          {t(`provider.adapter.${s.sms.adapter}`)}
        </Badge>
      ),
      env: 'TAWASUL_SMS_ADAPTER',
    },
    { key: 'sender', label: t('provider.fields.sender'), value: value(s.sms.sender), env: 'TAWASUL_SMS_SENDER' },
  ];
  if (s.sms.smpp) {
    sms.push(
      { key: 'smpp-url', label: t('provider.fields.smppUrl'), value: value(s.sms.smpp.url), env: 'TAWASUL_SMPP_URL' },
      {
        key: 'smpp-window',
        label: t('provider.fields.window'),
        value: number(s.sms.smpp.window),
        env: 'TAWASUL_SMPP_WINDOW',
      },
      {
        key: 'smpp-throttle',
        label: t('provider.fields.throttle'),
        value: s.sms.smpp.throttle_per_second
          ? t('provider.perSecond', { count: s.sms.smpp.throttle_per_second })
          : t('provider.throttleOff'),
        env: 'TAWASUL_SMPP_THROTTLE',
      },
    );
  }
  if (s.sms.http) {
    sms.push(
      {
        key: 'http-url',
        label: t('provider.fields.httpUrl'),
        value: value(s.sms.http.url),
        env: 'TAWASUL_SMS_HTTP_URL',
      },
      {
        key: 'http-method',
        label: t('provider.fields.httpMethod'),
        value: value(`${s.sms.http.method} · ${s.sms.http.format}`),
        env: 'TAWASUL_SMS_HTTP_METHOD / _FORMAT',
      },
      {
        key: 'http-window',
        label: t('provider.fields.window'),
        value: number(s.sms.http.window),
        env: 'TAWASUL_SMS_HTTP_WINDOW',
      },
    );
  }
  sms.push({
    key: 'dlr',
    label: t('provider.fields.webhook'),
    value: s.sms.delivery_report_webhook.enabled ? (
      <Stack gap={2}>
        <Badge variant="light" color="teal" w="fit-content">
          {t('provider.enabled')}
        </Badge>
        <Text size="xs">
          <Ltr mono>{s.sms.delivery_report_webhook.path}</Ltr>
        </Text>
        <Text size="xs">
          <Ltr mono>{s.sms.delivery_report_webhook.header}</Ltr>
        </Text>
      </Stack>
    ) : (
      <Badge variant="light" color="gray">
        {t('provider.disabled')}
      </Badge>
    ),
    env: 'TAWASUL_SMS_DLR_SECRET',
  });

  const mail: Row[] = [
    {
      key: 'smtp',
      label: t('provider.fields.smtp'),
      value: s.email.smtp ? value(s.email.smtp) : t('provider.smtpLog'),
      env: 'TAWASUL_SMTP_URL',
    },
    { key: 'from', label: t('provider.fields.from'), value: value(s.email.from), env: 'TAWASUL_MAIL_FROM' },
    {
      key: 'imap',
      label: t('provider.fields.imap'),
      value: s.email.imap ? value(s.email.imap) : t('provider.imapOff'),
      env: 'TAWASUL_IMAP_URL',
    },
    { key: 'mailbox', label: t('provider.fields.mailbox'), value: value(s.email.mailbox), env: 'TAWASUL_IMAP_MAILBOX' },
    {
      key: 'fax',
      label: t('provider.fields.fax'),
      value: value(s.email.fax_gateway_from),
      env: 'TAWASUL_FAX_GATEWAY_FROM',
    },
  ];

  const outbox: Row[] = [
    {
      key: 'lease',
      label: t('provider.fields.lease'),
      value: t('provider.seconds', { count: s.outbox.lease_seconds }),
      env: 'TAWASUL_OUTBOX_LEASE_SECONDS',
    },
    {
      key: 'attempts',
      label: t('provider.fields.maxAttempts'),
      value: number(s.outbox.max_attempts),
      env: 'TAWASUL_OUTBOX_MAX_ATTEMPTS',
    },
  ];

  return (
    <>
      <Text size="sm" c="dimmed">
        {t('provider.readOnly')}
      </Text>
      <SettingsCard title={t('provider.smsTitle')} rows={sms} testId="sms-settings" />
      <SettingsCard title={t('provider.mailTitle')} rows={mail} testId="mail-settings" />
      <SettingsCard title={t('provider.outboxTitle')} rows={outbox} testId="outbox-settings" />
    </>
  );
}

function SettingsCard({ title, rows, testId }: { title: string; rows: Row[]; testId: string }) {
  const { t } = useTranslation('messaging');
  return (
    <Card withBorder padding="md" radius="md" data-testid={testId}>
      <Title order={4} mb="sm">
        {title}
      </Title>
      <Table verticalSpacing="xs" layout="fixed">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w="45%">{t('provider.columns.setting')}</Table.Th>
            <Table.Th>{t('provider.columns.value')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.key} data-setting={row.key}>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {row.label}
                </Text>
                {/* Where the value comes from: the environment variable, as written. */}
                <Code fz="xs" style={{ overflowWrap: 'anywhere' }}>
                  <bdi dir="ltr">{row.env}</bdi>
                </Code>
              </Table.Td>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>
                <Text size="sm" component="div">
                  {row.value}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Card>
  );
}
