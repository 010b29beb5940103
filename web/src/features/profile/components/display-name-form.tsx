import { Button, Group, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors, useErrorText } from '../../../ui/errors';
import { notifySuccess } from '../../../ui/notify';
import { useSaveDisplayName } from '../api/profile';

export function DisplayNameForm({ initial }: { initial: string }) {
  const { t } = useTranslation('profile');
  const [name, setName] = useState(initial);
  const save = useSaveDisplayName();
  const errorText = useErrorText();
  const errors = fieldErrors(save.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(name, { onSuccess: () => notifySuccess(t('nameSaved')) });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Group align="flex-start" gap="sm">
        <TextInput
          label={t('displayName')}
          name="display_name"
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          error={errors.display_name ?? (save.error ? errorText(save.error) : undefined)}
          w={320}
        />
        <Button type="submit" mt={25} loading={save.isPending} disabled={name.trim() === '' || name === initial}>
          {t('saveName')}
        </Button>
      </Group>
    </form>
  );
}
