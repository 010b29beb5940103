import {
  Badge,
  Button,
  Card,
  Center,
  Group,
  Pagination,
  SegmentedControl,
  Stack,
  Switch,
  Table,
  Text,
  UnstyledButton,
} from '@mantine/core';
import { IconMessages, IconPaperclip, IconX } from '@tabler/icons-react';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../i18n';
import { formatDateTime } from '../../../ui/format';
import { Ltr } from '../../../ui/ltr';
import { PageHeader } from '../../../ui/page-header';
import { ErrorBlock, LoadingBlock } from '../../../ui/query-state';
import { useInboundEmails, type InboundEmail } from '../api/messaging';
import { FaxBadge } from '../components/badges';
import { InboundEmailModal } from '../components/inbound-email-modal';

const pageSize = 25;

/** The page's messages by conversation, in the order their newest message appears. */
function byThread(items: InboundEmail[]): { threadId: string; items: InboundEmail[] }[] {
  const groups = new Map<string, InboundEmail[]>();
  // A message without a thread (no Message-ID) is a conversation of its own.
  for (const item of items) {
    const thread = item.thread_id ?? item.id;
    groups.set(thread, [...(groups.get(thread) ?? []), item]);
  }
  return [...groups].map(([threadId, list]) => ({ threadId, items: list }));
}

export function InboxPage() {
  const { t } = useTranslation(['messaging', 'common']);
  const [kind, setKind] = useState<'all' | 'fax'>('all');
  const [threadId, setThreadId] = useState<string | undefined>();
  const [grouped, setGrouped] = useState(true);
  const [page, setPage] = useState(1);
  const [openId, setOpenId] = useState<string | null>(null);
  const emails = useInboundEmails({
    ...(kind === 'fax' && { fax: 'true' as const }),
    ...(threadId && { thread_id: threadId }),
    limit: pageSize,
    offset: (page - 1) * pageSize,
  });
  const total = emails.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / pageSize));

  return (
    <Stack gap={0}>
      <PageHeader title={t('inbox.title')} subtitle={t('inbox.subtitle')} />
      <Card withBorder padding="md" radius="md">
        <Stack>
          <Group align="center" wrap="wrap" gap="md">
            <SegmentedControl
              value={kind}
              onChange={(value) => {
                setKind(value === 'fax' ? 'fax' : 'all');
                setPage(1);
              }}
              data={[
                { value: 'all', label: t('inbox.all') },
                { value: 'fax', label: t('inbox.faxOnly') },
              ]}
              data-testid="filter-fax"
            />
            <Switch
              label={t('inbox.groupByThread')}
              checked={grouped}
              onChange={(event) => setGrouped(event.currentTarget.checked)}
              data-testid="group-by-thread"
            />
            {threadId ? (
              <Badge
                variant="light"
                size="lg"
                rightSection={
                  <UnstyledButton
                    aria-label={t('inbox.clearThread')}
                    onClick={() => {
                      setThreadId(undefined);
                      setPage(1);
                    }}
                  >
                    <IconX size={14} />
                  </UnstyledButton>
                }
                data-testid="thread-filter"
              >
                {t('inbox.thread')}: <Ltr mono>{threadId}</Ltr>
              </Badge>
            ) : null}
            <Text size="sm" c="dimmed" ms="auto" data-testid="inbox-count" aria-live="polite">
              {emails.data ? t('inbox.count', { count: total }) : null}
            </Text>
          </Group>
          {emails.isPending ? (
            <LoadingBlock />
          ) : emails.isError ? (
            <ErrorBlock error={emails.error} onRetry={() => void emails.refetch()} />
          ) : emails.data.items.length === 0 ? (
            <Center py="xl">
              <Stack gap={4} align="center" data-testid="inbox-empty">
                <Text fw={500}>{kind === 'fax' ? t('inbox.emptyFax') : t('inbox.empty')}</Text>
                <Text size="sm" c="dimmed">
                  {t('inbox.emptyHint')}
                </Text>
              </Stack>
            </Center>
          ) : (
            <InboxTable
              emails={emails.data.items}
              grouped={grouped && !threadId}
              onOpen={setOpenId}
              onThread={(id) => {
                setThreadId(id);
                setPage(1);
              }}
            />
          )}
          {pages > 1 ? (
            <Center component="nav" aria-label={t('inbox.pagination')}>
              <Pagination total={pages} value={page} onChange={setPage} />
            </Center>
          ) : null}
        </Stack>
      </Card>
      <InboundEmailModal id={openId} onClose={() => setOpenId(null)} />
    </Stack>
  );
}

