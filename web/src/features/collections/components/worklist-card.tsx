import { Badge, Button, Card, Collapse, Divider, Group, Stack, Stepper, Text, Title, Tooltip } from '@mantine/core';
import { IconFileSpreadsheet, IconListDetails, IconSignature, IconUsersGroup } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../i18n';
import { formatDateTime } from '../../../ui/format';
import { Ltr } from '../../../ui/ltr';
import { exportListHref, listStatuses, type SendingWindow, type WorkList } from '../api/collections';
import { ActorName } from './actor-name';
import { ListStatusBadge } from './badges';
import { ListItemsTable } from './list-items-table';
import { ListProgress } from './list-progress';
import { SmsSending } from './sms-sending';
import { DialerPanel } from '../../dialer/components/dialer-panel';
import { useSession } from '../../auth/api/session';

type Props = {
  list: WorkList;
  timeZone: string | undefined;
  sendingWindow: SendingWindow;
  onDistribute: (list: WorkList) => void;
  onSignOff: (list: WorkList) => void;
};

/** One list of the day: its lifecycle with who/when, progress per agent, and the supervisor's actions. */
export function WorklistCard({ list, timeZone, sendingWindow, onDistribute, onSignOff }: Props) {
  const { t } = useTranslation('collections');
  const locale = currentLocale();
  const [showItems, setShowItems] = useState(false);
  const when = (iso: string | null) => (iso ? formatDateTime(iso, locale, timeZone) : null);
  const step = listStatuses.indexOf(list.status);
  // A signed-off list has every step done.
  const active = list.status === 'signed_off' ? listStatuses.length : Math.max(0, step);
  // Who and when at each step of the lifecycle (L1); the API keeps no time for the in-progress step.
  const stepWhen: Partial<
    Record<(typeof listStatuses)[number], { at: string | null; by?: string | null; name?: string | null }>
  > = {
    draft: { at: list.created_at },
    approved: { at: list.created_at },
    distributed: { at: list.distributed_at, by: list.distributed_by, name: list.distributed_by_name },
    completed: { at: list.completed_at },
    signed_off: { at: list.signed_off_at, by: list.signed_off_by, name: list.signed_off_by_name },
  };
  const describe = (status: (typeof listStatuses)[number]) => {
    const step = stepWhen[status];
    if (!step?.at) return undefined;
    return (
      <Stack gap={0} align="center">
        {/* The time and its ص/م stay on one line. */}
        <bdi style={{ whiteSpace: 'nowrap' }}>{when(step.at)}</bdi>
        {step.by ? (
          <span style={{ whiteSpace: 'nowrap' }}>
            {t('worklists.by')} <ActorName by={step.by} name={step.name} />
          </span>
        ) : null}
      </Stack>
    );
  };
  const form = t(`worklists.form.${list.channel}`);
  const { user } = useSession();
  // Supervisors and managers dial a phone list (the server's runRoles in dialer.routes.ts).
  const mayDial =
    list.channel === 'phone' &&
    list.status !== 'signed_off' &&
    list.status !== 'draft' &&
    (user.role === 'supervisor' || user.role === 'manager');

  return (
    <Card
      withBorder
      radius="md"
      padding="lg"
      data-testid="worklist"
      data-list={list.id}
      data-purpose={list.purpose}
      data-channel={list.channel}
      data-status={list.status}
    >
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
          <Stack gap={4}>
            <Group gap="xs" wrap="wrap">
              <Title order={3} size="h4" data-testid="worklist-title">
                {t(`listTitle.${list.purpose}.${list.channel}`)}
              </Title>
              <ListStatusBadge status={list.status} />
            </Group>
            <Group gap="xs" wrap="wrap">
              <Badge variant="outline" color="gray" tt="none">
                {t(`channel.${list.channel}`)}
              </Badge>
              <Text size="sm" c="dimmed" data-testid="worklist-total">
                {t('count.items', { count: list.total })}
              </Text>
            </Group>
          </Stack>
          <Group gap="xs" wrap="wrap">
            {list.channel === 'phone' && list.status !== 'signed_off' ? (
              <Button
                size="sm"
                variant="light"
                leftSection={<IconUsersGroup size={16} />}
                onClick={() => onDistribute(list)}
                data-action="distribute"
              >
                {t('worklists.distribute')}
              </Button>
            ) : null}
            <Button
              size="sm"
              variant={showItems ? 'filled' : 'light'}
              leftSection={<IconListDetails size={16} />}
              onClick={() => setShowItems((v) => !v)}
              aria-expanded={showItems}
              data-action="items"
            >
              {showItems ? t('worklists.hideItems') : t('worklists.items')}
            </Button>
            <Tooltip label={t('worklists.exportHint', { form })} multiline w={260}>
              <Button
                size="sm"
                variant="default"
                component="a"
                href={exportListHref(list.id)}
                download
                leftSection={<IconFileSpreadsheet size={16} />}
                data-action="export"
              >
                {t('worklists.export')} (<Ltr>{form}</Ltr>)
              </Button>
            </Tooltip>
            {list.status !== 'signed_off' ? (
              <Button
                size="sm"
                color="green"
                leftSection={<IconSignature size={16} />}
                onClick={() => onSignOff(list)}
                disabled={list.open_items > 0}
                aria-describedby={list.open_items > 0 ? `sign-off-blocked-${list.id}` : undefined}
                data-action="sign-off"
              >
                {t('worklists.signOff')}
              </Button>
            ) : null}
          </Group>
        </Group>

        {mayDial ? <DialerPanel listId={list.id} timeZone={timeZone} /> : null}

        {list.channel === 'sms' ? <SmsSending list={list} window={sendingWindow} timeZone={timeZone} /> : null}

        {list.status !== 'signed_off' && list.open_items > 0 ? (
          <Text size="xs" c="orange.8" id={`sign-off-blocked-${list.id}`} data-testid="sign-off-blocked">
            {t('worklists.signOffBlocked', { count: list.open_items })}
          </Text>
        ) : null}

        <Stepper
          active={active}
          size="xs"
          iconSize={24}
          labelPosition="bottom"
          wrap={false}
          allowNextStepsSelect={false}
          data-testid="lifecycle"
        >
          {listStatuses.map((status) => (
            <Stepper.Step
              key={status}
              label={t(`listStatus.${status}`)}
              description={describe(status)}
              data-step={status}
            />
          ))}
        </Stepper>

        <Divider />
        <ListProgress byAgent={list.by_agent} channel={list.channel} />
        <Collapse expanded={showItems}>
          {showItems ? (
            <>
              <Divider mb="md" />
              <ListItemsTable list={list} timeZone={timeZone} />
            </>
          ) : null}
        </Collapse>
      </Stack>
    </Card>
  );
}
