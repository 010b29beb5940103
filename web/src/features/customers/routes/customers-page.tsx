import {
  ActionIcon,
  Button,
  Card,
  Center,
  Group,
  Pagination,
  Select,
  Stack,
  Text,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import {
  IconFileSpreadsheet,
  IconFilterOff,
  IconSearch,
  IconSortAscending,
  IconSortDescending,
} from '@tabler/icons-react';
import { getRouteApi } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { canDo } from '../../../app/access';
import { isApiError } from '../../../ui/api-client';
import { PageHeader } from '../../../ui/page-header';
import { ErrorBlock, LoadingBlock } from '../../../ui/query-state';
import { useSession } from '../../auth/api/session';
import { useSettingValue } from '../../settings/api/settings';
import { NoPermissionPage } from '../../shell/routes/no-permission-page';
import {
  categories,
  customerTypes,
  exportHref,
  sortColumns,
  useCustomers,
  type CustomerFilter,
  type SortColumn,
} from '../api/customers';
import type { CustomersSearch } from '../api/customers-search';
import { CustomersTable } from '../components/customers-table';
import { FindCaller } from '../components/find-caller';

const pageSize = 25;
const route = getRouteApi('/signed-in/customers');

export function CustomersPage() {
  const { user } = useSession();
  // Only the roles that browse every customer get the list; an agent finds the caller instead.
  return canDo('browse', user.role) ? <CustomerList /> : <FindCaller />;
}

function CustomerList() {
  const { t } = useTranslation(['customers', 'common']);
  const { user } = useSession();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const currency = useSettingValue('currency');

  // The box follows the address, and the address follows the box 300 ms after the last key.
  const [text, setText] = useState(search.q ?? '');
  const [debounced] = useDebouncedValue(text.trim(), 300);
  const [country, setCountry] = useState(search.country ?? '');

  const update = (changes: Partial<CustomersSearch>, keepPage = false) =>
    void navigate({
      search: (previous) => {
        const next: CustomersSearch = { ...previous, ...changes };
        if (!keepPage) delete next.page;
        for (const key of Object.keys(next) as (keyof CustomersSearch)[]) if (next[key] === undefined) delete next[key];
        return next;
      },
      replace: true,
    });

  useEffect(() => {
    if ((search.q ?? '') !== debounced) update({ q: debounced || undefined });
    // Only a new debounced value moves the address; `update` is a fresh closure each render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [debounced]);

  const filter: CustomerFilter = {
    q: search.q,
    category: search.category,
    type: search.type,
    country: search.country,
    key_account: search.key_account,
    has_overdue: search.has_overdue,
    sort: search.sort,
    order: search.order,
  };
  const page = search.page ?? 1;
  const sort: SortColumn = search.sort ?? (search.q ? 'relevance' : 'customer_no');
  const order = search.order ?? 'asc';
  const customers = useCustomers({ ...filter, limit: pageSize, offset: (page - 1) * pageSize });
  const total = customers.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const filtered =
    filter.q || filter.category || filter.type || filter.country || filter.key_account || filter.has_overdue;

  // Should the API say no after all, the page says it kindly.
  if (isApiError(customers.error) && customers.error.status === 403) return <NoPermissionPage />;

  const yesNo = [
    { value: 'true', label: t('filters.yes') },
    { value: 'false', label: t('filters.no') },
  ];

  return (
    <Stack gap={0}>
      <PageHeader
        title={t('title')}
        subtitle={t('subtitle')}
        actions={
          canDo('export', user.role) ? (
            <Tooltip label={t('exportHint')} multiline w={300}>
              <Button
                component="a"
                href={exportHref(filter)}
                download
                variant="light"
                leftSection={<IconFileSpreadsheet size={18} />}
                data-testid="export-customers"
              >
                {t('export')}
              </Button>
            </Tooltip>
          ) : null
        }
      />
      <Card withBorder padding="md" radius="md">
        <Stack>
          <Group align="flex-end" wrap="wrap" gap="sm">
            <TextInput
              label={t('search')}
              placeholder={t('searchPlaceholder')}
              leftSection={<IconSearch size={16} />}
              value={text}
              onChange={(event) => setText(event.currentTarget.value)}
              w={340}
              type="search"
              name="q"
              data-testid="customer-search"
              // A phone number or a customer number reads left to right even in Arabic
              // (`+966 55 123 4567`, never `4567 123 55 966+`); a name keeps the page's direction.
              dir={text && !/[\u0590-\u08ff]/.test(text) ? 'ltr' : undefined}
              autoFocus
            />
            <Select
              label={t('filters.category')}
              placeholder={t('filters.all')}
              data={categories.map((c) => ({ value: c, label: t(`category.${c}`) }))}
              value={search.category ?? null}
              onChange={(value) => update({ category: categories.find((c) => c === value) })}
              clearable
              w={110}
              data-testid="filter-category"
            />
            <Select
              label={t('filters.type')}
              placeholder={t('filters.all')}
              data={customerTypes.map((c) => ({ value: c, label: t(`type.${c}`) }))}
              value={search.type ?? null}
              onChange={(value) => update({ type: customerTypes.find((c) => c === value) })}
              clearable
              w={150}
              data-testid="filter-type"
            />
            <TextInput
              label={t('filters.country')}
              placeholder={t('filters.countryPlaceholder')}
              value={country}
              maxLength={2}
              dir="ltr"
              w={80}
              data-testid="filter-country"
              onChange={(event) => {
                const value = event.currentTarget.value.replace(/[^A-Za-z]/g, '').toUpperCase();
                setCountry(value);
                // Only a whole two-letter code filters; a half-typed one leaves the list as it is.
                if (value.length === 2) update({ country: value });
                else if (value.length === 0) update({ country: undefined });
              }}
            />
            <Select
              label={t('filters.keyAccount')}
              placeholder={t('filters.all')}
              data={yesNo}
              value={search.key_account ?? null}
              onChange={(value) => update({ key_account: value === 'true' || value === 'false' ? value : undefined })}
              clearable
              w={130}
              data-testid="filter-key-account"
            />
            <Select
              label={t('filters.hasOverdue')}
              placeholder={t('filters.all')}
              data={yesNo}
              value={search.has_overdue ?? null}
              onChange={(value) => update({ has_overdue: value === 'true' || value === 'false' ? value : undefined })}
              clearable
              w={150}
              data-testid="filter-has-overdue"
            />
            <Group gap={4} align="flex-end" wrap="nowrap">
              <Select
                label={t('filters.sort')}
                data={sortColumns
                  .filter((c) => c !== 'relevance' || search.q)
                  .map((c) => ({ value: c, label: t(`sort.${c}`) }))}
                value={sort}
                onChange={(value) => update({ sort: sortColumns.find((c) => c === value) })}
                allowDeselect={false}
                w={150}
                data-testid="sort-column"
              />
              <Tooltip label={order === 'asc' ? t('filters.ascending') : t('filters.descending')}>
                <ActionIcon
                  variant="default"
                  size="input-sm"
                  aria-label={order === 'asc' ? t('filters.ascending') : t('filters.descending')}
                  onClick={() => update({ order: order === 'asc' ? 'desc' : 'asc' })}
                  data-testid="sort-order"
                  data-order={order}
                >
                  {order === 'asc' ? <IconSortAscending size={18} /> : <IconSortDescending size={18} />}
                </ActionIcon>
              </Tooltip>
            </Group>
            {filtered ? (
              <Button
                variant="subtle"
                color="gray"
                leftSection={<IconFilterOff size={16} />}
                onClick={() => {
                  setText('');
                  setCountry('');
                  void navigate({ search: {}, replace: true });
                }}
              >
                {t('clearFilters')}
              </Button>
            ) : null}
          </Group>
          <Text size="sm" c="dimmed" data-testid="customers-count" aria-live="polite">
            {customers.data ? t('count', { count: total }) : null}
          </Text>
          {customers.isPending ? (
            <LoadingBlock />
          ) : customers.isError ? (
            <ErrorBlock error={customers.error} onRetry={() => void customers.refetch()} />
          ) : customers.data.items.length === 0 ? (
            <Center py="xl">
              <Stack gap={4} align="center" data-testid="customers-empty">
                <Text fw={500}>{t('empty')}</Text>
                {filtered ? (
                  <Text c="dimmed" size="sm">
                    {t('emptyHint')}
                  </Text>
                ) : null}
              </Stack>
            </Center>
          ) : (
            <CustomersTable
              customers={customers.data.items}
              currency={currency}
              sort={sort}
              order={order}
              onSort={(column) => update({ sort: column, order: column === sort && order === 'asc' ? 'desc' : 'asc' })}
            />
          )}
          {pages > 1 ? (
            <Center component="nav" aria-label={t('pagination')}>
              <Pagination total={pages} value={page} onChange={(p) => update({ page: p }, true)} />
            </Center>
          ) : null}
        </Stack>
      </Card>
    </Stack>
  );
}
