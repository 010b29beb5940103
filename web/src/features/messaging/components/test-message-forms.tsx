import { Alert, Button, Card, Group, NumberInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconMail, IconMessage } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../ui/api-client';
import { fieldErrors, useErrorText } from '../../../ui/errors';
import { Ltr } from '../../../ui/ltr';
import { useSendTestEmail, useSendTestSms, type OutboxMessage } from '../api/messaging';
import { OutboxStatusBadge } from './badges';
import { MessageModal } from './message-modal';
import { SmsCounter } from './sms-counter';
import { FreeText } from '../../../ui/free-text';

/** What the provider answered to a test: the row's status and id, and a way to its history. */
function TestResult({ message, testId }: { message: OutboxMessage; testId: string }) {
  const { t } = useTranslation('messaging');
  const [open, setOpen] = useState(false);
  const ok = message.status === 'sent' || message.status === 'delivered';
  return (
    <Alert color={ok ? 'teal' : 'red'} data-testid={testId} data-status={message.status}>
      <Stack gap={4}>
        <Group gap="xs" wrap="wrap">
          <Text size="sm">{t('provider.testResult')}</Text>
          <OutboxStatusBadge status={message.status} />
        </Group>
        <Text size="sm">
          {t('provider.testTo')} <Ltr mono>{message.recipient}</Ltr>
        </Text>
        {message.provider_message_id ? (
          <Text size="sm">
            {t('outbox.fields.providerId')}: <Ltr mono>{message.provider_message_id}</Ltr>
          </Text>
        ) : null}
        {message.last_error ? (
          <Text size="sm" c="red.8">
            <bdi>{message.last_error}</bdi>
          </Text>
        ) : null}
        <Group>
          <Button size="xs" variant="light" onClick={() => setOpen(true)} data-testid="open-test-message">
            {t('provider.openHistory')}
          </Button>
        </Group>
      </Stack>
      <MessageModal id={open ? message.id : null} onClose={() => setOpen(false)} />
    </Alert>
  );
}

export function TestSmsForm({ sender }: { sender: string }) {
  const { t } = useTranslation('messaging');
  const errorText = useErrorText();
  const send = useSendTestSms();
  const [to, setTo] = useState('');
  const [body, setBody] = useState('');
  const [maxSegments, setMaxSegments] = useState(1);
  const errors = fieldErrors(send.error);
  const generalError = send.error && !(isApiError(send.error) && send.error.errors.length > 0);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    send.mutate({ to: to.trim(), body, max_segments: maxSegments });
  };

  return (
    <Card withBorder padding="md" radius="md" data-testid="test-sms">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Group gap="xs">
            <IconMessage size={20} />
            <Title order={4}>{t('provider.testSmsTitle')}</Title>
          </Group>
          <Text size="sm" c="dimmed">
            {t('provider.testSmsHint')} <Ltr mono>{sender}</Ltr>
          </Text>
          <TextInput
            label={t('provider.to')}
            description={t('provider.toHint')}
            name="to"
            type="tel"
            dir="ltr"
            required
            w={280}
            value={to}
            onChange={(event) => setTo(event.currentTarget.value)}
            error={errors.to}
            data-testid="test-sms-to"
          />
          <FreeText
            label={t('provider.body')}
            name="body"
            required
            value={body}
            onChange={(event) => setBody(event.currentTarget.value)}
            error={errors.body}
            data-testid="test-sms-body"
          />
          <NumberInput
            label={t('templates.fields.maxSegments')}
            name="max_segments"
            min={1}
            max={10}
            allowDecimal={false}
            allowNegative={false}
            clampBehavior="strict"
            w={220}
            value={maxSegments}
            onChange={(value) => setMaxSegments(typeof value === 'number' ? value : 1)}
            error={errors.max_segments}
          />
          <SmsCounter body={body} maxSegments={maxSegments} />
          {generalError ? (
            <Alert color="red" role="alert" data-testid="test-sms-error">
              {errorText(send.error)}
            </Alert>
          ) : null}
          {send.data && !send.isPending && !send.error ? (
            <TestResult message={send.data} testId="test-sms-result" />
          ) : null}
          <Group>
            <Button type="submit" loading={send.isPending} data-testid="send-test-sms">
              {t('provider.sendTestSms')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

export function TestEmailForm() {
  const { t } = useTranslation('messaging');
  const errorText = useErrorText();
  const send = useSendTestEmail();
  const [to, setTo] = useState('');
  const errors = fieldErrors(send.error);
  const generalError = send.error && !(isApiError(send.error) && send.error.errors.length > 0);

  return (
    <Card withBorder padding="md" radius="md" data-testid="test-email">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          send.mutate({ to: to.trim() });
        }}
        noValidate
      >
        <Stack gap="sm">
          <Group gap="xs">
            <IconMail size={20} />
            <Title order={4}>{t('provider.testEmailTitle')}</Title>
          </Group>
          <Text size="sm" c="dimmed">
            {t('provider.testEmailHint')}
          </Text>
          <TextInput
            label={t('provider.emailTo')}
            name="to"
            type="email"
            dir="ltr"
            required
            w={320}
            value={to}
            onChange={(event) => setTo(event.currentTarget.value)}
            error={errors.to}
            data-testid="test-email-to"
          />
          {generalError ? (
            <Alert color="red" role="alert" data-testid="test-email-error">
              {errorText(send.error)}
            </Alert>
          ) : null}
          {send.data && !send.isPending && !send.error ? (
            <TestResult message={send.data} testId="test-email-result" />
          ) : null}
          <Group>
            <Button type="submit" variant="light" loading={send.isPending} data-testid="send-test-email">
              {t('provider.sendTestEmail')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
