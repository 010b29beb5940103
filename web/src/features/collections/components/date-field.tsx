import { TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A business date `YYYY-MM-DD` (the browser's date picker; the value stays ISO whatever the language). */
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
  return (
    <TextInput
      type="date"
      label={label ?? t('date')}
      value={value}
      dir="ltr"
      w={170}
      required
      onChange={(event) => {
        const next = event.currentTarget.value;
        if (/^\d{4}-\d{2}-\d{2}$/.test(next)) onChange(next);
      }}
      data-testid={testId}
    />
  );
}
