import { Alert, Button, Grid, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../i18n';
import { isApiError } from '../../../ui/api-client';
import { fieldErrors, useErrorText } from '../../../ui/errors';
import { Ltr } from '../../../ui/ltr';
import { notifySuccess } from '../../../ui/notify';
import { useSaveIvrMenu, type IvrNode } from '../api/routing';
import { IvrNodeCard, type NodeEditorContext } from './ivr-node-card';
import { problemsByNode, updateAt } from './ivr-tree';
import { IvrTryPanel } from './ivr-try-panel';

type Option = { value: string; label: string };

/** The editor of one menu: its name, the tree as nested cards, save (the server checks it), try. */
export function IvrEditor({
  code,
  initial,
  version,
  queues,
  menus,
  onSaved,
}: {
  code: string;
  initial: { name: string; tree: IvrNode };
  version: number | null;
  queues: Option[];
  menus: Option[];
  onSaved: () => void;
}) {
  const { t } = useTranslation(['telephonyAdmin', 'common']);
  const errorText = useErrorText();
  const save = useSaveIvrMenu();
  const [name, setName] = useState(initial.name);
  const [tree, setTree] = useState<IvrNode>(initial.tree);
  const arabic = currentLocale() === 'ar';
  const errors = useMemo(() => (isApiError(save.error) ? save.error.errors : []), [save.error]);
  const problems = useMemo(() => problemsByNode(errors, arabic), [errors, arabic]);
  const general = save.error && errors.length === 0;
  const ctx: NodeEditorContext = {
    queues,
    menus,
    problems,
    change: (path, replace) => setTree((current) => updateAt(current, path, replace)),
  };
  const queueName = (q: string) => queues.find((o) => o.value === q)?.label ?? q;

  return (
    <Grid gap="md">
      <Grid.Col span={{ base: 12, lg: 8 }}>
        <Stack gap="sm" data-testid="ivr-editor">
          <Group justify="space-between" align="flex-end">
            <Stack gap={2}>
              <Title order={3} size="h4">
                {t('ivr.editing')} <Ltr mono>{code}</Ltr>
              </Title>
              <Text size="xs" c="dimmed">
                {version === null ? t('ivr.unsaved') : t('ivr.version', { version })}
              </Text>
            </Stack>
            <Button
              data-testid="save-menu"
              loading={save.isPending}
              onClick={() =>
                save.mutate(
                  { code, name, tree },
                  {
                    onSuccess: () => {
                      notifySuccess(t('ivr.saved'));
                      onSaved();
                    },
                  },
                )
              }
            >
              {t('common:actions.save')}
            </Button>
          </Group>
          {errors.length > 0 ? (
            <Alert color="red" role="alert" data-testid="menu-problems">
              {t('ivr.problems', { count: errors.length })}
            </Alert>
          ) : null}
          {general ? (
            <Alert color="red" role="alert">
              {errorText(save.error)}
            </Alert>
          ) : null}
          <TextInput
            label={t('ivr.name')}
            name="menu-name"
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={fieldErrors(save.error).name}
          />
          <IvrNodeCard node={tree} path="" ctx={ctx} />
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 4 }}>
        <IvrTryPanel code={code} tree={tree} queueName={queueName} />
      </Grid.Col>
    </Grid>
  );
}
