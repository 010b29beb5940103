import { Badge, Button, Card, Group, Modal, Stack, Table, Tabs, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../i18n';
import { canDo } from '../../../app/access';
import { useErrorText } from '../../../ui/errors';
import { formatDateTime } from '../../../ui/format';
import { FreeText } from '../../../ui/free-text';
import { Ltr } from '../../../ui/ltr';
import { notifyError, notifySuccess } from '../../../ui/notify';
import { PageHeader } from '../../../ui/page-header';
import { ErrorBlock, LoadingBlock } from '../../../ui/query-state';
import { useSession } from '../../auth/api/session';
import { useSettingValue } from '../../settings/api/settings';
import { useNow } from '../../telephony/hooks/use-now';
import {
  dueDistance,
  useCloseEscalation,
  useEscalations,
  useTakeEscalation,
  type Escalation,
} from '../api/escalations';

const stateColor: Record<Escalation['state'], string> = {
  open: 'blue',
  taken: 'grape',
  overdue: 'red',
  done: 'teal',
};

/**
 * المتابعات المصعّدة (A5): supervisors see every escalation by its promised time, overdue on top,
 * take one and close it with what was done; an agent sees his own and where they stand.
 */
export function EscalationsPage() {
  const { t } = useTranslation('escalations');
  const { user } = useSession();
  const handler = user.role !== 'agent';
  const [tab, setTab] = useState<'open' | 'done'>('open');
  return (
    <Stack gap={0}>
      <PageHeader
        title={handler ? t('page.title') : t('page.mineTitle')}
        subtitle={handler ? t('page.subtitle') : t('page.mineSubtitle')}
      />
      <Tabs value={tab} onChange={(v) => setTab(v === 'done' ? 'done' : 'open')} keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="open" data-testid="escalations-tab-open">
            {t('tabs.open')}
          </Tabs.Tab>
          <Tabs.Tab value="done" data-testid="escalations-tab-done">
            {t('tabs.done')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="open">
          <EscalationTable scope={handler ? 'all' : 'mine'} status="open" handler={handler} />
        </Tabs.Panel>
        <Tabs.Panel value="done">
          <EscalationTable scope={handler ? 'all' : 'mine'} status="done" handler={handler} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

function EscalationTable({
  scope,
  status,
  handler,
}: {
  scope: 'mine' | 'all';
  status: 'open' | 'done';
  handler: boolean;
}) {
  const { t } = useTranslation('escalations');
  const locale = currentLocale();
  const timeZone = useSettingValue('timezone');
  const now = useNow();
  const { user } = useSession();
  const errorText = useErrorText();
  const list = useEscalations(scope, status);
  const take = useTakeEscalation();
  const [closing, setClosing] = useState<Escalation | null>(null);

  if (list.isPending) return <LoadingBlock />;
  if (list.isError) return <ErrorBlock error={list.error} onRetry={() => void list.refetch()} />;
  const items = list.data.items;
  if (items.length === 0) {
    return (
      <Card withBorder radius="md" padding="xl">
        <Text c="dimmed" ta="center" data-testid="escalations-empty">
          {t('empty')}
        </Text>
      </Card>
    );
  }
  // The state comes from the server at its time; between reloads the clock turns an open one overdue.
  const stateOf = (e: Escalation): Escalation['state'] =>
    e.status !== 'done' && Date.parse(e.due_at) < now ? 'overdue' : e.state;

  return (
    <Card withBorder radius="md" padding={0}>
      <Table.ScrollContainer minWidth={820}>
        <Table verticalSpacing="sm" highlightOnHover data-testid="escalations-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('columns.due')}</Table.Th>
              <Table.Th>{t('columns.state')}</Table.Th>
              <Table.Th>{t('columns.customer')}</Table.Th>
              {handler ? <Table.Th>{t('columns.agent')}</Table.Th> : null}
              <Table.Th>{t('columns.note')}</Table.Th>
              <Table.Th>{t('columns.handler')}</Table.Th>
              {handler && status === 'open' ? <Table.Th>{t('columns.actions')}</Table.Th> : null}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((e) => {
              const state = stateOf(e);
              const distance = dueDistance(e.due_at, now);
              const mine = e.taken_by === user.username;
              return (
                <Table.Tr
                  key={e.id}
                  data-testid="escalation-row"
                  data-state={state}
                  data-id={e.id}
                  style={state === 'overdue' ? { background: 'var(--mantine-color-red-0)' } : undefined}
                >
                  <Table.Td>
                    <Stack gap={0}>
                      <Text size="sm" fw={600}>
                        {formatDateTime(e.due_at, locale, timeZone)}
                      </Text>
                      {e.status !== 'done' ? (
                        <Text size="xs" c={distance.late ? 'red.7' : 'dimmed'} data-testid="escalation-distance">
                          {distance.late ? t('lateBy', { time: distance.text }) : t('dueIn', { time: distance.text })}
                        </Text>
                      ) : null}
                    </Stack>
                  </Table.Td>
                  <Table.Td>
                    <Badge
                      color={stateColor[state]}
                      variant={state === 'overdue' ? 'filled' : 'light'}
                      data-testid="escalation-state"
                    >
                      {t(`state.${state}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    {e.customer ? (
                      <Stack gap={0}>
                        {handler || canDo('browse', user.role) ? (
                          <Link
                            to="/customers/$customerNo"
                            params={{ customerNo: e.customer.customer_no }}
                            className="tw-link"
                          >
                            <bdi>{e.customer.name}</bdi>
                          </Link>
                        ) : (
                          <Text size="sm">
                            <bdi>{e.customer.name}</bdi>
                          </Text>
                        )}
                        <Text size="xs" c="dimmed">
                          <Ltr mono>{e.customer.customer_no}</Ltr>
                        </Text>
                      </Stack>
                    ) : (
                      <Text size="sm" c="dimmed">
                        {t('noCustomer')}
                      </Text>
                    )}
                  </Table.Td>
                  {handler ? (
                    <Table.Td>
                      <Text size="sm">
                        <bdi>{e.agent_name}</bdi>
                      </Text>
                    </Table.Td>
                  ) : null}
                  <Table.Td maw={320}>
                    <Text size="sm" style={{ overflowWrap: 'anywhere' }} data-testid="escalation-note">
                      <bdi>{e.note}</bdi>
                    </Text>
                    {e.done_note ? (
                      <Text size="xs" c="teal.8" style={{ overflowWrap: 'anywhere' }}>
                        {t('doneNote', { note: e.done_note })}
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{e.done_by ?? e.taken_by ?? '—'}</Text>
                  </Table.Td>
                  {handler && status === 'open' ? (
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap">
                        {e.status === 'open' ? (
                          <Button
                            size="compact-sm"
                            variant="light"
                            loading={take.isPending && take.variables === e.id}
                            onClick={() =>
                              take.mutate(e.id, {
                                onSuccess: () => notifySuccess(t('taken')),
                                onError: (error) => notifyError(errorText(error)),
                              })
                            }
                            data-testid="escalation-take"
                          >
                            {t('take')}
                          </Button>
                        ) : null}
                        {e.status === 'open' || mine ? (
                          <Button
                            size="compact-sm"
                            variant="default"
                            onClick={() => setClosing(e)}
                            data-testid="escalation-close"
                          >
                            {t('close')}
                          </Button>
                        ) : null}
                      </Group>
                    </Table.Td>
                  ) : null}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <CloseModal escalation={closing} onClose={() => setClosing(null)} />
    </Card>
  );
}

function CloseModal({ escalation, onClose }: { escalation: Escalation | null; onClose: () => void }) {
  const { t } = useTranslation('escalations');
  const errorText = useErrorText();
  const close = useCloseEscalation();
  const [note, setNote] = useState('');
  return (
    <Modal opened={escalation !== null} onClose={onClose} title={t('closeTitle')} centered>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (!escalation || !note.trim()) return;
          close.mutate(
            { id: escalation.id, note: note.trim() },
            {
              onSuccess: () => {
                notifySuccess(t('closed'));
                setNote('');
                onClose();
              },
              onError: (error) => notifyError(errorText(error)),
            },
          );
        }}
      >
        <Stack>
          <FreeText
            label={t('closeNote')}
            description={t('closeNoteHint')}
            required
            minRows={3}
            maxLength={2000}
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
            data-testid="escalation-close-note"
          />
          <Group justify="flex-end">
            <Button type="submit" loading={close.isPending} disabled={!note.trim()} data-testid="escalation-close-save">
              {t('close')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
