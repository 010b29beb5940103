import { ActionIcon, Alert, Button, Group, Select, Stack, Table, Text, TextInput, Title, Tooltip } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../ui/api-client';
import { fieldErrors, useErrorText } from '../../../ui/errors';
import { Ltr } from '../../../ui/ltr';
import { notifySuccess } from '../../../ui/notify';
import { useDeleteDialRoute, useSaveDialRoute, type DialRoute, type DialRouteInput } from '../api/routing';

type Option = { value: string; label: string };

/** الأرقام المطلوبة (DNIS): which number goes to which menu or queue. */
export function DialRoutes({ routes, menus, queues }: { routes: DialRoute[]; menus: Option[]; queues: Option[] }) {
  const { t } = useTranslation(['telephonyAdmin', 'common']);
  const errorText = useErrorText();
  const save = useSaveDialRoute();
  const remove = useDeleteDialRoute();
  const [dnis, setDnis] = useState('');
  const [kind, setKind] = useState<DialRouteInput['target_kind']>('ivr');
  const [target, setTarget] = useState<string | null>(null);
  const errors = fieldErrors(save.error);
  const general = save.error && !(isApiError(save.error) && save.error.errors.length > 0);
  const labelOf = (r: DialRoute) =>
    (r.target_kind === 'ivr' ? menus : queues).find((o) => o.value === r.target)?.label ?? r.target;

  return (
    <Stack gap="xs" data-testid="dial-routes">
      <Title order={3} size="h5">
        {t('routes.title')}
      </Title>
      <Table verticalSpacing={4}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('routes.dnis')}</Table.Th>
            <Table.Th>{t('routes.target')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {routes.map((r) => (
            <Table.Tr key={r.dnis} data-dnis={r.dnis}>
              <Table.Td>{r.dnis === 'default' ? t('routes.default') : <Ltr mono>{r.dnis}</Ltr>}</Table.Td>
              <Table.Td>
                <Text size="sm">
                  {t(`routes.kinds.${r.target_kind}`)}: {labelOf(r)}
                </Text>
              </Table.Td>
              <Table.Td>
                <Tooltip label={t('common:actions.remove')}>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={`${t('common:actions.remove')} ${r.dnis}`}
                    onClick={() => remove.mutate(r.dnis)}
                  >
                    <IconTrash size={16} />
                  </ActionIcon>
                </Tooltip>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {remove.error ? (
        <Alert color="red" role="alert">
          {errorText(remove.error)}
        </Alert>
      ) : null}
      <Group align="flex-end" gap="xs" wrap="wrap">
        <TextInput
          label={t('routes.dnis')}
          description={t('routes.dnisHint')}
          name="dnis"
          dir="ltr"
          size="xs"
          w={160}
          value={dnis}
          onChange={(e) => setDnis(e.currentTarget.value)}
          error={errors.dnis}
        />
        <Select
          label={t('routes.kind')}
          size="xs"
          w={120}
          data={(['ivr', 'queue'] as const).map((k) => ({ value: k, label: t(`routes.kinds.${k}`) }))}
          value={kind}
          allowDeselect={false}
          onChange={(v) => {
            setKind((v ?? 'ivr') as DialRouteInput['target_kind']);
            setTarget(null);
          }}
        />
        <Select
          label={t('routes.target')}
          size="xs"
          w={200}
          data-testid="route-target"
          data={kind === 'ivr' ? menus : queues}
          value={target}
          onChange={setTarget}
          error={errors.target}
        />
        <Button
          size="xs"
          loading={save.isPending}
          onClick={() =>
            save.mutate(
              { dnis: dnis.trim(), input: { target_kind: kind, target: target ?? '' } },
              {
                onSuccess: () => {
                  notifySuccess(t('routes.saved'));
                  setDnis('');
                  setTarget(null);
                },
              },
            )
          }
        >
          {t('routes.save')}
        </Button>
      </Group>
      {general ? (
        <Alert color="red" role="alert">
          {errorText(save.error)}
        </Alert>
      ) : null}
    </Stack>
  );
}
