import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconSend } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { canDoCollections } from '../../../app/access';
import { currentLocale } from '../../../i18n';
import { useErrorText } from '../../../ui/errors';
import { formatDateTime } from '../../../ui/format';
import { notifySuccess } from '../../../ui/notify';
import { useSession } from '../../auth/api/session';
import { useSendNow, type SendingWindow, type WorkList } from '../api/collections';

/**
 * Why an SMS list's messages have not gone yet and when they will: not sent when the day ran,
 * or waiting for the calling window (outside its hours, the weekend, a holiday). Inside the
 * window a manager sends them now.
 */
export function SmsSending({
  list,
  window,
  timeZone,
}: {
  list: WorkList;
  window: SendingWindow;
  timeZone: string | undefined;
}) {
  const { t } = useTranslation('collections');
  const { user } = useSession();
  const locale = currentLocale();
  const send = useSendNow();
  const errorText = useErrorText();
  const count = (status: string) => list.by_agent.reduce((n, a) => n + (a.by_status[status] ?? 0), 0);
  const notSent = count('pending');
  const waiting = count('queued') + count('sending');
  if (list.status === 'signed_off' || (notSent === 0 && waiting === 0)) return null;
  const at = window.next_open_at ? formatDateTime(window.next_open_at, locale, timeZone) : '';
  const why = window.reason ? t(`sending.reason.${window.reason}`) : '';
  const maySend = canDoCollections('sendNow', user.role);

  return (
    <Alert color={window.open ? 'blue' : 'orange'} p="sm" data-testid="sms-sending" data-open={window.open}>
      <Stack gap={6}>
        {notSent > 0 ? (
          <Text size="sm" data-testid="sms-not-sent">
            {t('sending.notSent', { count: notSent })}
          </Text>
        ) : null}
        {waiting > 0 ? (
          <Text size="sm" data-testid="sms-waiting">
            {window.open ? t('sending.going', { count: waiting }) : t('sending.waiting', { count: waiting })}
          </Text>
        ) : null}
        {!window.open ? (
          <Text size="sm" fw={500} data-testid="sms-window-closed">
            {t('sending.closed', { reason: why, at })}
          </Text>
        ) : null}
        {notSent > 0 && window.open ? (
          maySend ? (
            <Group>
              <Button
                size="xs"
                leftSection={<IconSend size={16} className="mantine-rotate-rtl" />}
                loading={send.isPending}
                onClick={() =>
                  send.mutate(list.id, {
                    onSuccess: (result) => notifySuccess(t('sending.sent', { count: result.queued })),
                  })
                }
                data-action="send-now"
              >
                {t('sending.sendNow')}
              </Button>
            </Group>
          ) : (
            <Text size="xs" c="dimmed">
              {t('sending.managerSends')}
            </Text>
          )
        ) : null}
        {send.isError ? (
          <Text size="sm" c="red" role="alert">
            {errorText(send.error)}
          </Text>
        ) : null}
      </Stack>
    </Alert>
  );
}
