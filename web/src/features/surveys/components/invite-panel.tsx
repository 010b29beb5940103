import { Alert, Button, Card, Code, Group, Select, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../i18n';
import { useErrorText } from '../../../ui/errors';
import { formatDateTime } from '../../../ui/format';
import { Ltr } from '../../../ui/ltr';
import { useInvite, type Survey } from '../api/surveys';

/** Invite one customer: SMS, email (RTL, with an unsubscribe link), or a single-use link to hand over. */
export function InvitePanel({ survey }: { survey: Survey }) {
  const { t } = useTranslation('surveys');
  const errorText = useErrorText();
  const invite = useInvite(survey.id);
  const [customer, setCustomer] = useState('');
  const [channel, setChannel] = useState<'sms' | 'email' | 'link'>('sms');
  const [language, setLanguage] = useState<'ar' | 'en'>('ar');
  return (
    <Card withBorder maw={640}>
      <Stack gap="sm">
        <TextInput
          label={t('invite.customer')}
          value={customer}
          onChange={(e) => setCustomer(e.currentTarget.value)}
          dir="ltr"
          data-testid="invite-customer"
        />
        <Group grow>
          <Select
            label={t('invite.channel')}
            data={(['sms', 'email', 'link'] as const).map((c) => ({ value: c, label: t(`invite.channels.${c}`) }))}
            value={channel}
            allowDeselect={false}
            onChange={(v) => setChannel(v as typeof channel)}
            data-testid="invite-channel"
          />
          <Select
            label={t('invite.language')}
            data={(['ar', 'en'] as const).map((l) => ({ value: l, label: t(`invite.languages.${l}`) }))}
            value={language}
            allowDeselect={false}
            onChange={(v) => setLanguage(v as typeof language)}
          />
        </Group>
        <Group>
          <Button
            loading={invite.isPending}
            disabled={!customer.trim()}
            onClick={() => invite.mutate({ customer_no: customer.trim(), channel, language })}
            data-testid="invite-send"
          >
            {t('invite.send')}
          </Button>
        </Group>
        {invite.error && <Alert color="red">{errorText(invite.error)}</Alert>}
        {invite.data && (
          <Alert color="teal" data-testid="invite-result">
            {t('invite.queued', { date: formatDateTime(invite.data.expires_at, currentLocale()) })}
            {invite.data.url && (
              <>
                <br />
                {t('invite.link')}{' '}
                <Ltr>
                  <Code data-testid="invite-url">{invite.data.url}</Code>
                </Ltr>
              </>
            )}
          </Alert>
        )}
      </Stack>
    </Card>
  );
}
