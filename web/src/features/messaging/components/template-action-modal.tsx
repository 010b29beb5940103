import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../ui/errors';
import { notifySuccess } from '../../../ui/notify';
import { useTemplateAction, type Template } from '../api/messaging';
import { SmsCounter } from './sms-counter';

type Props = { action: 'approve' | 'archive'; template: Template | null; onClose: () => void };

/** A manager approves a draft (the approved version before it is archived) or archives a version. */
export function TemplateActionModal({ action, template, onClose }: Props) {
  const { t } = useTranslation(['messaging', 'common']);
  const mutation = useTemplateAction(action);
  const errorText = useErrorText();
  const close = () => {
    mutation.reset();
    onClose();
  };
  const approve = action === 'approve';
  return (
    <Modal
      opened={template !== null}
      onClose={close}
      size="lg"
      title={approve ? t('templates.approveTitle') : t('templates.archiveTitle')}
    >
      {template ? (
        <Stack data-testid={`${action}-template`}>
          <Text fw={500}>
            <bdi>{template.name}</bdi>
          </Text>
          <Text size="sm">{approve ? t('templates.approveBody') : t('templates.archiveBody')}</Text>
          <Text
            size="sm"
            p="xs"
            bg="gray.1"
            dir={template.language === 'ar' ? 'rtl' : 'ltr'}
            style={{ whiteSpace: 'pre-wrap', borderRadius: 8, overflowWrap: 'anywhere' }}
          >
            {template.body}
          </Text>
          {approve && template.channel === 'sms' ? (
            <SmsCounter
              body={template.body}
              maxSegments={template.max_segments ?? 1}
              dir={template.language === 'ar' ? 'rtl' : 'ltr'}
            />
          ) : null}
          {mutation.error ? (
            <Alert color="red" role="alert" data-testid="template-action-error">
              {errorText(mutation.error)}
            </Alert>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common:actions.cancel')}
            </Button>
            <Button
              color={approve ? 'teal' : 'gray'}
              loading={mutation.isPending}
              data-testid={`confirm-${action}`}
              onClick={() =>
                mutation.mutate(template.id, {
                  onSuccess: () => {
                    notifySuccess(approve ? t('templates.approved') : t('templates.archived'));
                    close();
                  },
                })
              }
            >
              {approve ? t('templates.approve') : t('templates.archive')}
            </Button>
          </Group>
        </Stack>
      ) : null}
    </Modal>
  );
}
