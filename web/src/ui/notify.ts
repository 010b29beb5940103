import { useSyncExternalStore } from 'react';

// The notifications package is downloaded with the first message: the sign-in page does not need
// it to appear. The first message waits in the package's store until <Notifications /> mounts.
const loadNotifications = () => import('./notifications-package');

let wanted = false;
const listeners = new Set<() => void>();

/** True once a message has been shown: from then on the app mounts the notifications outlet. */
export function useNotificationsWanted(): boolean {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => wanted,
  );
}

function show(color: string, message: string, autoClose: number) {
  if (!wanted) {
    wanted = true;
    for (const listener of listeners) listener();
  }
  void loadNotifications().then(({ notifications }) => notifications.show({ color, message, autoClose }));
}

export function notifySuccess(message: string) {
  show('teal', message, 4000);
}

export function notifyError(message: string) {
  show('red', message, 6000);
}

export { loadNotifications };
