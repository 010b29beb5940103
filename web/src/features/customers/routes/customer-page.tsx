import { Alert, Anchor, Badge, Button, Card, Grid, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import {
  IconAlertTriangle,
  IconArrowLeft,
  IconFileSpreadsheet,
  IconMessageOff,
  IconPencil,
  IconPhoneOff,
  IconStarFilled,
} from '@tabler/icons-react';
import { getRouteApi, useCanGoBack, useRouter } from '@tanstack/react-router';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { canDo } from '../../../app/access';
import { currentLocale } from '../../../i18n';
import { isApiError } from '../../../ui/api-client';
import { countryName, formatGregorianDate, formatMoney } from '../../../ui/format';
import { Ltr } from '../../../ui/ltr';
import { ErrorBlock, LoadingBlock } from '../../../ui/query-state';
import { useSession } from '../../auth/api/session';
import { useSettingValue } from '../../settings/api/settings';
import { NoPermissionPage } from '../../shell/routes/no-permission-page';
import { useCustomer, type Customer360 } from '../api/customers';
import { ContactPointsTable } from '../components/contact-points-table';
import { ContractsSection } from '../components/contracts-section';
import { CategoryBadge } from '../components/customer-badges';
import { EditCustomerModal } from '../components/edit-customer-modal';
import { PaymentsTable } from '../components/payments-table';
import { PromisesSection } from '../components/promises-section';
import { CustomerTimeline } from '../components/timeline';

const route = getRouteApi('/signed-in/customers/$customerNo');

export function CustomerPage() {
  const { t } = useTranslation('customers');
  const { customerNo } = route.useParams();
  const customer = useCustomer(customerNo);

  if (isApiError(customer.error) && customer.error.status === 403) return <NoPermissionPage />;
  return (
    <Stack gap="md">
      <BackToList />
      {customer.isPending ? (
        <LoadingBlock />
      ) : customer.isError ? (
        isApiError(customer.error) && customer.error.status === 404 ? (
          <Alert color="orange" icon={<IconAlertTriangle size={18} />} data-testid="customer-not-found">
            {t('customer.notFound')} (<Ltr mono>{customerNo}</Ltr>)
          </Alert>
        ) : (
          <ErrorBlock error={customer.error} onRetry={() => void customer.refetch()} />
        )
      ) : (
        <CustomerView data={customer.data} />
      )}
    </Stack>
  );
}

/** Back to the list as it was left (search, filters, page), or to the list when opened directly. */
function BackToList() {
  const { t } = useTranslation('customers');
  const router = useRouter();
  const canGoBack = useCanGoBack();
  return (
    <Anchor
      component="button"
      type="button"
      size="sm"
      w="fit-content"
      onClick={() => (canGoBack ? router.history.back() : void router.navigate({ to: '/customers' }))}
      data-testid="back-to-customers"
    >
      <Group gap={4} wrap="nowrap">
        <IconArrowLeft size={14} className="mantine-rotate-rtl" />
        {t('customer.back')}
      </Group>
    </Anchor>
  );
}

function CustomerView({ data }: { data: Customer360 }) {
  const { t } = useTranslation('customers');
  const { user } = useSession();
  const locale = currentLocale();
  const timeZone = useSettingValue('timezone');
  const settingsCurrency = useSettingValue('currency');
  const currency = data.summary.currency ?? settingsCurrency;
  const [editing, setEditing] = useState(false);
  const { customer, summary } = data;

  return (
    <>
      <Card withBorder radius="md" padding="lg" data-testid="customer-header">
        <Stack gap="sm">
          <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
            <Stack gap={6} style={{ minWidth: 0, flex: 1 }}>
              <Title order={2} style={{ overflowWrap: 'anywhere' }} data-testid="customer-name">
                <bdi>{customer.name}</bdi>
              </Title>
              <Group gap={6} wrap="wrap">
                <Badge variant="light" color={customer.type === 'current' ? 'teal' : 'gray'}>
                  {t(`type.${customer.type}`)}
                </Badge>
                {customer.category ? (
                  <Group gap={4} wrap="nowrap">
                    <Text size="sm" c="dimmed">
                      {t('columns.category')}
                    </Text>
                    <CategoryBadge category={customer.category} />
                  </Group>
                ) : null}
                {customer.key_account ? (
                  <Badge
                    color="grape"
                    variant="filled"
                    leftSection={<IconStarFilled size={10} />}
                    data-testid="key-account"
                  >
                    {t('keyAccount')}
                  </Badge>
                ) : null}
                {customer.sms_opt_out ? (
                  <Badge
                    color="orange"
                    variant="light"
                    leftSection={<IconMessageOff size={12} />}
                    data-testid="sms-opt-out"
                  >
                    {t('smsOptOut')}
                  </Badge>
                ) : null}
                {customer.do_not_call ? (
                  <Badge color="red" variant="light" leftSection={<IconPhoneOff size={12} />} data-testid="do-not-call">
                    {t('doNotCall')}
                  </Badge>
                ) : null}
              </Group>
            </Stack>
            {canDo('edit', user.role) ? (
              <Button
                variant="light"
                leftSection={<IconPencil size={16} />}
                onClick={() => setEditing(true)}
                data-testid="edit-customer"
              >
                {t('customer.edit')}
              </Button>
            ) : null}
          </Group>
          <Group gap="xl" wrap="wrap">
            <Field label={t('customer.customerNo')}>
              <Ltr mono>{customer.customer_no}</Ltr>
            </Field>
            <Field label={t('customer.country')}>
              <span title={customer.country}>{countryName(customer.country, locale)}</span>
            </Field>
            <Field label={t('customer.city')}>{customer.city ? <bdi>{customer.city}</bdi> : '—'}</Field>
            <Field label={t('customer.since')}>
              {/* A day, not the instant the record was written. */}
              <bdi>{formatGregorianDate(new Date(customer.created_at), locale, timeZone)}</bdi>
            </Field>
          </Group>
          <Field label={t('customer.notes')}>
            {customer.notes ? (
              <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} data-testid="customer-notes">
                <bdi>{customer.notes}</bdi>
              </Text>
            ) : (
              <Text size="sm" c="dimmed">
                {t('customer.noNotes')}
              </Text>
            )}
          </Field>
        </Stack>
      </Card>

      <SimpleGrid cols={{ base: 1, sm: 3 }} data-testid="customer-summary">
        <Stat label={t('summary.outstanding')} testId="summary-outstanding">
          <Ltr>{formatMoney(summary.outstanding, currency, locale)}</Ltr>
        </Stat>
        <Stat label={t('summary.overdue')} testId="summary-overdue" color={summary.overdue > 0 ? 'red' : undefined}>
          <Ltr>{formatMoney(summary.overdue, currency, locale)}</Ltr>
        </Stat>
        <Stat
          label={t('summary.overdueInstallments')}
          testId="summary-overdue-installments"
          color={summary.overdue_installments > 0 ? 'red' : undefined}
        >
          {t('overdueCount', { count: summary.overdue_installments })}
        </Stat>
      </SimpleGrid>

      <Section title={t('contacts.title')}>
        {data.contact_points.length === 0 ? (
          <Text c="dimmed" size="sm">
            {t('contacts.empty')}
          </Text>
        ) : (
          <ContactPointsTable
            customerNo={customer.customer_no}
            contactPoints={data.contact_points}
            timeZone={timeZone}
          />
        )}
      </Section>

      <Section
        title={t('contracts.title')}
        actions={<ExportMenu customerNo={customer.customer_no} kind="installments" />}
      >
        <ContractsSection contracts={data.contracts} timeZone={timeZone} />
      </Section>

      <Grid gap="md" align="flex-start">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Stack gap="md">
            <Section
              title={t('payments.title')}
              actions={<ExportMenu customerNo={customer.customer_no} kind="payments" />}
            >
              <PaymentsTable payments={data.payments} currency={currency} timeZone={timeZone} />
            </Section>
            <Section title={t('promises.title')}>
              <PromisesSection customerNo={customer.customer_no} currency={currency} timeZone={timeZone} />
            </Section>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Section title={t('timeline.title')}>
            <CustomerTimeline customerNo={customer.customer_no} entries={data.timeline} timeZone={timeZone} />
          </Section>
        </Grid.Col>
      </Grid>

      <EditCustomerModal opened={editing} onClose={() => setEditing(false)} customer={customer} />
    </>
  );
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" fw={500} component="div">
        {children}
      </Text>
    </Stack>
  );
}

