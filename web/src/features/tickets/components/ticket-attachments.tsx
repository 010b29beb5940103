import { Alert, Anchor, Button, FileButton, Group, Progress, Stack, Text } from '@mantine/core';
import { IconDownload, IconPaperclip } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../i18n';
import { isApiError } from '../../../ui/api-client';
import { useErrorText } from '../../../ui/errors';
import { formatBytes, formatDateTime } from '../../../ui/format';
import { notifySuccess } from '../../../ui/notify';
import { attachmentMaxBytes, attachmentUrl, useUploadAttachment, type Ticket } from '../api/tickets';

// The kinds the server accepts (attachmentTypeOf in tickets.service.ts), no more and no fewer.
const accepted = '.pdf,.png,.jpg,.jpeg,.gif,.tif,.tiff,.txt,.csv,.docx,.xlsx';

/** The ticket's files with download links, and an upload for those who may work the ticket. */
export function TicketAttachments({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation('tickets');
  const locale = currentLocale();
  const errorText = useErrorText();
  const upload = useUploadAttachment(ticket.id);
  const [progress, setProgress] = useState(0);
  const [tooLarge, setTooLarge] = useState(false);
  const maxText = formatBytes(attachmentMaxBytes, locale);

  const send = (file: File | null) => {
    if (!file) return;
    upload.reset();
    setTooLarge(file.size > attachmentMaxBytes);
    if (file.size > attachmentMaxBytes) return;
    setProgress(0);
    upload.mutate(
      { file, onProgress: setProgress },
      { onSuccess: () => notifySuccess(t('attachments.uploaded', { name: file.name })) },
    );
  };

  const error = tooLarge
    ? t('attachments.tooLarge', { max: maxText })
    : upload.error
      ? isApiError(upload.error) && upload.error.status === 413
        ? t('attachments.tooLarge', { max: maxText })
        : isApiError(upload.error) && upload.error.status === 415
          ? t('attachments.badType')
          : errorText(upload.error)
      : null;

  return (
    <Stack gap="xs" data-testid="ticket-attachments">
      <FileList files={ticket.attachments} urlOf={(a) => attachmentUrl(ticket.id, a.id)} />
      {error ? (
        <Alert color="red" role="alert" data-testid="attachment-error">
          {error}
        </Alert>
      ) : null}
      {upload.isPending ? (
        <Progress value={progress * 100} size="sm" animated aria-label={t('attachments.uploading')} />
      ) : null}
      {ticket.permissions.can_work ? (
        <Group gap="xs">
          <FileButton onChange={send} accept={accepted}>
            {(props) => (
              <Button
                {...props}
                size="xs"
                variant="light"
                leftSection={<IconPaperclip size={14} />}
                loading={upload.isPending}
                data-testid="attach-file"
              >
                {t('attachments.add')}
              </Button>
            )}
          </FileButton>
          <Text size="xs" c="dimmed">
            {t('attachments.hint', { max: maxText })}
          </Text>
        </Group>
      ) : null}
    </Stack>
  );
}

type StoredFile = { id: string; filename: string; size: number; created_at: string };

/** Stored files with download links, their size and when they came (a ticket's attachments, an inquiry's documents). */
export function FileList({ files, urlOf }: { files: StoredFile[]; urlOf: (file: StoredFile) => string }) {
  const { t } = useTranslation('tickets');
  const locale = currentLocale();
  if (files.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('attachments.none')}
      </Text>
    );
  }
  return (
    <Stack gap="xs" data-testid="file-list">
      {files.map((a) => (
        <Group key={a.id} gap="xs" wrap="nowrap" justify="space-between" data-attachment={a.filename}>
          <Anchor href={urlOf(a)} download={a.filename} size="sm" style={{ minWidth: 0 }}>
            <Group gap={4} wrap="nowrap">
              <IconDownload size={14} style={{ flexShrink: 0 }} />
              <Text size="sm" truncate="end" dir="auto" span>
                {a.filename}
              </Text>
            </Group>
          </Anchor>
          <Text size="xs" c="dimmed" style={{ flexShrink: 0 }}>
            {/* "50 بايت" in Arabic, "50 B" in English: isolated, in the direction of its unit. */}
            <bdi data-testid="attachment-size">{formatBytes(a.size, locale)}</bdi> ·{' '}
            {formatDateTime(a.created_at, locale)}
          </Text>
        </Group>
      ))}
    </Stack>
  );
}
