// The states of an outbound message (the database's outbound_messages_status_check holds the same set).
export const outboxStatuses = ['queued', 'sending', 'sent', 'delivered', 'failed', 'expired', 'rejected'] as const;
export type OutboxStatus = (typeof outboxStatuses)[number];
