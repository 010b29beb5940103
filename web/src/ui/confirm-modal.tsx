import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from './errors';

type ConfirmModalProps = {
  opened: boolean;
  onClose: () => void;
  title: string;
  /** What the action is about, in bold (a name, with ids isolated by the caller). */
  subject: ReactNode;
  body: string;
  confirmLabel: string;
  confirmColor: string;
  cancelLabel?: string;
  onConfirm: () => void;
  loading: boolean;
  error: unknown;
  errorColor?: string;
  testIds?: { dialog?: string; error?: string; confirm?: string };
};

/** A confirmation dialog for one irreversible action, showing the server's error in place. */
export function ConfirmModal(props: ConfirmModalProps) {
  const { t } = useTranslation('common');
  const errorText = useErrorText();
  return (
    <Modal opened={props.opened} onClose={props.onClose} title={props.title}>
      {props.opened ? (
        <Stack data-testid={props.testIds?.dialog}>
          <Text fw={500}>{props.subject}</Text>
          <Text size="sm">{props.body}</Text>
          {props.error ? (
            <Alert color={props.errorColor ?? 'red'} role="alert" data-testid={props.testIds?.error}>
              {errorText(props.error)}
            </Alert>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={props.onClose}>
              {props.cancelLabel ?? t('actions.cancel')}
            </Button>
            <Button
              color={props.confirmColor}
              loading={props.loading}
              onClick={props.onConfirm}
              data-testid={props.testIds?.confirm}
            >
              {props.confirmLabel}
            </Button>
          </Group>
        </Stack>
      ) : null}
    </Modal>
  );
}
