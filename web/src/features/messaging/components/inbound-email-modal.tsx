import { Alert, Anchor, Group, Modal, SimpleGrid, Stack, Table, Tabs, Text } from '@mantine/core';
import { IconDownload, IconPaperclip } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../i18n';
import { formatBytes, formatDateTime } from '../../../ui/format';
import { Ltr } from '../../../ui/ltr';
import { ErrorBlock, LoadingBlock } from '../../../ui/query-state';
import { attachmentHref, useInboundEmail, type InboundEmailDetail } from '../api/messaging';
import { FaxBadge } from './badges';

export function InboundEmailModal({ id, onClose }: { id: string | null; onClose: () => void }) {
  const { t } = useTranslation('messaging');
  const email = useInboundEmail(id);
  return (
    <Modal opened={id !== null} onClose={onClose} size="xl" title={t('inbox.detailTitle')}>
      {id === null ? null : email.isPending ? (
        <LoadingBlock />
      ) : email.isError ? (
        <ErrorBlock error={email.error} onRetry={() => void email.refetch()} />
      ) : (
        <EmailView email={email.data} />
      )}
    </Modal>
  );
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" component="div" style={{ overflowWrap: 'anywhere' }}>
        {children}
      </Text>
    </Stack>
  );
}

function EmailView({ email: e }: { email: InboundEmailDetail }) {
  const { t } = useTranslation(['messaging', 'common']);
  const locale = currentLocale();
  return (
    <Stack gap="md" data-testid="inbound-detail">
      <Group gap="xs" wrap="wrap">
        {e.is_fax ? <FaxBadge /> : null}
        <Text fw={600} dir="auto">
          {e.subject || t('inbox.noSubject')}
        </Text>
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <Field label={t('inbox.fields.from')}>
          {e.from_name ? <bdi>{e.from_name}</bdi> : null}{' '}
          {e.from_address ? <Ltr mono>{`<${e.from_address}>`}</Ltr> : null}
        </Field>
        <Field label={t('inbox.fields.to')}>
          {e.to && e.to.length > 0 ? <Ltr mono>{e.to.join(', ')}</Ltr> : t('common:empty')}
        </Field>
        <Field label={t('inbox.fields.sent')}>
          {e.sent_at ? <bdi>{formatDateTime(e.sent_at, locale)}</bdi> : t('common:empty')}
        </Field>
        <Field label={t('inbox.fields.received')}>
          <bdi>{formatDateTime(e.received_at, locale)}</bdi>
        </Field>
        <Field label={t('inbox.fields.mailbox')}>
          <Ltr mono>{e.mailbox}</Ltr>
        </Field>
        <Field label={t('inbox.fields.size')}>
          <Ltr>{formatBytes(e.size, locale)}</Ltr>
        </Field>
        <Field label={t('inbox.fields.messageId')}>
          <Ltr mono>{e.message_id}</Ltr>
        </Field>
        <Field label={t('inbox.fields.thread')}>
          <Ltr mono>{e.thread_id}</Ltr>
        </Field>
      </SimpleGrid>
      {e.problems && e.problems.length > 0 ? (
        <Alert color="orange" variant="light" title={t('inbox.problems')}>
          <Stack gap={2}>
            {e.problems.map((problem, i) => (
              <Text size="sm" key={i}>
                <Ltr>{problem}</Ltr>
              </Text>
            ))}
          </Stack>
        </Alert>
      ) : null}
      <Tabs defaultValue="text">
        <Tabs.List>
          <Tabs.Tab value="text">{t('inbox.text')}</Tabs.Tab>
          {e.html ? <Tabs.Tab value="html">{t('inbox.html')}</Tabs.Tab> : null}
        </Tabs.List>
        <Tabs.Panel value="text" pt="sm">
          {/* Mail is data: shown as text in its own direction, never as markup. */}
          <Text
            size="sm"
            p="sm"
            bg="gray.1"
            dir="auto"
            style={{
              whiteSpace: 'pre-wrap',
              borderRadius: 8,
              overflowWrap: 'anywhere',
              maxHeight: 420,
              overflow: 'auto',
            }}
            data-testid="inbound-text"
          >
            {e.text || t('inbox.noText')}
          </Text>
        </Tabs.Panel>
        {e.html ? (
          <Tabs.Panel value="html" pt="sm">
            <Text size="xs" c="dimmed" mb={4}>
              {t('inbox.htmlSandboxed')}
            </Text>
            {/* An empty sandbox: no scripts, no forms, no same-origin access, no navigation. */}
            <iframe
              title={t('inbox.html')}
              sandbox=""
              srcDoc={e.html}
              referrerPolicy="no-referrer"
              style={{ width: '100%', height: 420, border: '1px solid var(--mantine-color-gray-3)', borderRadius: 8 }}
              data-testid="inbound-html"
            />
          </Tabs.Panel>
        ) : null}
      </Tabs>
      <Stack gap={4}>
        <Group gap={6}>
          <IconPaperclip size={16} />
          <Text fw={600} size="sm">
            {t('inbox.attachments', { count: e.attachments.length })}
          </Text>
        </Group>
        {e.attachments.length > 0 ? (
          <Table withTableBorder verticalSpacing="xs" data-testid="inbound-attachments">
            <Table.Tbody>
              {e.attachments.map((a) => (
                <Table.Tr key={a.id} data-attachment={a.id}>
                  <Table.Td>
                    {a.stored ? (
                      <Anchor href={attachmentHref(e.id, a.id)} download size="sm">
                        <Group gap={4} wrap="nowrap">
                          <IconDownload size={14} />
                          <bdi>{a.filename ?? t('inbox.unnamed')}</bdi>
                        </Group>
                      </Anchor>
                    ) : (
                      <Text size="sm">
                        <bdi>{a.filename ?? t('inbox.unnamed')}</bdi>
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="xs">
                      <Ltr mono>{a.content_type}</Ltr>
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="xs">
                      <Ltr>{formatBytes(a.size, locale)}</Ltr>
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {a.stored ? null : (
                      <Text size="xs" c="orange.8">
                        {t('inbox.notStored')}
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ) : null}
      </Stack>
    </Stack>
  );
}