function Stat({
  label,
  children,
  color,
  testId,
}: {
  label: string;
  children: ReactNode;
  color?: string;
  testId: string;
}) {
  return (
    <Card withBorder radius="md" padding="md">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text size="xl" fw={700} c={color} data-testid={testId}>
        {children}
      </Text>
    </Card>
  );
}

function Section({ title, actions, children }: { title: string; actions?: ReactNode; children: ReactNode }) {
  return (
    <Card withBorder radius="md" padding="md">
      <Group justify="space-between" mb="sm" wrap="nowrap">
        <Title order={3} size="h4">
          {title}
        </Title>
        {actions}
      </Group>
      {children}
    </Card>
  );
}

/** The installments or the payments as a spreadsheet (C4): Excel or CSV, from the server (audited). */
function ExportMenu({ customerNo, kind }: { customerNo: string; kind: 'installments' | 'payments' }) {
  const { t } = useTranslation('customers');
  const href = (format: 'xlsx' | 'csv') =>
    `/api/v1/customers/${encodeURIComponent(customerNo)}/export/${kind}?format=${format}`;
  return (
    <Group gap={4} wrap="nowrap" data-testid={`export-${kind}`}>
      <Button
        component="a"
        href={href('xlsx')}
        download
        size="compact-xs"
        variant="light"
        leftSection={<IconFileSpreadsheet size={14} />}
      >
        {t('accountExport.xlsx')}
      </Button>
      <Button component="a" href={href('csv')} download size="compact-xs" variant="subtle">
        {t('accountExport.csv')}
      </Button>
    </Group>
  );
}
