import { Alert, Button, Group, Modal, Select, Stack } from '@mantine/core';
import { IconArrowsExchange, IconHandGrab, IconUserShare } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../ui/api-client';
import { fieldErrors, useErrorText } from '../../../ui/errors';
import { notifySuccess } from '../../../ui/notify';
import { useSession } from '../../auth/api/session';
import { useTicketChange, type Person, type Ticket, type TicketChange } from '../api/tickets';
import { useGroupName } from './ticket-badges';
import { FreeText } from '../../../ui/free-text';

type StatusAction = 'open' | 'pending' | 'resolve' | 'reopen';

/** The status actions possible from each status (the server's domain/status.ts). */
const actionsFrom: Record<string, StatusAction[]> = {
  new: ['open', 'pending', 'resolve'],
  open: ['pending', 'resolve'],
  pending: ['open', 'resolve'],
  escalated: ['open', 'pending', 'resolve'],
  resolved: ['reopen'],
  closed: ['reopen'],
};

/** Transfer, status and close, each shown only when `permissions` allow it. */
export function TicketActions({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation('tickets');
  const change = useTicketChange(ticket);
  const errorText = useErrorText();
  const [dialog, setDialog] = useState<'transfer' | 'assign' | 'resolve' | 'close' | null>(null);
  const { user } = useSession();
  const { permissions } = ticket;
  // A claim above the approval amount is resolved or closed only after a manager approves it.
  const awaitingApproval = ticket.claim?.approval === 'pending';
  const canFinish = permissions.can_resolve && !awaitingApproval;
  const actions = (actionsFrom[ticket.status] ?? []).filter((a) =>
    a === 'resolve' ? canFinish : permissions.can_work,
  );

  const run = (action: StatusAction) =>
    change.mutate({ path: 'status', body: { action } }, { onSuccess: () => notifySuccess(t('actions.statusChanged')) });
  const assign = (assigneeId: string | null, done: string) =>
    change.mutate({ path: 'assign', body: { assignee_id: assigneeId } }, { onSuccess: () => notifySuccess(done) });

  return (
    <Stack gap="xs">
      {change.error && !dialog ? (
        <Alert color="red" role="alert" data-testid="action-error">
          {errorText(change.error)}
        </Alert>
      ) : null}
      <Group gap="xs" wrap="wrap">
        {permissions.can_take ? (
          <Button
            size="xs"
            leftSection={<IconHandGrab size={14} />}
            loading={change.isPending && change.variables?.path === 'assign'}
            onClick={() => assign(user.id, t('actions.taken'))}
            data-action="take"
          >
            {t('actions.take')}
          </Button>
        ) : null}
        {permissions.can_hand_back && !permissions.can_assign ? (
          <Button
            size="xs"
            variant="subtle"
            loading={change.isPending && change.variables?.path === 'assign'}
            onClick={() => assign(null, t('actions.handedBack'))}
            data-action="hand-back"
          >
            {t('actions.handBack')}
          </Button>
        ) : null}
        {permissions.can_assign ? (
          <Button
            size="xs"
            variant="light"
            leftSection={<IconUserShare size={14} />}
            onClick={() => setDialog('assign')}
            data-action="assign"
          >
            {t('actions.assign')}
          </Button>
        ) : null}
        {actions.map((action) => (
          <Button
            key={action}
            size="xs"
            variant={action === 'resolve' ? 'filled' : 'light'}
            loading={change.isPending && change.variables?.path === 'status'}
            onClick={() => (action === 'resolve' ? setDialog('resolve') : run(action))}
            data-action={action}
          >
            {t(`actions.${action}`)}
          </Button>
        ))}
        {canFinish && ticket.status !== 'closed' ? (
          <Button size="xs" variant="light" color="dark" onClick={() => setDialog('close')} data-action="close">
            {t('actions.close')}
          </Button>
        ) : null}
        {permissions.can_transfer && ticket.transfer_targets.length > 0 ? (
          <Button
            size="xs"
            variant="light"
            color="grape"
            leftSection={<IconArrowsExchange size={14} />}
            onClick={() => setDialog('transfer')}
            data-action="transfer"
          >
            {t('actions.transfer')}
          </Button>
        ) : null}
      </Group>
      <Modal
        opened={dialog !== null}
        onClose={() => {
          setDialog(null);
          change.reset();
        }}
        title={dialog ? t(`actions.${dialog}`) : ''}
      >
        {dialog === 'transfer' ? (
          <TransferForm ticket={ticket} change={change} onDone={() => setDialog(null)} />
        ) : dialog === 'assign' ? (
          <AssignForm
            current={ticket.assignee?.id ?? null}
            people={ticket.assignees}
            change={change}
            onDone={() => setDialog(null)}
          />
        ) : dialog ? (
          <ResolutionForm kind={dialog} change={change} onDone={() => setDialog(null)} />
        ) : null}
      </Modal>
    </Stack>
  );
}

type Change = ReturnType<typeof useTicketChange>;

function FormError({ change }: { change: Change }) {
  const errorText = useErrorText();
  if (!change.error || (isApiError(change.error) && change.error.status === 422 && change.error.errors.length > 0))
    return null;
  return (
    <Alert color="red" role="alert" data-testid="dialog-error">
      {errorText(change.error)}
    </Alert>
  );
}

const nobody = '';

/** A supervisor's choice among the group's active members, or nobody (the ticket goes back to the group). */
export function AssignForm({
  current,
  people,
  change,
  onDone,
}: {
  current: string | null;
  people: Person[];
  change: Change;
  onDone: () => void;
}) {
  const { t } = useTranslation('tickets');
  const [chosen, setChosen] = useState<string>(current ?? nobody);
  const errors = fieldErrors(change.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    change.mutate(
      { path: 'assign', body: { assignee_id: chosen === nobody ? null : chosen } },
      {
        onSuccess: () => {
          notifySuccess(t('actions.assigned'));
          onDone();
        },
      },
    );
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <FormError change={change} />
        <Select
          label={t('actions.assignTo')}
          data={[
            { value: nobody, label: t('actions.nobody') },
            ...people.map((p) => ({ value: p.id, label: p.name ?? p.id })),
          ]}
          value={chosen}
          onChange={(value) => setChosen(value ?? nobody)}
          allowDeselect={false}
          searchable
          error={errors.assignee_id}
          description={people.length === 0 ? t('actions.noMembers') : undefined}
          comboboxProps={{ withinPortal: true }}
          data-testid="assignee-select"
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('actions.cancel')}
          </Button>
          <Button type="submit" loading={change.isPending} disabled={chosen === (current ?? nobody)}>
            {t('actions.confirm')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function TransferForm({ ticket, change, onDone }: { ticket: Ticket; change: Change; onDone: () => void }) {
  const { t } = useTranslation('tickets');
  const groupName = useGroupName();
  const [group, setGroup] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const errors = fieldErrors(change.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body: TicketChange = {
      path: 'transfer',
      body: { group: group ?? '', ...(note.trim() ? { note: note.trim() } : {}) },
    };
    change.mutate(body, {
      onSuccess: () => {
        notifySuccess(t('actions.transferred'));
        onDone();
      },
    });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <FormError change={change} />
        <Select
          label={t('actions.transferTo')}
          required
          data={ticket.transfer_targets.map((g) => ({ value: g, label: groupName(g) }))}
          value={group}
          onChange={setGroup}
          error={errors.group}
          comboboxProps={{ withinPortal: true }}
        />
        <FreeText
          label={t('actions.transferNote')}
          minRows={2}
          value={note}
          onChange={(event) => setNote(event.currentTarget.value)}
          error={errors.note}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('actions.cancel')}
          </Button>
          <Button type="submit" loading={change.isPending} disabled={!group}>
            {t('actions.confirm')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function ResolutionForm({ kind, change, onDone }: { kind: 'resolve' | 'close'; change: Change; onDone: () => void }) {
  const { t } = useTranslation('tickets');
  const [resolution, setResolution] = useState('');
  const errors = fieldErrors(change.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const text = resolution.trim();
    const body: TicketChange =
      kind === 'close'
        ? { path: 'close', body: { resolution: text } }
        : { path: 'status', body: { action: 'resolve', ...(text ? { resolution: text } : {}) } };
    change.mutate(body, {
      onSuccess: () => {
        notifySuccess(kind === 'close' ? t('actions.closed') : t('actions.statusChanged'));
        onDone();
      },
    });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <FormError change={change} />
        <FreeText
          label={t('actions.resolution')}
          required={kind === 'close'}
          value={resolution}
          onChange={(event) => setResolution(event.currentTarget.value)}
          error={errors.resolution}
          data-autofocus
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('actions.cancel')}
          </Button>
          <Button type="submit" loading={change.isPending}>
            {t('actions.confirm')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
