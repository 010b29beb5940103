import { useTranslation } from 'react-i18next';
import { currentLocale } from '../i18n';
import { isApiError } from './api-client';

/** The server's message in the interface language, or a generic one for network trouble. */
export function useErrorText() {
  const { t } = useTranslation();
  return (error: unknown): string => {
    if (isApiError(error) && error.status !== 0) {
      return currentLocale() === 'ar' ? error.message_ar : error.message;
    }
    if (isApiError(error)) return t('errors.network');
    return t('errors.unknown');
  };
}

/**
 * Field errors of a 422 answer keyed by field (`holidays.0.date` also counts for `holidays`),
 * in the interface language, for the matching inputs.
 */
export function fieldErrors(error: unknown): Record<string, string> {
  if (!isApiError(error)) return {};
  const ar = currentLocale() === 'ar';
  const byField = new Map<string, string[]>();
  for (const e of error.errors) byField.set(e.field, [...(byField.get(e.field) ?? []), ar ? e.message_ar : e.message]);
  const out: Record<string, string> = {};
  for (const [field, messages] of byField) {
    const parts = field.split('.');
    for (let i = parts.length; i > 0; i--) out[parts.slice(0, i).join('.')] ??= messages.join(' ');
  }
  return out;
}
