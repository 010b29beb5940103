import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../../ui/confirm-modal';
import { Ltr } from '../../../ui/ltr';
import { notifySuccess } from '../../../ui/notify';
import { useDeactivateUser, type User } from '../api/users';

export function DeactivateModal({ user, onClose }: { user: User | null; onClose: () => void }) {
  const { t } = useTranslation(['users', 'common']);
  const deactivate = useDeactivateUser();
  const close = () => {
    deactivate.reset();
    onClose();
  };
  return (
    <ConfirmModal
      opened={user !== null}
      onClose={close}
      title={t('deactivateTitle')}
      subject={
        user ? (
          <>
            {user.display_name} (<Ltr>{user.username}</Ltr>)
          </>
        ) : null
      }
      body={t('deactivateBody')}
      confirmLabel={t('deactivate')}
      confirmColor="red"
      loading={deactivate.isPending}
      error={deactivate.error}
      onConfirm={() =>
        user &&
        deactivate.mutate(user.id, {
          onSuccess: () => {
            notifySuccess(t('deactivated'));
            close();
          },
        })
      }
    />
  );
}