function InboxTable({
  emails,
  grouped,
  onOpen,
  onThread,
}: {
  emails: InboundEmail[];
  grouped: boolean;
  onOpen: (id: string) => void;
  onThread: (threadId: string) => void;
}) {
  const { t } = useTranslation('messaging');
  const locale = currentLocale();
  const groups = grouped ? byThread(emails) : [{ threadId: '', items: emails }];

  const row = (e: InboundEmail) => (
    <Table.Tr key={e.id} data-email={e.id} style={{ cursor: 'pointer' }} onClick={() => onOpen(e.id)}>
      <Table.Td>
        <Text size="sm">
          <bdi>{formatDateTime(e.received_at, locale)}</bdi>
        </Text>
      </Table.Td>
      <Table.Td>
        {e.from_name ? (
          <Text size="sm" fw={500}>
            <bdi>{e.from_name}</bdi>
          </Text>
        ) : null}
        <Text size="xs" c="dimmed">
          <Ltr mono>{e.from_address ?? '—'}</Ltr>
        </Text>
      </Table.Td>
      <Table.Td>
        <Group gap="xs" wrap="nowrap">
          {e.is_fax ? <FaxBadge /> : null}
          <Text size="sm" lineClamp={1} dir="auto">
            {e.subject || t('inbox.noSubject')}
          </Text>
        </Group>
      </Table.Td>
      <Table.Td>
        {e.attachments > 0 ? (
          <Group gap={4} wrap="nowrap" aria-label={t('inbox.attachments', { count: e.attachments })}>
            <IconPaperclip size={14} />
            <Text size="sm">
              <Ltr>{e.attachments}</Ltr>
            </Text>
          </Group>
        ) : null}
      </Table.Td>
      <Table.Td>
        {grouped || !e.thread_id ? null : (
          <Button
            size="compact-xs"
            variant="subtle"
            leftSection={<IconMessages size={14} />}
            onClick={(event) => {
              event.stopPropagation();
              if (e.thread_id) onThread(e.thread_id);
            }}
          >
            {t('inbox.showThread')}
          </Button>
        )}
      </Table.Td>
    </Table.Tr>
  );

  return (
    <Table.ScrollContainer minWidth={860}>
      <Table highlightOnHover verticalSpacing="sm" data-testid="inbox-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('inbox.columns.received')}</Table.Th>
            <Table.Th>{t('inbox.columns.from')}</Table.Th>
            <Table.Th>{t('inbox.columns.subject')}</Table.Th>
            <Table.Th>{t('inbox.columns.attachments')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {groups.map((group) => (
            <Fragment key={group.threadId || 'all'}>
              {grouped ? (
                <Table.Tr bg="gray.0" data-thread={group.threadId}>
                  <Table.Td colSpan={5}>
                    <Group justify="space-between" wrap="wrap" gap="xs">
                      <Group gap="xs" wrap="nowrap">
                        <IconMessages size={16} />
                        <Text size="sm" fw={600} dir="auto" lineClamp={1}>
                          {group.items.at(-1)?.subject || t('inbox.noSubject')}
                        </Text>
                        <Badge variant="light" size="sm">
                          {t('inbox.messages', { count: group.items.length })}
                        </Badge>
                      </Group>
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        onClick={() => onThread(group.threadId)}
                        data-testid="show-thread"
                      >
                        {t('inbox.showThread')}
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ) : null}
              {group.items.map(row)}
            </Fragment>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
