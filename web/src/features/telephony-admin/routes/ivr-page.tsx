import { Alert, Badge, Button, Card, Grid, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../ui/errors';
import { Ltr } from '../../../ui/ltr';
import { PageHeader } from '../../../ui/page-header';
import { ErrorBlock, LoadingBlock } from '../../../ui/query-state';
import { useDeleteIvrMenu, useDialRoutes, useIvrMenu, useIvrMenus, useQueues, type IvrNode } from '../api/routing';
import { DialRoutes } from '../components/dial-routes';
import { IvrEditor } from '../components/ivr-editor';
import { newNode } from '../components/ivr-tree';

const codePattern = /^[a-z][a-z0-9_]{1,49}$/;

/** القوائم الصوتية: the menus, the numbers routed to them, and the editor of one menu. */
export function IvrPage() {
  const { t } = useTranslation(['telephonyAdmin', 'common']);
  const errorText = useErrorText();
  const menus = useIvrMenus();
  const queues = useQueues();
  const routes = useDialRoutes();
  const remove = useDeleteIvrMenu();
  const [selected, setSelected] = useState<string | null>(null);
  const [draft, setDraft] = useState<string | null>(null);
  const [newCode, setNewCode] = useState('');
  const menu = useIvrMenu(selected && selected !== draft ? selected : null);

  const failed = menus.error ?? queues.error ?? routes.error;
  if (failed) return <ErrorBlock error={failed} />;
  if (!menus.data || !queues.data || !routes.data) return <LoadingBlock />;

  const queueOptions = queues.data.items.map((q) => ({ value: q.code, label: q.name_ar }));
  const menuOptions = menus.data.items.map((m) => ({ value: m.code, label: m.name }));
  const blank: { name: string; tree: IvrNode } = { name: '', tree: newNode('menu') };
  const startNew = () => {
    const code = newCode.trim();
    if (!codePattern.test(code)) return;
    setDraft(code);
    setSelected(code);
    setNewCode('');
  };

  return (
    <Stack gap={0}>
      <PageHeader title={t('ivr.title')} subtitle={t('ivr.subtitle')} />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 3 }}>
          <Stack gap="md">
            <Stack gap="xs" data-testid="ivr-menus">
              <Title order={3} size="h5">
                {t('ivr.menus')}
              </Title>
              {menus.data.items.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t('ivr.noMenus')}
                </Text>
              ) : null}
              {menus.data.items.map((m) => (
                <Card
                  key={m.code}
                  withBorder
                  padding="xs"
                  data-code={m.code}
                  style={{
                    cursor: 'pointer',
                    borderColor: selected === m.code ? 'var(--mantine-color-blue-5)' : undefined,
                  }}
                  onClick={() => {
                    setDraft(null);
                    setSelected(m.code);
                  }}
                >
                  <Group justify="space-between" wrap="nowrap">
                    <Stack gap={0}>
                      <Text size="sm" fw={500}>
                        {m.name}
                      </Text>
                      <Text size="xs" c="dimmed">
                        <Ltr mono>{m.code}</Ltr> · {t('ivr.version', { version: m.version })}
                      </Text>
                    </Stack>
                    {m.dnis.map((d) => (
                      <Badge key={d} size="xs" variant="light">
                        <Ltr>{d}</Ltr>
                      </Badge>
                    ))}
                  </Group>
                </Card>
              ))}
              <Stack gap={6}>
                <TextInput
                  label={t('ivr.newCode')}
                  description={t('ivr.newCodeHint')}
                  name="new-menu-code"
                  size="xs"
                  dir="ltr"
                  value={newCode}
                  onChange={(e) => setNewCode(e.currentTarget.value)}
                  error={newCode && !codePattern.test(newCode.trim()) ? t('ivr.badCode') : undefined}
                />
                <Group>
                  <Button size="xs" leftSection={<IconPlus size={14} />} onClick={startNew} data-testid="new-menu">
                    {t('ivr.new')}
                  </Button>
                </Group>
              </Stack>
            </Stack>
            <DialRoutes routes={routes.data.items} menus={menuOptions} queues={queueOptions} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 9 }}>
          {selected === null ? (
            <Text c="dimmed">{t('ivr.pick')}</Text>
          ) : selected === draft ? (
            <IvrEditor
              key={`draft-${draft}`}
              code={draft}
              initial={blank}
              version={null}
              queues={queueOptions}
              menus={menuOptions}
              onSaved={() => setDraft(null)}
            />
          ) : menu.error ? (
            <ErrorBlock error={menu.error} />
          ) : !menu.data ? (
            <LoadingBlock />
          ) : (
            <Stack gap="sm">
              <IvrEditor
                key={`${menu.data.code}-${menu.data.version}`}
                code={menu.data.code}
                initial={{ name: menu.data.name, tree: menu.data.tree }}
                version={menu.data.version}
                queues={queueOptions}
                menus={menuOptions.filter((o) => o.value !== menu.data.code)}
                onSaved={() => undefined}
              />
              <Group>
                <Button
                  variant="subtle"
                  color="red"
                  size="xs"
                  leftSection={<IconTrash size={14} />}
                  loading={remove.isPending}
                  onClick={() => remove.mutate(menu.data.code, { onSuccess: () => setSelected(null) })}
                >
                  {t('ivr.delete')}
                </Button>
              </Group>
              {remove.error ? (
                <Alert color="red" role="alert">
                  {errorText(remove.error)}
                </Alert>
              ) : null}
            </Stack>
          )}
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
