import { Badge, Group, Table, Text, Tooltip, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconArrowsSort } from '@tabler/icons-react';
import { Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../i18n';
import { formatMoney } from '../../../ui/format';
import { Ltr } from '../../../ui/ltr';
import type { CustomerListItem, SortColumn, SortOrder } from '../api/customers';
import { CategoryBadge, KeyAccountBadge } from './customer-badges';

type Props = {
  customers: CustomerListItem[];
  currency: string | undefined;
  sort: SortColumn;
  order: SortOrder;
  onSort: (column: SortColumn) => void;
};

export function CustomersTable({ customers, currency, sort, order, onSort }: Props) {
  const { t } = useTranslation('customers');
  const locale = currentLocale();
  const navigate = useNavigate();

  const sortable = (column: SortColumn, label: string) => {
    const active = sort === column;
    const SortIcon = !active ? IconArrowsSort : order === 'asc' ? IconArrowUp : IconArrowDown;
    return (
      <Table.Th aria-sort={active ? (order === 'asc' ? 'ascending' : 'descending') : 'none'}>
        <UnstyledButton onClick={() => onSort(column)} data-sort={column} aria-label={t('sortBy', { column: label })}>
          <Group gap={4} wrap="nowrap">
            <Text fw={700} size="sm">
              {label}
            </Text>
            <SortIcon size={14} opacity={active ? 1 : 0.4} />
          </Group>
        </UnstyledButton>
      </Table.Th>
    );
  };

  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped highlightOnHover verticalSpacing="sm" data-testid="customers-table">
        <Table.Thead>
          <Table.Tr>
            {sortable('customer_no', t('columns.customerNo'))}
            {sortable('name', t('columns.name'))}
            <Table.Th>{t('columns.category')}</Table.Th>
            <Table.Th>{t('columns.type')}</Table.Th>
            <Table.Th>{t('columns.city')}</Table.Th>
            <Table.Th>{t('columns.mobile')}</Table.Th>
            <Table.Th>{t('columns.outstanding')}</Table.Th>
            <Table.Th>{t('columns.overdue')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {customers.map((customer) => (
            <Table.Tr
              key={customer.customer_no}
              data-customer={customer.customer_no}
              style={{ cursor: 'pointer' }}
              onClick={(event) => {
                // The link in the row handles itself (and middle clicks open a tab).
                if ((event.target as HTMLElement).closest('a')) return;
                void navigate({ to: '/customers/$customerNo', params: { customerNo: customer.customer_no } });
              }}
            >
              <Table.Td>
                <Link
                  to="/customers/$customerNo"
                  params={{ customerNo: customer.customer_no }}
                  className="tw-link"
                  data-testid="customer-link"
                >
                  <Ltr mono>{customer.customer_no}</Ltr>
                </Link>
              </Table.Td>
              <Table.Td>
                <Group gap={6} wrap="nowrap">
                  {/* Names are data: whatever they contain is shown as text, in its own direction. */}
                  <Text size="sm" fw={500} lineClamp={2} maw={320} data-testid="customer-name">
                    <bdi>{customer.name}</bdi>
                  </Text>
                  {customer.key_account ? <KeyAccountBadge size="sm" /> : null}
                </Group>
              </Table.Td>
              <Table.Td>
                <CategoryBadge category={customer.category} />
              </Table.Td>
              <Table.Td>
                <Text size="sm">{t(`type.${customer.type}`)}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{customer.city ? <bdi>{customer.city}</bdi> : '—'}</Text>
              </Table.Td>
              <Table.Td>
                {customer.mobile_masked ? (
                  <Group gap={6} wrap="nowrap">
                    <Text size="sm" data-testid="masked-mobile">
                      <Ltr mono>{customer.mobile_masked}</Ltr>
                    </Text>
                    {customer.mobile_valid === false ? (
                      <Badge color="orange" variant="light" size="sm" data-testid="invalid-mobile">
                        {t('contacts.invalid')}
                      </Badge>
                    ) : null}
                  </Group>
                ) : (
                  '—'
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm" fw={customer.outstanding > 0 ? 500 : undefined} data-testid="outstanding">
                  <Ltr>{formatMoney(customer.outstanding, currency, locale)}</Ltr>
                </Text>
              </Table.Td>
              <Table.Td>
                <Tooltip label={t('overdueCount', { count: customer.overdue_installments })}>
                  <Badge
                    color={customer.overdue_installments > 0 ? 'red' : 'gray'}
                    variant={customer.overdue_installments > 0 ? 'filled' : 'light'}
                    circle={customer.overdue_installments < 10}
                    data-testid="overdue-count"
                    aria-label={t('overdueCount', { count: customer.overdue_installments })}
                  >
                    <Ltr>{customer.overdue_installments}</Ltr>
                  </Badge>
                </Tooltip>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
