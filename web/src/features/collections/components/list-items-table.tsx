import { ActionIcon, Button, Checkbox, Group, SegmentedControl, Stack, Table, Text, Tooltip } from '@mantine/core';
import { IconArrowBackUp, IconUserShare } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../i18n';
import { formatDateTime, formatMoney } from '../../../ui/format';
import { Ltr } from '../../../ui/ltr';
import { ErrorBlock, LoadingBlock } from '../../../ui/query-state';
import { useListItems, type ListItem, type WorkList } from '../api/collections';
import { ActorName } from './actor-name';
import { ItemStatusBadge, OutcomeBadge, TierBadge } from './badges';
import { ReassignModal, SendBackModal, type ReassignRequest } from './list-actions';

// Items that need the supervisor: not closed with the customer reached (P1-2 step 9).
const completedStatuses = new Set(['done', 'sent', 'delivered']);
const sendBackable = new Set(['done', 'unreachable', 'waiting', 'waiting_correction']);

/** The items of one list, with "not completed, with reasons", send back and reassign. */
export function ListItemsTable({ list, timeZone }: { list: WorkList; timeZone: string | undefined }) {
  const { t } = useTranslation('collections');
  const locale = currentLocale();
  const items = useListItems(list.id, true);
  const [filter, setFilter] = useState<'open' | 'all'>('open');
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [sendingBack, setSendingBack] = useState<string | null>(null);
  const [reassigning, setReassigning] = useState<ReassignRequest | null>(null);
  const editable = list.channel === 'phone' && list.status !== 'signed_off';

  if (items.isPending) return <LoadingBlock />;
  if (items.isError) return <ErrorBlock error={items.error} onRetry={() => void items.refetch()} />;

  const shown = items.data.items.filter((i) => filter === 'all' || !completedStatuses.has(i.status));
  const agents = list.by_agent
    .filter((a): a is typeof a & { agent: string } => a.agent !== null)
    .map((a) => ({ value: a.agent, label: `${a.agent_name ?? a.agent} (${a.agent})` }));
  const toggle = (id: string) =>
    setSelected((all) => {
      const next = new Set(all);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const allShownSelected = shown.length > 0 && shown.every((i) => selected.has(i.id));

  const reasonOf = (item: ListItem) => {
    const reason = item.reason;
    if (!reason) return openReasonOf(item);
    if (reason.startsWith('sent_back: ')) return t('reason.sentBack', { note: reason.slice('sent_back: '.length) });
    if (reason === 'unreachable' || reason === 'wrong_number' || reason === 'no_usable_number')
      return t(`reason.${reason}`);
    return <Ltr mono>{reason}</Ltr>;
  };
  // An open item without a recorded reason: say what its last call did and what happens next.
  const openReasonOf = (item: ListItem) => {
    if (completedStatuses.has(item.status) || !item.last_outcome) return '—';
    const at = item.next_attempt_at ? formatDateTime(item.next_attempt_at, locale, timeZone) : null;
    if (item.last_outcome === 'call_dropped') return t('reason.callDropped');
    if (item.last_outcome === 'callback_requested' && at) return t('reason.callbackAt', { at });
    if (item.status === 'waiting' && at) return t('reason.retryAt', { at });
    if (item.status === 'pending' && item.last_outcome === 'wrong_number') return t('reason.wrongThenNext');
    if (item.status === 'pending' && ['no_answer', 'busy', 'not_present'].includes(item.last_outcome))
      return t('reason.nextNumber');
    return '—';
  };

  return (
    <Stack gap="sm" data-testid="list-items" data-list={list.id}>
      <Group justify="space-between" wrap="wrap" gap="sm">
        <SegmentedControl
          size="xs"
          value={filter}
          onChange={(value) => setFilter(value === 'all' ? 'all' : 'open')}
          data={[
            { value: 'open', label: t('items.open') },
            { value: 'all', label: t('items.all') },
          ]}
          aria-label={t('items.filter')}
          data-testid="items-filter"
        />
        {editable ? (
          <Group gap="xs">
            <Button
              size="xs"
              variant="light"
              leftSection={<IconUserShare size={16} />}
              disabled={selected.size === 0}
              onClick={() => setReassigning({ listId: list.id, itemIds: [...selected] })}
              data-testid="reassign-selected"
            >
              {t('items.reassignSelected')}
            </Button>
            <Button
              size="xs"
              variant="default"
              leftSection={<IconUserShare size={16} />}
              disabled={agents.length === 0}
              onClick={() => setReassigning({ listId: list.id, fromChoices: agents })}
              data-testid="reassign-share"
            >
              {t('items.reassignShare')}
            </Button>
          </Group>
        ) : null}
      </Group>
      {shown.length === 0 ? (
        <Text size="sm" c="dimmed" data-testid="items-empty">
          {t('items.empty')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={980}>
          <Table striped verticalSpacing={6} data-testid="items-table">
            <Table.Thead>
              <Table.Tr>
                {editable ? (
                  <Table.Th w={36}>
                    <Checkbox
                      aria-label={t('items.selectAll')}
                      checked={allShownSelected}
                      onChange={() => setSelected(allShownSelected ? new Set() : new Set(shown.map((i) => i.id)))}
                    />
                  </Table.Th>
                ) : null}
                <Table.Th>{t('items.customer')}</Table.Th>
                <Table.Th>{t('items.amount')}</Table.Th>
                {list.purpose === 'followup' ? <Table.Th>{t('items.tier')}</Table.Th> : null}
                <Table.Th>{t('items.number')}</Table.Th>
                <Table.Th>{t('items.agent')}</Table.Th>
                <Table.Th>{t('items.status')}</Table.Th>
                <Table.Th>{t('items.outcome')}</Table.Th>
                <Table.Th>{t('items.reason')}</Table.Th>
                <Table.Th>{t('items.attempts')}</Table.Th>
                {editable ? <Table.Th>{t('items.actions')}</Table.Th> : null}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shown.map((item) => (
                <Table.Tr key={item.id} data-item={item.id} data-customer={item.customer_no} data-status={item.status}>
                  {editable ? (
                    <Table.Td>
                      <Checkbox
                        aria-label={t('items.select')}
                        checked={selected.has(item.id)}
                        onChange={() => toggle(item.id)}
                      />
                    </Table.Td>
                  ) : null}
                  <Table.Td>
                    <Stack gap={0}>
                      <Text size="sm" fw={500}>
                        <bdi>{item.name}</bdi>
                      </Text>
                      <Text size="xs" c="dimmed">
                        <Ltr mono>{item.customer_no}</Ltr>
                      </Text>
                    </Stack>
                  </Table.Td>
                  <Table.Td>
                    <Ltr>{formatMoney(item.amount, item.currency, locale)}</Ltr>
                  </Table.Td>
                  {list.purpose === 'followup' ? (
                    <Table.Td>
                      <TierBadge tier={item.tier} />
                    </Table.Td>
                  ) : null}
                  <Table.Td>{item.phone_masked ? <Ltr mono>{item.phone_masked}</Ltr> : '—'}</Table.Td>
                  <Table.Td data-agent={item.agent ?? ''}>
                    <ActorName by={item.agent} name={item.agent_name} />
                  </Table.Td>
                  <Table.Td>
                    <ItemStatusBadge status={item.status} />
                  </Table.Td>
                  <Table.Td>
                    <OutcomeBadge outcome={item.outcome ?? item.last_outcome} />
                  </Table.Td>
                  <Table.Td>
                    <Text size="xs" data-testid="item-reason">
                      {reasonOf(item)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Ltr>{item.attempts}</Ltr>
                  </Table.Td>
                  {editable ? (
                    <Table.Td>
                      {sendBackable.has(item.status) && item.agent ? (
                        <Tooltip label={t('items.sendBack')}>
                          <ActionIcon
                            variant="subtle"
                            aria-label={t('items.sendBack')}
                            onClick={() => setSendingBack(item.id)}
                            data-action="send-back"
                          >
                            <IconArrowBackUp size={18} className="mantine-rotate-rtl" />
                          </ActionIcon>
                        </Tooltip>
                      ) : null}
                    </Table.Td>
                  ) : null}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <SendBackModal itemId={sendingBack} onClose={() => setSendingBack(null)} />
      <ReassignModal
        request={reassigning}
        agentChoices={agents}
        onClose={() => setReassigning(null)}
        onDone={() => setSelected(new Set())}
      />
    </Stack>
  );
}
