import { Alert, Button, FileButton, Group, Progress, Stack, Text } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../i18n';
import { isApiError, uploadWithProgress } from '../../../ui/api-client';
import { useErrorText } from '../../../ui/errors';
import { formatBytes } from '../../../ui/format';
import { notifySuccess } from '../../../ui/notify';
import { attachmentMaxBytes } from '../api/tickets';

// A fax that did not come through the mailbox (a paper fax scanned, a machine's file) is added
// by hand; the server tells a PDF or TIFF by its first bytes.
const accepted = '.pdf,.tif,.tiff,application/pdf,image/tiff';

export function FaxUpload({ inquiryId }: { inquiryId: string }) {
  const { t } = useTranslation('tickets');
  const locale = currentLocale();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [progress, setProgress] = useState(0);
  const [tooLarge, setTooLarge] = useState(false);
  const upload = useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.append('file', file);
      return uploadWithProgress<unknown>(`/inquiries/${inquiryId}/attachments`, form, setProgress);
    },
    onSettled: () => void queryClient.invalidateQueries({ queryKey: ['tickets'] }),
  });
  const maxText = formatBytes(attachmentMaxBytes, locale);
  const send = (file: File | null) => {
    if (!file) return;
    upload.reset();
    setTooLarge(file.size > attachmentMaxBytes);
    if (file.size > attachmentMaxBytes) return;
    setProgress(0);
    upload.mutate(file, { onSuccess: () => notifySuccess(t('fax.added', { name: file.name })) });
  };
  const error = tooLarge
    ? t('attachments.tooLarge', { max: maxText })
    : upload.error
      ? isApiError(upload.error) && upload.error.status === 413
        ? t('attachments.tooLarge', { max: maxText })
        : errorText(upload.error)
      : null;
  return (
    <Stack gap="xs">
      {error ? (
        <Alert color="red" role="alert" data-testid="fax-error">
          {error}
        </Alert>
      ) : null}
      {upload.isPending ? (
        <Progress value={progress * 100} size="sm" animated aria-label={t('attachments.uploading')} />
      ) : null}
      <Group gap="xs">
        <FileButton onChange={send} accept={accepted}>
          {(props) => (
            <Button
              {...props}
              size="xs"
              variant="light"
              leftSection={<IconPrinter size={14} />}
              loading={upload.isPending}
              data-testid="add-fax"
            >
              {t('fax.add')}
            </Button>
          )}
        </FileButton>
        <Text size="xs" c="dimmed">
          {t('fax.hint', { max: maxText })}
        </Text>
      </Group>
    </Stack>
  );
}
