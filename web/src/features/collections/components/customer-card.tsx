import { Blockquote, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { IconExternalLink, IconMessageDots } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { canOpen } from '../../../app/access';
import { currentLocale } from '../../../i18n';
import { formatCalendarDate, formatCalendarDateHijri, formatMoney } from '../../../ui/format';
import { Ltr } from '../../../ui/ltr';
import { useSession } from '../../auth/api/session';
import { useSettingValue } from '../../settings/api/settings';
import type { MyItem } from '../api/collections';
import { PurposeBadge, TierBadge } from './badges';

// Unicode isolates keep a number or a date in its own direction inside a sentence (the text
// form of <bdi>): FSI … PDI.
const isolate = (text: string) => `\u2068${text}\u2069`;

/** بطاقة العميل (P2-1 step 8): name, amount, credit type, numbers, installments and the sentences to use. */
export function CustomerCard({ item }: { item: MyItem }) {
  const { t } = useTranslation('collections');
  const { user } = useSession();
  const locale = currentLocale();
  const company = useSettingValue('company_name');
  const money = (amount: number) => formatMoney(amount, item.currency, locale);
  const firstDue = item.installments.map((i) => i.due_date).find((d): d is string => Boolean(d));
  const mayOpenCustomer = canOpen('customer', user.role, user.skills);

  const values = {
    agent: isolate(user.display_name),
    company: isolate(company || t('script.companyFallback')),
    name: isolate(item.name),
    amount: isolate(money(item.amount)),
    due_date: isolate(firstDue ? formatCalendarDate(firstDue, locale) : '—'),
  };
  const reasonKey = item.purpose;

  return (
    <Card withBorder radius="md" padding="lg" data-testid="customer-card" data-item={item.id}>
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
          <Stack gap={4} style={{ minWidth: 0, flex: 1 }}>
            <Text size="xs" c="dimmed">
              {t('card.title')}
            </Text>
            <Title order={3} style={{ overflowWrap: 'anywhere' }} data-testid="card-name">
              <bdi>{item.name}</bdi>
            </Title>
            <Group gap={6} wrap="wrap">
              <PurposeBadge purpose={item.purpose} />
              <TierBadge tier={item.tier} />
            </Group>
          </Stack>
          {mayOpenCustomer ? (
            <Link
              to="/customers/$customerNo"
              params={{ customerNo: item.customer_no }}
              className="tw-link"
              data-testid="open-customer"
            >
              <Group gap={4} wrap="nowrap">
                <Text size="sm" span>
                  {t('card.openCustomer')}
                </Text>
                <IconExternalLink size={14} />
              </Group>
            </Link>
          ) : null}
        </Group>

        <Group gap="xl" wrap="wrap">
          <Field label={t('card.customerNo')}>
            <Ltr mono>{item.customer_no}</Ltr>
          </Field>
          <Field label={t('card.amount')}>
            <span data-testid="card-amount">
              <Ltr>{money(item.amount)}</Ltr>
            </span>
          </Field>
          <Field label={t('card.creditType')}>{item.credit_type ? <bdi>{item.credit_type}</bdi> : '—'}</Field>
          <Field label={t('card.number')}>
            {item.phone_masked ? (
              <Group gap={6} wrap="nowrap">
                <Ltr mono>{item.phone_masked}</Ltr>
                <Text span size="xs" c="dimmed">
                  {t('myList.numberOf', { position: item.phone_position, count: item.phones_count })}
                </Text>
              </Group>
            ) : (
              <Text span c="red" size="sm">
                {t('myList.noNumber')}
              </Text>
            )}
          </Field>
        </Group>

        {item.installments.length > 0 ? (
          <Stack gap={4}>
            <Text size="sm" fw={600}>
              {t('card.installments')}
            </Text>
            <Table.ScrollContainer minWidth={460}>
              <Table striped verticalSpacing={4} data-testid="card-installments">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('card.contract')}</Table.Th>
                    <Table.Th>{t('card.installmentNo')}</Table.Th>
                    <Table.Th>{t('card.dueDate')}</Table.Th>
                    <Table.Th>{t('card.outstanding')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {item.installments.map((inst) => (
                    <Table.Tr key={`${inst.contract_no}/${inst.installment_no}`}>
                      <Table.Td>
                        <Ltr mono>{inst.contract_no}</Ltr>
                      </Table.Td>
                      <Table.Td>
                        <Ltr>{inst.installment_no}</Ltr>
                      </Table.Td>
                      <Table.Td>
                        {inst.due_date ? (
                          <Stack gap={0}>
                            <Text size="sm">
                              <bdi>{formatCalendarDate(inst.due_date, locale)}</bdi>
                            </Text>
                            <Text size="xs" c="dimmed" data-testid="card-due-hijri">
                              <bdi>{formatCalendarDateHijri(inst.due_date, locale)}</bdi>
                            </Text>
                          </Stack>
                        ) : (
                          '—'
                        )}
                      </Table.Td>
                      <Table.Td>
                        <Ltr>{money(inst.outstanding)}</Ltr>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Stack>
        ) : null}

        <Stack gap={4}>
          <Group gap={6}>
            <IconMessageDots size={16} />
            <Text size="sm" fw={600}>
              {t('card.script')}
            </Text>
            <Text size="xs" c="dimmed">
              {t('card.scriptHint')}
            </Text>
          </Group>
          <Blockquote color="teal" p="sm" data-testid="script" style={{ borderInlineStartWidth: 4 }}>
            <Stack gap={6}>
              <Text size="sm">{t('script.greeting', values)}</Text>
              <Text size="sm" fw={500} data-testid="script-reason">
                {t(`script.${reasonKey}`, values)}
              </Text>
              <Text size="sm">{t('script.closing', values)}</Text>
            </Stack>
          </Blockquote>
        </Stack>
      </Stack>
    </Card>
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
