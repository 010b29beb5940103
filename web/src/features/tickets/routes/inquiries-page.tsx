import { Badge, Button, Card, Center, Group, Stack, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../i18n';
import { formatDateTime } from '../../../ui/format';
import { Ltr } from '../../../ui/ltr';
import { PageHeader } from '../../../ui/page-header';
import { ErrorBlock, LoadingBlock } from '../../../ui/query-state';
import { isInquiryCategory, isInquiryChannel, useInquiries } from '../api/inquiries';
import { isAutomatic } from '../components/ticket-badges';

export function InquiriesPage() {
  const { t } = useTranslation('tickets');
  const locale = currentLocale();
  const [page, setPage] = useState(1);
  const inquiries = useInquiries(page);

  return (
    <Stack gap={0}>
      <PageHeader
        title={t('inquiries.title')}
        subtitle={t('inquiries.subtitle')}
        actions={
          <Button component={Link} to="/inquiries/new" leftSection={<IconPlus size={16} />} data-testid="new-inquiry">
            {t('inquiries.newTitle')}
          </Button>
        }
      />
      <Card withBorder padding="md" radius="md">
        {inquiries.isPending ? (
          <LoadingBlock />
        ) : inquiries.isError ? (
          <ErrorBlock error={inquiries.error} onRetry={() => void inquiries.refetch()} />
        ) : inquiries.data.items.length === 0 ? (
          <Center py="lg">
            <Text c="dimmed">{t('inquiries.empty')}</Text>
          </Center>
        ) : (
          <Stack gap="sm">
            <Table.ScrollContainer minWidth={900}>
              <Table striped verticalSpacing="sm" data-testid="inquiries-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('inquiries.number')}</Table.Th>
                    <Table.Th>{t('inquiries.createdAt')}</Table.Th>
                    <Table.Th>{t('inquiries.channel')}</Table.Th>
                    <Table.Th>{t('columns.customer')}</Table.Th>
                    <Table.Th>{t('columns.category')}</Table.Th>
                    <Table.Th>{t('columns.subject')}</Table.Th>
                    <Table.Th>{t('columns.status')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {inquiries.data.items.map((item) => (
                    <Table.Tr key={item.id} data-inquiry={item.number}>
                      <Table.Td>
                        <Link
                          to="/inquiries/$id"
                          params={{ id: item.id }}
                          className="tw-link"
                          data-testid="inquiry-link"
                        >
                          <Ltr mono>{item.number}</Ltr>
                        </Link>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{formatDateTime(item.created_at, locale)}</Text>
                        {item.created_by ? (
                          <Text size="xs" c="dimmed">
                            <bdi>{isAutomatic(item.created_by) ? t('inquiries.automatic') : item.created_by}</bdi>
                          </Text>
                        ) : null}
                      </Table.Td>
                      <Table.Td>
                        {isInquiryChannel(item.channel) ? t(`inquiries.channels.${item.channel}`) : item.channel}
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">
                          <bdi>{item.customer_name ?? item.requester_email ?? '—'}</bdi>
                        </Text>
                        {item.customer_no ? (
                          <Text size="xs" c="dimmed">
                            <Ltr mono>{item.customer_no}</Ltr>
                          </Text>
                        ) : null}
                      </Table.Td>
                      <Table.Td>
                        {isInquiryCategory(item.category) ? t(`inquiries.categories.${item.category}`) : item.category}
                      </Table.Td>
                      <Table.Td maw={280}>
                        <Text size="sm" truncate="end" dir="auto">
                          {item.subject}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Group gap={4} wrap="nowrap">
                          <Badge variant="light" color={item.status === 'answered' ? 'teal' : 'blue'}>
                            {item.status === 'answered' ? t('inquiries.answered') : t('inquiries.open')}
                          </Badge>
                          {item.first_contact_resolved ? (
                            <Badge variant="outline" color="teal">
                              {t('inquiries.fcr')}
                            </Badge>
                          ) : null}
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            {page > 1 || inquiries.data.has_more ? (
              <Group justify="center" gap="xs">
                <Button variant="default" size="xs" disabled={page <= 1} onClick={() => setPage((p) => p - 1)}>
                  {t('pager.previous')}
                </Button>
                <Button
                  variant="default"
                  size="xs"
                  disabled={!inquiries.data.has_more}
                  onClick={() => setPage((p) => p + 1)}
                >
                  {t('pager.next')}
                </Button>
              </Group>
            ) : null}
          </Stack>
        )}
      </Card>
    </Stack>
  );
}
