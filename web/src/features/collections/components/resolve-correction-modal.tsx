import { Alert, Badge, Button, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors, useErrorText } from '../../../ui/errors';
import { Ltr } from '../../../ui/ltr';
import { notifySuccess } from '../../../ui/notify';
import { correctionKinds, useResolveCorrection, type CorrectionKind, type DataCorrection } from '../api/collections';

/**
 * IT's correction: a wrong number gets its right value (or none, when it was right after all);
 * a customer without a usable number gets a new one and its kind. The waiting item reopens.
 */
export function ResolveCorrectionModal({ task, onClose }: { task: DataCorrection | null; onClose: () => void }) {
  const { t } = useTranslation(['collections', 'common']);
  const resolve = useResolveCorrection();
  const errorText = useErrorText();
  const [raw, setRaw] = useState('');
  const [kind, setKind] = useState<CorrectionKind>('mobile');
  const [missing, setMissing] = useState(false);
  const close = () => {
    resolve.reset();
    setRaw('');
    setKind('mobile');
    setMissing(false);
    onClose();
  };
  const needsNumber = task?.reason === 'no_usable_number';
  const errors = fieldErrors(resolve.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!task) return;
    if (needsNumber && !raw.trim()) {
      setMissing(true);
      return;
    }
    resolve.mutate(
      needsNumber
        ? { id: task.id, raw: raw.trim(), kind }
        : { id: task.id, ...(raw.trim() ? { raw: raw.trim() } : {}) },
      {
        onSuccess: (result) => {
          notifySuccess(result.reopened ? t('corrections.reopened') : t('corrections.resolved'));
          close();
        },
      },
    );
  };
  return (
    <Modal opened={task !== null} onClose={close} title={t('corrections.resolveTitle')}>
      {task ? (
        <form onSubmit={submit} noValidate data-testid="resolve-form">
          <Stack>
            <Group gap="xs" wrap="wrap">
              <Text fw={600}>
                <bdi>{task.name}</bdi>
              </Text>
              <Text size="sm" c="dimmed">
                <Ltr mono>{task.customer_no}</Ltr>
              </Text>
              <Badge color={task.reason === 'wrong_number' ? 'red' : 'orange'} variant="light" tt="none">
                {t(`corrections.reasonValue.${task.reason}`)}
              </Badge>
            </Group>
            {task.masked ? (
              <Text size="sm">
                {task.kind && isKind(task.kind) ? t(`corrections.kinds.${task.kind}`) : task.kind}:{' '}
                <Ltr mono>{task.masked}</Ltr>
              </Text>
            ) : null}
            <Text size="sm">{needsNumber ? t('corrections.resolveMissing') : t('corrections.resolveWrong')}</Text>
            {needsNumber ? (
              <Select
                label={t('corrections.kind')}
                data={correctionKinds.map((k) => ({ value: k, label: t(`corrections.kinds.${k}`) }))}
                value={kind}
                onChange={(value) => setKind(correctionKinds.find((k) => k === value) ?? 'mobile')}
                allowDeselect={false}
                name="kind"
                error={errors.kind}
              />
            ) : null}
            <TextInput
              label={needsNumber ? t('corrections.newNumber') : t('corrections.newNumberOptional')}
              name="raw"
              dir="ltr"
              inputMode="tel"
              autoComplete="off"
              maxLength={40}
              required={needsNumber}
              value={raw}
              onChange={(event) => {
                setRaw(event.currentTarget.value);
                setMissing(false);
              }}
              error={missing ? t('outcomeForm.required') : errors.raw}
            />
            {resolve.error && !errors.raw && !errors.kind ? (
              <Alert color="red" role="alert">
                {errorText(resolve.error)}
              </Alert>
            ) : null}
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('common:actions.cancel')}
              </Button>
              <Button type="submit" color="teal" loading={resolve.isPending} data-testid="resolve-submit">
                {t('corrections.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      ) : null}
    </Modal>
  );
}

const isKind = (value: string): value is CorrectionKind => (correctionKinds as readonly string[]).includes(value);
