import { Alert, Autocomplete, Button, Group, Modal, MultiSelect, Select, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { canDoCollections } from '../../../app/access';
import { ConfirmModal } from '../../../ui/confirm-modal';
import { fieldErrors, useErrorText } from '../../../ui/errors';
import { notifySuccess } from '../../../ui/notify';
import { useSession } from '../../auth/api/session';
import {
  useCollectionAgents,
  useDistribute,
  useReassign,
  useSendBack,
  useSignOff,
  type WorkList,
} from '../api/collections';
import { FreeText } from '../../../ui/free-text';

type AgentOption = { value: string; label: string };

/** توزيع (P1-2 step 1): the supervisor chooses the agents, or deals to all active collection agents. */
export function DistributeModal({ list, onClose }: { list: WorkList | null; onClose: () => void }) {
  const { t } = useTranslation(['collections', 'common']);
  const { user } = useSession();
  const mayChoose = canDoCollections('chooseAgents', user.role);
  const agents = useCollectionAgents(mayChoose && list !== null);
  const distribute = useDistribute();
  const errorText = useErrorText();
  const [chosen, setChosen] = useState<string[]>([]);
  const close = () => {
    distribute.reset();
    setChosen([]);
    onClose();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!list) return;
    distribute.mutate(
      { listId: list.id, agents: chosen },
      {
        onSuccess: () => {
          notifySuccess(t('distribute.done'));
          close();
        },
      },
    );
  };
  return (
    <Modal opened={list !== null} onClose={close} title={t('distribute.title')} size="lg">
      <form onSubmit={submit} noValidate data-testid="distribute-form">
        <Stack>
          <Text size="sm">{t('distribute.body')}</Text>
          {mayChoose ? (
            <>
              <MultiSelect
                label={t('distribute.agents')}
                placeholder={chosen.length === 0 ? t('distribute.agentsPlaceholder') : undefined}
                data={(agents.data ?? []).map((a) => ({
                  value: a.username,
                  label: `${a.display_name} (${a.username})`,
                }))}
                value={chosen}
                onChange={setChosen}
                searchable
                clearable
                name="agents"
                data-testid="distribute-agents"
                error={fieldErrors(distribute.error).agents}
              />
              {chosen.length === 0 ? (
                <Text size="xs" c="dimmed">
                  {t('distribute.allAgents')}
                </Text>
              ) : null}
            </>
          ) : null}
          {distribute.error && !fieldErrors(distribute.error).agents ? (
            <Alert color="red" role="alert">
              {errorText(distribute.error)}
            </Alert>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common:actions.cancel')}
            </Button>
            <Button type="submit" loading={distribute.isPending} data-testid="distribute-submit">
              {t('distribute.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** P1-2 step 12: the supervisor signs the list once every item is closed or explained. */
export function SignOffModal({ list, onClose }: { list: WorkList | null; onClose: () => void }) {
  const { t } = useTranslation(['collections', 'common']);
  const signOff = useSignOff();
  const close = () => {
    signOff.reset();
    onClose();
  };
  return (
    <ConfirmModal
      opened={list !== null}
      onClose={close}
      title={t('worklists.signOff')}
      subject={list ? t(`listTitle.${list.purpose}.${list.channel}`) : null}
      body={t('worklists.signOffConfirm')}
      cancelLabel={t('common:actions.close')}
      confirmLabel={t('worklists.signOff')}
      confirmColor="green"
      loading={signOff.isPending}
      error={signOff.error}
      errorColor="orange"
      testIds={{ dialog: 'sign-off-dialog', error: 'sign-off-error', confirm: 'sign-off-submit' }}
      onConfirm={() =>
        list &&
        signOff.mutate(list.id, {
          onSuccess: () => {
            notifySuccess(t('worklists.signedOff'));
            close();
          },
        })
      }
    />
  );
}

/** إعادة إلى الموظف (P1-2 step 10): the item goes back to its agent's list with a note. */
export function SendBackModal({ itemId, onClose }: { itemId: string | null; onClose: () => void }) {
  const { t } = useTranslation(['collections', 'common']);
  const sendBack = useSendBack();
  const errorText = useErrorText();
  const [note, setNote] = useState('');
  const close = () => {
    sendBack.reset();
    setNote('');
    onClose();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!itemId || !note.trim()) return;
    sendBack.mutate(
      { itemId, note: note.trim() },
      {
        onSuccess: () => {
          notifySuccess(t('sendBack.done'));
          close();
        },
      },
    );
  };
  const errors = fieldErrors(sendBack.error);
  return (
    <Modal opened={itemId !== null} onClose={close} title={t('sendBack.title')}>
      <form onSubmit={submit} noValidate data-testid="send-back-form">
        <Stack>
          <Text size="sm">{t('sendBack.body')}</Text>
          <FreeText
            label={t('sendBack.note')}
            placeholder={t('sendBack.notePlaceholder')}
            name="note"
            required
            minRows={2}
            maxLength={500}
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
            error={errors.note}
          />
          {sendBack.error && !errors.note ? (
            <Alert color="red" role="alert">
              {errorText(sendBack.error)}
            </Alert>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common:actions.cancel')}
            </Button>
            <Button type="submit" loading={sendBack.isPending} disabled={!note.trim()} data-testid="send-back-submit">
              {t('sendBack.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

export type ReassignRequest = { listId: string; itemIds?: string[]; fromChoices?: AgentOption[] };

/** Reassign the selected items, or an absent agent's whole open share, to another agent. */
export function ReassignModal({
  request,
  agentChoices,
  onClose,
  onDone,
}: {
  request: ReassignRequest | null;
  agentChoices: AgentOption[];
  onClose: () => void;
  onDone?: () => void;
}) {
  const { t } = useTranslation(['collections', 'common']);
  const { user } = useSession();
  const known = useCollectionAgents(canDoCollections('chooseAgents', user.role) && request !== null);
  const reassign = useReassign();
  const errorText = useErrorText();
  const [to, setTo] = useState('');
  const [from, setFrom] = useState<string | null>(null);
  const close = () => {
    reassign.reset();
    setTo('');
    setFrom(null);
    onClose();
  };
  const share = request?.itemIds === undefined;
  const choices = new Map(agentChoices.map((a) => [a.value, a]));
  for (const a of known.data ?? [])
    choices.set(a.username, { value: a.username, label: `${a.display_name} (${a.username})` });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!request || !to.trim() || (share && !from)) return;
    reassign.mutate(
      share
        ? { listId: request.listId, to: to.trim(), from: from! }
        : { listId: request.listId, to: to.trim(), item_ids: request.itemIds },
      {
        onSuccess: (result) => {
          notifySuccess(t('reassign.done', { moved: t('count.items', { count: result.moved }) }));
          onDone?.();
          close();
        },
      },
    );
  };
  const errors = fieldErrors(reassign.error);
  return (
    <Modal opened={request !== null} onClose={close} title={t('reassign.title')}>
      <form onSubmit={submit} noValidate data-testid="reassign-form">
        <Stack>
          <Text size="sm">{share ? t('reassign.shareBody') : t('reassign.selectedBody')}</Text>
          {!share ? <Text size="sm">{t('items.selected', { count: request?.itemIds?.length ?? 0 })}</Text> : null}
          {share ? (
            <Select
              label={t('reassign.from')}
              data={request?.fromChoices ?? []}
              value={from}
              onChange={setFrom}
              required
              name="from"
              error={errors.from}
            />
          ) : null}
          <Autocomplete
            label={t('reassign.to')}
            placeholder={t('reassign.toPlaceholder')}
            data={[...choices.values()].filter((c) => c.value !== from).map((c) => c.value)}
            renderOption={({ option }) => choices.get(option.value)?.label ?? option.value}
            value={to}
            onChange={setTo}
            required
            dir="ltr"
            name="to"
            error={errors.to ?? errors.agents}
          />
          {reassign.error && !errors.to && !errors.agents && !errors.from ? (
            <Alert color="red" role="alert">
              {errorText(reassign.error)}
            </Alert>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common:actions.cancel')}
            </Button>
            <Button type="submit" loading={reassign.isPending} disabled={!to.trim() || (share && !from)}>
              {t('reassign.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
