import { ActionIcon, Group, Stack, Text, Tooltip, UnstyledButton } from '@mantine/core';
import { IconPhoneCall, IconPhoneCalling } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../i18n';
import { formatDateTime, formatMoney } from '../../../ui/format';
import { Ltr } from '../../../ui/ltr';
import type { MyItem } from '../api/collections';
import type { ItemGroup } from '../api/work-order';
import { ItemStatusBadge, PurposeBadge, TierBadge } from './badges';

type Props = {
  item: MyItem;
  group: ItemGroup;
  selected: boolean;
  calling: boolean;
  /** A call is on the seat's line: no other can be placed until it ends. */
  lineBusy: boolean;
  timeZone: string | undefined;
  onSelect: () => void;
  onCall: () => void;
};

/** One line of "قائمتي اليوم": what, who, how much, which number; the call button at the end. */
export function MyItemRow({ item, group, selected, calling, lineBusy, timeZone, onSelect, onCall }: Props) {
  const { t } = useTranslation('collections');
  const locale = currentLocale();
  const closed = group === 'closed';
  const callable = !closed && item.status !== 'waiting_correction' && item.phone_masked !== null;
  const sentBack = item.reason?.startsWith('sent_back: ') ? item.reason.slice('sent_back: '.length) : null;

  return (
    <Group
      wrap="nowrap"
      gap="sm"
      p="sm"
      align="center"
      data-testid="my-item"
      data-item={item.id}
      data-customer={item.customer_no}
      data-group={group}
      data-status={item.status}
      data-selected={selected}
      style={{
        borderRadius: 'var(--mantine-radius-md)',
        border: `1px solid ${selected ? 'var(--mantine-color-teal-6)' : 'var(--mantine-color-gray-3)'}`,
        background: selected
          ? 'var(--mantine-color-teal-0)'
          : group === 'top'
            ? 'var(--mantine-color-orange-0)'
            : 'var(--mantine-color-white)',
        opacity: closed ? 0.55 : 1,
      }}
    >
      <UnstyledButton onClick={onSelect} style={{ flex: 1, minWidth: 0 }} aria-pressed={selected}>
        <Stack gap={4}>
          <Group gap={6} wrap="wrap">
            <PurposeBadge purpose={item.purpose} />
            <TierBadge tier={item.tier} />
            <Text fw={600} size="sm" style={{ overflowWrap: 'anywhere' }} data-testid="item-name">
              <bdi>{item.name}</bdi>
            </Text>
            <Text size="xs" c="dimmed">
              <Ltr mono>{item.customer_no}</Ltr>
            </Text>
          </Group>
          <Group gap="md" wrap="wrap">
            <Text size="sm" fw={500} data-testid="item-amount">
              <Ltr>{formatMoney(item.amount, item.currency, locale)}</Ltr>
            </Text>
            {item.phone_masked ? (
              <Text size="sm" data-testid="item-phone">
                <Ltr mono>{item.phone_masked}</Ltr>{' '}
                <Text span size="xs" c="dimmed">
                  ({t('myList.numberOf', { position: item.phone_position, count: item.phones_count })})
                </Text>
              </Text>
            ) : (
              <Text size="sm" c="red">
                {t('myList.noNumber')}
              </Text>
            )}
          </Group>
          <Group gap={6} wrap="wrap">
            <ItemStatusBadge status={item.status} />
            <Text size="xs" c="dimmed" data-testid="item-attempts">
              {t('count.attempts', { count: item.attempts })}
            </Text>
            {group === 'waiting' && item.next_attempt_at ? (
              <Text size="xs" c="dimmed" data-testid="item-returns">
                {t('myList.returnsAt', { time: formatDateTime(item.next_attempt_at, locale, timeZone) })}
              </Text>
            ) : null}
            {item.status === 'waiting_correction' ? (
              <Text size="xs" c="orange.8">
                {t('myList.waitingForIt')}
              </Text>
            ) : null}
          </Group>
          {sentBack ? (
            <Text size="xs" c="grape.8" data-testid="item-sent-back">
              {t('myList.sentBack', { note: sentBack })}
            </Text>
          ) : null}
        </Stack>
      </UnstyledButton>
      <Tooltip
        label={calling ? t('myList.calling') : lineBusy && callable ? t('myList.lineBusy') : t('myList.callHint')}
        multiline
        w={220}
      >
        <ActionIcon
          size="xl"
          radius="xl"
          variant={calling ? 'filled' : 'light'}
          color={calling ? 'orange' : 'teal'}
          disabled={!callable}
          // Not `disabled`: the tooltip must still say why (a disabled button gets no hover).
          data-disabled={callable && lineBusy && !calling ? true : undefined}
          data-line-busy={lineBusy || undefined}
          onClick={lineBusy ? undefined : onCall}
          aria-label={t('myList.call')}
          data-action="call"
        >
          {calling ? <IconPhoneCalling size={22} /> : <IconPhoneCall size={22} />}
        </ActionIcon>
      </Tooltip>
    </Group>
  );
}
