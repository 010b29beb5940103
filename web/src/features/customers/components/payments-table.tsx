import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../i18n';
import { formatDateTime, formatMoney } from '../../../ui/format';
import { Ltr } from '../../../ui/ltr';
import type { Payment } from '../api/customers';

type Props = { payments: Payment[]; currency: string | null | undefined; timeZone: string | undefined };

/** Payments, newest first; times in the installation's time zone. */
export function PaymentsTable({ payments, currency, timeZone }: Props) {
  const { t } = useTranslation('customers');
  const locale = currentLocale();
  if (payments.length === 0) {
    return (
      <Text c="dimmed" size="sm">
        {t('payments.empty')}
      </Text>
    );
  }
  const sorted = [...payments].sort((a, b) => b.paid_at.localeCompare(a.paid_at));
  return (
    <Table.ScrollContainer minWidth={520}>
      <Table striped verticalSpacing={6} data-testid="payments">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('payments.contract')}</Table.Th>
            <Table.Th>{t('payments.installment')}</Table.Th>
            <Table.Th>{t('payments.amount')}</Table.Th>
            <Table.Th>{t('payments.paidAt')}</Table.Th>
            <Table.Th>{t('payments.reference')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sorted.map((payment, index) => (
            <Table.Tr key={`${payment.paid_at}-${payment.reference ?? ''}-${index}`}>
              <Table.Td>{payment.contract_no ? <Ltr mono>{payment.contract_no}</Ltr> : '—'}</Table.Td>
              <Table.Td>{payment.installment_no !== null ? <Ltr>{payment.installment_no}</Ltr> : '—'}</Table.Td>
              <Table.Td>
                <Ltr>{formatMoney(payment.amount, currency, locale)}</Ltr>
              </Table.Td>
              <Table.Td>
                <bdi>{formatDateTime(payment.paid_at, locale, timeZone)}</bdi>
              </Table.Td>
              <Table.Td>{payment.reference ? <Ltr mono>{payment.reference}</Ltr> : '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
