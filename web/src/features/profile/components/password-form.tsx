import { Alert, Button, PasswordInput, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../ui/api-client';
import { fieldErrors, useErrorText } from '../../../ui/errors';
import { notifySuccess } from '../../../ui/notify';
import { useChangePassword } from '../api/profile';

export function PasswordForm() {
  const { t } = useTranslation('profile');
  const change = useChangePassword();
  const errorText = useErrorText();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [mismatch, setMismatch] = useState(false);

  const errors = fieldErrors(change.error);
  if (isApiError(change.error) && change.error.code === 'wrong_current_password') {
    errors.current_password = errorText(change.error);
  }
  const generalError =
    change.error && !errors.current_password && !errors.new_password ? errorText(change.error) : undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const differs = next !== confirm;
    setMismatch(differs);
    if (differs) return;
    change.mutate(
      { current_password: current, new_password: next },
      {
        onSuccess: () => {
          setCurrent('');
          setNext('');
          setConfirm('');
          notifySuccess(t('passwordChanged'));
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm" maw={380}>
        <Text size="sm" c="dimmed">
          {t('passwordHint')}
        </Text>
        {generalError ? (
          <Alert color="red" role="alert">
            {generalError}
          </Alert>
        ) : null}
        <PasswordInput
          label={t('currentPassword')}
          name="current_password"
          autoComplete="current-password"
          dir="ltr"
          required
          value={current}
          onChange={(event) => setCurrent(event.currentTarget.value)}
          error={errors.current_password}
        />
        <PasswordInput
          label={t('newPassword')}
          name="new_password"
          autoComplete="new-password"
          dir="ltr"
          required
          value={next}
          onChange={(event) => setNext(event.currentTarget.value)}
          error={errors.new_password}
        />
        <PasswordInput
          label={t('confirmPassword')}
          name="confirm_password"
          autoComplete="new-password"
          dir="ltr"
          required
          value={confirm}
          onChange={(event) => setConfirm(event.currentTarget.value)}
          error={mismatch ? t('mismatch') : undefined}
        />
        <div>
          <Button type="submit" loading={change.isPending} disabled={!current || !next || !confirm}>
            {t('changePassword')}
          </Button>
        </div>
      </Stack>
    </form>
  );
}
