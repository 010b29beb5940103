import { Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../i18n';
import { formatCalendarDate, formatCalendarDateHijri, formatDateTime, formatMoney } from '../../../ui/format';
import { Ltr } from '../../../ui/ltr';
import { ErrorBlock, LoadingBlock } from '../../../ui/query-state';
import { usePromises, type PaymentPromise } from '../api/customers';

const statusColor: Record<PaymentPromise['status'], string> = { open: 'blue', kept: 'teal', broken: 'red' };

/** وعود السداد: each promise with its date, amount, what was paid since, and قائم / تم الوفاء / لم يتم الوفاء. */
export function PromisesSection({
  customerNo,
  currency,
  timeZone,
}: {
  customerNo: string;
  currency: string | undefined;
  timeZone: string | undefined;
}) {
  const { t } = useTranslation('customers');
  const locale = currentLocale();
  const promises = usePromises(customerNo);
  if (promises.isPending) return <LoadingBlock />;
  if (promises.isError) return <ErrorBlock error={promises.error} onRetry={() => void promises.refetch()} />;
  if (promises.data.items.length === 0) {
    return (
      <Text c="dimmed" size="sm" data-testid="promises-empty">
        {t('promises.empty')}
      </Text>
    );
  }
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped verticalSpacing={6} data-testid="promises">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('promises.date')}</Table.Th>
            <Table.Th>{t('promises.amount')}</Table.Th>
            <Table.Th>{t('promises.paid')}</Table.Th>
            <Table.Th>{t('promises.status')}</Table.Th>
            <Table.Th>{t('promises.agent')}</Table.Th>
            <Table.Th>{t('promises.createdAt')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {promises.data.items.map((p) => (
            <Table.Tr key={p.id} data-promise={p.id} data-status={p.status}>
              <Table.Td>
                <Text size="sm">
                  <bdi>{formatCalendarDate(p.promised_date, locale)}</bdi>
                </Text>
                <Text size="xs" c="dimmed">
                  <bdi>{formatCalendarDateHijri(p.promised_date, locale)}</bdi>
                </Text>
              </Table.Td>
              <Table.Td>
                <Ltr>{formatMoney(p.amount, currency, locale)}</Ltr>
              </Table.Td>
              <Table.Td>
                <Ltr>{formatMoney(p.paid, currency, locale)}</Ltr>
              </Table.Td>
              <Table.Td>
                <Badge color={statusColor[p.status]} variant="light" data-testid="promise-status" tt="none">
                  {t(`promises.statusValue.${p.status}`)}
                </Badge>
              </Table.Td>
              <Table.Td>{p.agent ? <bdi>{p.agent}</bdi> : '—'}</Table.Td>
              <Table.Td>
                <bdi>{formatDateTime(p.created_at, locale, timeZone)}</bdi>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
