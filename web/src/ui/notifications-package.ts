// Mantine's notifications with their styles, downloaded together with the first message (notify.ts).
import '@mantine/core/styles/Notification.layer.css';
import '@mantine/notifications/styles.layer.css';

export { Notifications, notifications } from '@mantine/notifications';
