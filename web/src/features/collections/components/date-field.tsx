import { useTranslation } from 'react-i18next';
import { DateField as AppDateField } from '../../../ui/date-field';

/** A business date `YYYY-MM-DD` (the app's date picker, with the Hijri day beside it). */
export function DateField({
  value,
  onChange,
  label,
  testId,
}: {
  value: string;
  onChange: (date: string) => void;
  label?: string;
  testId?: string;
}) {
  const { t } = useTranslation('collections');
  return <AppDateField value={value} onChange={onChange} label={label ?? t('date')} hijri required testId={testId} />;
}
