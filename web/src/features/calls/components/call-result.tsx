import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CallRecord } from '../api/calls';

const colors: Record<string, string> = {
  normal: 'teal',
  abandoned: 'red',
  no_answer: 'orange',
  busy: 'orange',
  failed: 'gray',
  dropped: 'red',
  machine: 'gray',
};

const causes = ['normal', 'busy', 'no_answer', 'failed', 'abandoned', 'dropped', 'machine'] as const;
type Cause = (typeof causes)[number];
const isCause = (value: string | null): value is Cause => causes.includes(value as Cause);

/** How the call ended, in words; a call still going on says so. */
export function CallResult({ call }: { call: Pick<CallRecord, 'cause' | 'ended_at'> }) {
  const { t } = useTranslation('calls');
  if (!call.ended_at) return <Badge variant="light">{t('cause.ongoing')}</Badge>;
  return (
    <Badge variant="light" color={colors[call.cause ?? ''] ?? 'gray'}>
      {isCause(call.cause) ? t(`cause.${call.cause}`) : (call.cause ?? '—')}
    </Badge>
  );
}
