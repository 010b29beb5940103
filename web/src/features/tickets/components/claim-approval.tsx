import { Alert, Button, Card, Group, Stack, Text } from '@mantine/core';
import { IconCheck, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../i18n';
import { useErrorText } from '../../../ui/errors';
import { formatNumber } from '../../../ui/format';
import { Ltr } from '../../../ui/ltr';
import { notifySuccess } from '../../../ui/notify';
import { useTicketChange, type Ticket } from '../api/tickets';
import { FreeText } from '../../../ui/free-text';

/** A manager approves or rejects a claim above the approval amount (shown only when allowed). */
export function ClaimApproval({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation('tickets');
  const errorText = useErrorText();
  const change = useTicketChange(ticket);
  const [note, setNote] = useState('');
  if (!ticket.permissions.can_approve_claim) return null;

  const decide = (approve: boolean) =>
    change.mutate(
      { path: 'claim-approval', body: { approve, ...(note.trim() ? { note: note.trim() } : {}) } },
      {
        onSuccess: () => {
          setNote('');
          notifySuccess(approve ? t('claimApproval.approved') : t('claimApproval.rejected'));
        },
      },
    );

  return (
    <Card withBorder padding="md" radius="md" bg="var(--mantine-color-yellow-light)" data-testid="claim-approval">
      <Stack gap="xs">
        <Text fw={600} size="sm">
          {t('claimApproval.title')}
        </Text>
        {ticket.claim?.amount !== null && ticket.claim?.amount !== undefined ? (
          <Text size="sm">
            {t('field.claim_amount')}:{' '}
            <span data-testid="claim-amount">
              <Ltr>{formatNumber(ticket.claim.amount, currentLocale(), 2)}</Ltr>
            </span>
          </Text>
        ) : null}
        {change.error ? (
          <Alert color="red" role="alert">
            {errorText(change.error)}
          </Alert>
        ) : null}
        <FreeText
          label={t('claimApproval.note')}
          minRows={2}
          value={note}
          onChange={(event) => setNote(event.currentTarget.value)}
        />
        <Group gap="xs">
          <Button
            size="xs"
            color="teal"
            leftSection={<IconCheck size={14} />}
            loading={change.isPending && change.variables?.path === 'claim-approval' && change.variables.body.approve}
            disabled={change.isPending}
            onClick={() => decide(true)}
            data-action="approve-claim"
          >
            {t('claimApproval.approve')}
          </Button>
          <Button
            size="xs"
            color="red"
            variant="light"
            leftSection={<IconX size={14} />}
            disabled={change.isPending}
            onClick={() => decide(false)}
            data-action="reject-claim"
          >
            {t('claimApproval.reject')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
