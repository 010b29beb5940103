import { Alert, Badge, Button, Group, Switch, Table, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../ui/api-client';
import { fieldErrors, useErrorText } from '../../../ui/errors';
import { Ltr } from '../../../ui/ltr';
import { notifySuccess } from '../../../ui/notify';
import { NumberField } from '../../../ui/number-field';
import { useSaveBreakReason, type BreakReason, type BreakReasonInput } from '../api/routing';

/** أسباب الاستراحة: one editable row per reason, and a row to add one. */
export function BreakReasonsEditor({ reasons }: { reasons: BreakReason[] }) {
  const { t } = useTranslation('telephonyAdmin');
  const nextSort = Math.min(89, Math.max(0, ...reasons.filter((r) => !r.system).map((r) => r.sort)) + 1);
  return (
    <Table.ScrollContainer minWidth={800}>
      <Table verticalSpacing="xs" data-testid="break-reasons">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('breaks.code')}</Table.Th>
            <Table.Th>{t('breaks.nameAr')}</Table.Th>
            <Table.Th>{t('breaks.nameEn')}</Table.Th>
            <Table.Th>{t('breaks.limit')}</Table.Th>
            <Table.Th>{t('breaks.sort')}</Table.Th>
            <Table.Th>{t('breaks.active')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {reasons.map((r) => (
            <BreakReasonRow key={r.code} reason={r} />
          ))}
          <BreakReasonRow key={`new-${reasons.length}`} reason={null} sort={nextSort} />
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function BreakReasonRow({ reason, sort = 0 }: { reason: BreakReason | null; sort?: number }) {
  const { t } = useTranslation(['telephonyAdmin', 'common']);
  const errorText = useErrorText();
  const save = useSaveBreakReason();
  const [code, setCode] = useState(reason?.code ?? '');
  const [form, setForm] = useState<BreakReasonInput>(
    reason
      ? {
          name_ar: reason.name_ar,
          name_en: reason.name_en,
          limit_minutes: reason.limit_minutes,
          sort: reason.sort,
          active: reason.active,
        }
      : { name_ar: '', name_en: '', limit_minutes: null, sort, active: true },
  );
  const errors = fieldErrors(save.error);
  const general = save.error && !(isApiError(save.error) && save.error.errors.length > 0);
  const submit = () =>
    save.mutate({ code: code.trim(), input: form }, { onSuccess: () => notifySuccess(t('breaks.saved')) });
  return (
    <Table.Tr data-code={reason?.code ?? 'new'}>
      <Table.Td>
        {reason ? (
          <Group gap={6} wrap="nowrap">
            <Ltr mono>{reason.code}</Ltr>
            {reason.system ? (
              <Badge size="xs" variant="light" color="gray">
                {t('breaks.system')}
              </Badge>
            ) : null}
          </Group>
        ) : (
          <TextInput
            aria-label={t('breaks.code')}
            placeholder={t('breaks.newCode')}
            dir="ltr"
            size="xs"
            value={code}
            onChange={(e) => setCode(e.currentTarget.value)}
            error={errors.code}
          />
        )}
      </Table.Td>
      <Table.Td>
        <TextInput
          aria-label={t('breaks.nameAr')}
          size="xs"
          value={form.name_ar}
          onChange={(e) => setForm({ ...form, name_ar: e.currentTarget.value })}
          error={errors.name_ar}
        />
      </Table.Td>
      <Table.Td>
        <TextInput
          aria-label={t('breaks.nameEn')}
          size="xs"
          dir="ltr"
          value={form.name_en}
          onChange={(e) => setForm({ ...form, name_en: e.currentTarget.value })}
          error={errors.name_en}
        />
      </Table.Td>
      <Table.Td w={110}>
        <NumberField
          aria-label={t('breaks.limit')}
          size="xs"
          placeholder={t('breaks.noLimit')}
          value={form.limit_minutes ?? Number.NaN}
          onChange={(v) => setForm({ ...form, limit_minutes: Number.isNaN(v) ? null : v })}
          error={errors.limit_minutes}
        />
      </Table.Td>
      <Table.Td w={80}>
        <NumberField
          aria-label={t('breaks.sort')}
          size="xs"
          value={form.sort}
          onChange={(v) => setForm({ ...form, sort: v })}
          error={errors.sort}
        />
      </Table.Td>
      <Table.Td>
        <Switch
          aria-label={t('breaks.active')}
          checked={form.active}
          disabled={reason?.system}
          onChange={(e) => setForm({ ...form, active: e.currentTarget.checked })}
        />
      </Table.Td>
      <Table.Td>
        <Button size="xs" variant="light" loading={save.isPending} onClick={submit}>
          {reason ? t('common:actions.save') : t('common:actions.add')}
        </Button>
        {general ? (
          <Alert color="red" role="alert" p={4} mt={4}>
            {errorText(save.error)}
          </Alert>
        ) : null}
      </Table.Td>
    </Table.Tr>
  );
}
