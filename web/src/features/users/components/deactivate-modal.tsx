import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../ui/errors';
import { Ltr } from '../../../ui/ltr';
import { notifySuccess } from '../../../ui/notify';
import { useDeactivateUser, type User } from '../api/users';

export function DeactivateModal({ user, onClose }: { user: User | null; onClose: () => void }) {
  const { t } = useTranslation(['users', 'common']);
  const deactivate = useDeactivateUser();
  const errorText = useErrorText();
  const close = () => {
    deactivate.reset();
    onClose();
  };
  return (
    <Modal opened={user !== null} onClose={close} title={t('deactivateTitle')}>
      {user ? (
        <Stack>
          <Text fw={500}>
            {user.display_name} (<Ltr>{user.username}</Ltr>)
          </Text>
          <Text size="sm">{t('deactivateBody')}</Text>
          {deactivate.error ? (
            <Alert color="red" role="alert">
              {errorText(deactivate.error)}
            </Alert>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common:actions.cancel')}
            </Button>
            <Button
              color="red"
              loading={deactivate.isPending}
              onClick={() =>
                deactivate.mutate(user.id, {
                  onSuccess: () => {
                    notifySuccess(t('deactivated'));
                    close();
                  },
                })
              }
            >
              {t('deactivate')}
            </Button>
          </Group>
        </Stack>
      ) : null}
    </Modal>
  );
}
