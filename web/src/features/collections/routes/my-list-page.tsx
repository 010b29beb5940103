import { ActionIcon, Alert, Card, Center, Grid, Group, Progress, Stack, Text, Title, Tooltip } from '@mantine/core';
import { IconKeyboard, IconRefresh } from '@tabler/icons-react';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../ui/page-header';
import { ErrorBlock, LoadingBlock } from '../../../ui/query-state';
import { useShortcuts } from '../../../ui/shortcuts';
import { useErrorText } from '../../../ui/errors';
import { notifyError } from '../../../ui/notify';
import { useDial, useLastDial } from '../../telephony/api/dial';
import { useHangup, useSeat } from '../../telephony/api/telephony';
import { callOutcomes, useMyItems, type CallOutcome, type MyItem } from '../api/collections';
import { CallStatus } from '../components/call-status';
import { groupOf, workingOrder, type ItemGroup } from '../api/work-order';
import { CustomerCard } from '../components/customer-card';
import { DateField } from '../components/date-field';
import { MyItemRow } from '../components/my-item-row';
import { OutcomeForm } from '../components/outcome-form';
import { useBusinessDate } from '../hooks/use-business-date';
import { OfferPanel } from '../../marketing/components/offer-panel';

/** قائمتي اليوم — the agent's items of the day in working order, the customer card and the outcome. */
export function MyListPage() {
  const { t } = useTranslation('collections');
  const { date, setDate, timeZone } = useBusinessDate();
  const items = useMyItems(date);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [callingId, setCallingId] = useState<string | null>(null);
  // The attempts the item had when its call was placed: the save says so, and the server refuses
  // it (409) if somebody recorded one since — a live refresh of the list must not hide that.
  const [callingAttempts, setCallingAttempts] = useState(0);
  const errorText = useErrorText();
  // The call button places a real call through the seat (A6): the form follows the call.
  const placeCall = useDial();
  const lastDial = useLastDial();
  const hangup = useHangup();
  // A call on the seat's line (answered, ringing, held, or one this list placed): the seat would
  // refuse another, so the call buttons say so instead of asking. A call this list is ending (its
  // outcome saved) does not count: the next call waits for its end.
  const [endingCallId, setEndingCallId] = useState<string | null>(null);
  const ending = useRef<Promise<unknown> | null>(null);
  const seatCall = useSeat(true).data?.seat?.call ?? null;
  const lineBusy = seatCall !== null && seatCall.status !== 'ended' && seatCall.id !== endingCallId;
  const call = async (item: MyItem) => {
    if (lineBusy) return;
    setSelectedId(item.id);
    setCallingId(item.id);
    setCallingAttempts(item.attempts);
    await ending.current;
    placeCall.mutate(
      { work_item_id: item.id },
      // No call placed (no telephone, a call already on the line): the outcome is recorded by hand.
      { onError: (error) => notifyError(errorText(error)) },
    );
  };

  const ordered = useMemo(() => workingOrder(items.data?.items ?? []), [items.data]);
  const selected = ordered.find((i) => i.id === selectedId) ?? ordered.find((i) => groupOf(i) !== 'closed') ?? null;
  const done = ordered.filter((i) => groupOf(i) === 'closed').length;

  // J/K (or the arrows) move between items, C calls the selected one — by the physical key, so
  // they work on the Arabic layout too.
  useShortcuts((key) => {
    if (!selected) return false;
    const at = ordered.findIndex((i) => i.id === selected.id);
    if (key === 'j' || key === 'arrowdown') {
      setSelectedId(ordered[Math.min(ordered.length - 1, at + 1)]?.id ?? null);
      return true;
    }
    if (key === 'k' || key === 'arrowup') {
      setSelectedId(ordered[Math.max(0, at - 1)]?.id ?? null);
      return true;
    }
    if (key === 'c' && selected.phone_masked && groupOf(selected) !== 'closed' && !placeCall.isPending && !lineBusy) {
      void call(selected);
      return true;
    }
    return false;
  });

  // The call placed for an item (the last one the seat placed, if it was for this item).
  const dialOf = (item: MyItem) => {
    const dial = lastDial.data?.dial;
    return dial && dial.work_item_id === item.id && (placeCall.isIdle || placeCall.data?.call_id === dial.call_id)
      ? dial
      : null;
  };
  const suggestedOf = (item: MyItem): CallOutcome | null => {
    const outcome = dialOf(item)?.outcome ?? (dialOf(item)?.status === 'connected' ? 'reached' : null);
    return outcome && (callOutcomes as readonly string[]).includes(outcome) ? (outcome as CallOutcome) : null;
  };

  const next = (after: MyItem) =>
    ordered.find((i) => i.id !== after.id && (groupOf(i) === 'top' || groupOf(i) === 'due'))?.id ?? null;

  const groups: ItemGroup[] = ['top', 'due', 'waiting', 'closed'];

  return (
    <Stack gap={0}>
      <PageHeader
        title={t('myList.title')}
        subtitle={t('myList.subtitle')}
        actions={
          <Group align="flex-end" gap="xs">
            <DateField
              value={date}
              onChange={(d) => {
                setDate(d);
                setSelectedId(null);
                setCallingId(null);
              }}
              testId="my-list-date"
            />
            <Tooltip label={t('autoRefresh')}>
              <ActionIcon
                variant="default"
                size="input-sm"
                aria-label={t('refresh')}
                loading={items.isFetching}
                onClick={() => void items.refetch()}
              >
                <IconRefresh size={18} />
              </ActionIcon>
            </Tooltip>
          </Group>
        }
      />
      {items.isPending ? (
        <LoadingBlock />
      ) : items.isError ? (
        <ErrorBlock error={items.error} onRetry={() => void items.refetch()} />
      ) : ordered.length === 0 ? (
        <Card withBorder radius="md" padding="xl">
          <Center>
            <Stack gap={4} align="center" data-testid="my-list-empty">
              <Text fw={500}>{t('myList.empty')}</Text>
              <Text c="dimmed" size="sm">
                {t('myList.emptyHint')}
              </Text>
            </Stack>
          </Center>
        </Card>
      ) : (
        <Grid gap="md" align="flex-start">
          <Grid.Col span={{ base: 12, md: 5 }}>
            <Card withBorder radius="md" padding="md">
              <Stack gap="sm">
                <Group justify="space-between" wrap="nowrap">
                  <Text size="sm" fw={600} data-testid="my-list-progress">
                    {t('myList.progress', { done, total: ordered.length })}
                  </Text>
                  <Text size="sm" c="dimmed">
                    {t('count.items', { count: ordered.length })}
                  </Text>
                </Group>
                <Progress value={(done / ordered.length) * 100} color="teal" size="sm" aria-hidden />
                <Stack gap="xs" data-testid="my-items">
                  {groups.map((group) => {
                    const members = ordered.filter((i) => groupOf(i) === group);
                    if (members.length === 0) return null;
                    return (
                      <Stack key={group} gap={6} data-testid={`group-${group}`}>
                        <Text size="xs" fw={700} c="dimmed" tt="uppercase">
                          {t(`myList.group.${group}`)} · {members.length}
                        </Text>
                        {members.map((item) => (
                          <MyItemRow
                            key={item.id}
                            item={item}
                            group={group}
                            selected={selected?.id === item.id}
                            calling={callingId === item.id}
                            lineBusy={lineBusy}
                            timeZone={timeZone}
                            onSelect={() => setSelectedId(item.id)}
                            onCall={() => void call(item)}
                          />
                        ))}
                      </Stack>
                    );
                  })}
                </Stack>
                <Group gap={6} wrap="nowrap" c="dimmed">
                  <IconKeyboard size={16} style={{ flexShrink: 0 }} />
                  <Text size="xs" c="dimmed">
                    {t('myList.keyboard')}
                  </Text>
                </Group>
              </Stack>
            </Card>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 7 }}>
            {selected ? (
              <Stack gap="md">
                <CustomerCard item={selected} />
                {selected.purpose === 'marketing' ? <OfferPanel itemId={selected.id} /> : null}
                {groupOf(selected) === 'closed' ? (
                  <Alert color="teal">{t('outcomeForm.closed')}</Alert>
                ) : selected.status === 'waiting_correction' ? (
                  <Alert color="orange">{t('outcomeForm.waitingCorrection')}</Alert>
                ) : callingId === selected.id ? (
                  <Stack gap="md">
                    {dialOf(selected) ? <CallStatus dial={dialOf(selected)!} /> : null}
                    {/* There from the click (a wrong number is known while it rings); the call's result
                        fills it in as it comes: reached on the answer, no answer or busy at the end. */}
                    <OutcomeForm
                      // A fresh form for each item and each attempt.
                      key={`${selected.id}/${callingAttempts}`}
                      item={selected}
                      expectedAttempts={callingAttempts}
                      timeZone={timeZone ?? 'Asia/Riyadh'}
                      suggested={suggestedOf(selected)}
                      onRecorded={(item) => {
                        // The attempt is recorded: a call still on the line ends with it.
                        const dial = dialOf(item);
                        if (dial && dial.status !== 'ended') {
                          setEndingCallId(dial.call_id);
                          ending.current = hangup.mutateAsync().catch(() => undefined);
                        }
                        setCallingId(null);
                        setSelectedId(next(item));
                      }}
                      onConflict={() => setCallingId(null)}
                    />
                  </Stack>
                ) : null}
              </Stack>
            ) : (
              <Card withBorder radius="md" padding="xl">
                <Title order={4} c="dimmed" ta="center">
                  {t('myList.select')}
                </Title>
              </Card>
            )}
          </Grid.Col>
        </Grid>
      )}
    </Stack>
  );
}
