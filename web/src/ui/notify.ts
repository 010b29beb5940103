import { notifications } from '@mantine/notifications';

export function notifySuccess(message: string) {
  notifications.show({ color: 'teal', message, autoClose: 4000 });
}

export function notifyError(message: string) {
  notifications.show({ color: 'red', message, autoClose: 6000 });
}
