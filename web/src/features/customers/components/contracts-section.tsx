import { Badge, Group, Stack, Table, Text, Tooltip } from '@mantine/core';
import { IconFileText } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../i18n';
import { formatCalendarDate, formatCalendarDateHijri, formatDateTime, formatMoney } from '../../../ui/format';
import { Ltr } from '../../../ui/ltr';
import type { Contract } from '../api/customers';
import { InstallmentStatus } from './customer-badges';

export function ContractsSection({ contracts, timeZone }: { contracts: Contract[]; timeZone: string | undefined }) {
  const { t } = useTranslation('customers');
  const locale = currentLocale();
  if (contracts.length === 0) {
    return (
      <Text c="dimmed" size="sm">
        {t('contracts.empty')}
      </Text>
    );
  }
  return (
    <Stack gap="lg">
      {contracts.map((contract) => {
        const overdue = contract.installments.filter((i) => i.status === 'overdue').length;
        return (
          <Stack key={contract.contract_no} gap="xs" data-contract={contract.contract_no}>
            <Group gap="sm" wrap="wrap">
              <IconFileText size={18} />
              <Text fw={600}>
                {t('contracts.contract')} <Ltr mono>{contract.contract_no}</Ltr>
              </Text>
              <Badge variant="outline" color="gray" tt="none">
                {t('contracts.creditType')}: <bdi>{contract.credit_type}</bdi>
              </Badge>
              <Text size="sm" c="dimmed">
                {t('installmentCount', { count: contract.installments.length })}
              </Text>
              {overdue > 0 ? (
                <Badge color="red" variant="light" data-testid="contract-overdue">
                  {t('overdueCount', { count: overdue })}
                </Badge>
              ) : null}
            </Group>
            <Table.ScrollContainer minWidth={680}>
              <Table striped verticalSpacing={6} data-testid="installments">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('contracts.installmentNo')}</Table.Th>
                    <Table.Th>{t('contracts.amount')}</Table.Th>
                    <Table.Th>{t('contracts.dueDate')}</Table.Th>
                    <Table.Th>{t('contracts.paid')}</Table.Th>
                    <Table.Th>{t('contracts.outstanding')}</Table.Th>
                    <Table.Th>{t('contracts.status')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {contract.installments.map((installment) => (
                    <Table.Tr
                      key={installment.installment_no}
                      data-installment={installment.installment_no}
                      data-status={installment.status}
                    >
                      <Table.Td>
                        <Ltr>{installment.installment_no}</Ltr>
                      </Table.Td>
                      <Table.Td>
                        <Ltr>{formatMoney(installment.amount, installment.currency, locale)}</Ltr>
                      </Table.Td>
                      <Table.Td>
                        <Stack gap={0}>
                          <Text size="sm">
                            <bdi>{formatCalendarDate(installment.due_date, locale)}</bdi>
                          </Text>
                          <Text size="xs" c="dimmed" data-testid="due-hijri">
                            <bdi>{formatCalendarDateHijri(installment.due_date, locale)}</bdi>
                          </Text>
                        </Stack>
                      </Table.Td>
                      <Table.Td>
                        <Ltr>{formatMoney(installment.paid, installment.currency, locale)}</Ltr>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm" fw={installment.outstanding > 0 ? 600 : undefined}>
                          <Ltr>{formatMoney(installment.outstanding, installment.currency, locale)}</Ltr>
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        {installment.paid_in_full_at ? (
                          <Tooltip
                            label={t('contracts.paidInFull', {
                              date: formatDateTime(installment.paid_in_full_at, locale, timeZone),
                            })}
                          >
                            <span>
                              <InstallmentStatus installment={installment} />
                            </span>
                          </Tooltip>
                        ) : (
                          <InstallmentStatus installment={installment} />
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Stack>
        );
      })}
    </Stack>
  );
}
