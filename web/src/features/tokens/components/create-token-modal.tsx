import { Alert, Button, Code, CopyButton, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconCopy } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../ui/api-client';
import { fieldErrors, useErrorText } from '../../../ui/errors';
import { useUsers } from '../../users/api/users';
import { useCreateApiToken, type CreatedToken } from '../api/tokens';

export function CreateTokenModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation(['tokens', 'common']);
  const [created, setCreated] = useState<CreatedToken | null>(null);
  const close = () => {
    setCreated(null);
    onClose();
  };
  return (
    <Modal
      opened={opened}
      onClose={close}
      title={created ? t('secretTitle') : t('createTitle')}
      size="lg"
      // The secret must not vanish with a stray click outside the dialog.
      closeOnClickOutside={!created}
    >
      {created ? (
        <SecretView token={created} onDone={close} />
      ) : opened ? (
        <CreateForm onCreated={setCreated} onCancel={close} />
      ) : null}
    </Modal>
  );
}

function CreateForm({ onCreated, onCancel }: { onCreated: (token: CreatedToken) => void; onCancel: () => void }) {
  const { t } = useTranslation(['tokens', 'common']);
  const users = useUsers({ active: true, limit: 200, offset: 0 });
  const create = useCreateApiToken();
  const errorText = useErrorText();
  const [name, setName] = useState('');
  const [userId, setUserId] = useState<string | null>(null);
  const errors = fieldErrors(create.error);
  const generalError = create.error && !(isApiError(create.error) && create.error.errors.length > 0);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({ name: name.trim(), user_id: userId ?? '' }, { onSuccess: onCreated });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {generalError ? (
          <Alert color="red" role="alert">
            {errorText(create.error)}
          </Alert>
        ) : null}
        <TextInput
          label={t('name')}
          description={t('nameHint')}
          name="name"
          required
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          error={errors.name}
        />
        <Select
          label={t('user')}
          placeholder={t('userPlaceholder')}
          name="user_id"
          data-testid="token-user"
          required
          searchable
          data={(users.data?.items ?? []).map((u) => ({ value: u.id, label: `${u.display_name} — ${u.username}` }))}
          value={userId}
          onChange={setUserId}
          error={errors.user_id ?? (users.isError ? errorText(users.error) : undefined)}
          nothingFoundMessage={t('common:empty')}
        />
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={onCancel}>
            {t('common:actions.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending}>
            {t('common:actions.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function SecretView({ token, onDone }: { token: CreatedToken; onDone: () => void }) {
  const { t } = useTranslation(['tokens', 'common']);
  return (
    <Stack>
      <Alert color="orange" icon={<IconAlertTriangle size={18} />} data-testid="secret-warning">
        {t('secretWarning')}
      </Alert>
      <Code block dir="ltr" className="tw-secret" data-testid="token-secret">
        {token.token}
      </Code>
      <Group justify="space-between">
        <CopyButton value={token.token}>
          {({ copied, copy }) => (
            <Button
              variant={copied ? 'filled' : 'light'}
              color={copied ? 'teal' : undefined}
              leftSection={copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
              onClick={copy}
            >
              {copied ? t('common:actions.copied') : t('common:actions.copy')}
            </Button>
          )}
        </CopyButton>
        <Button variant="default" onClick={onDone}>
          {t('secretDone')}
        </Button>
      </Group>
    </Stack>
  );
}
