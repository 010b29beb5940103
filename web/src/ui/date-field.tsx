import { Text } from '@mantine/core';
import { DateInput, MonthPickerInput, type DateInputProps } from '@mantine/dates';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../i18n';
import { firstDayOfWeek, hijriMonthSpan, parseDateText, pickerLocale, weekendDays } from './dates';
import { formatCalendarDateHijri } from './format';

// The app's one date input: the calendar in the app's language (Arabic month names, Latin digits,
// the week from Sunday), typed or picked, the value always ISO `YYYY-MM-DD`. Where people plan
// (holidays, run dates, report periods, promises) the Hijri (Umm al-Qura) day shows beside it.

type DateFieldProps = {
  value: string;
  /** The new day `YYYY-MM-DD`, or '' when cleared (only with `clearable`). */
  onChange: (date: string) => void;
  label?: ReactNode;
  ariaLabel?: string;
  description?: ReactNode;
  error?: ReactNode;
  /** Show the Hijri reading of the chosen day under the field. */
  hijri?: boolean;
  required?: boolean;
  clearable?: boolean;
  disabled?: boolean;
  minDate?: string;
  maxDate?: string;
  placeholder?: string;
  w?: number | string;
  name?: string;
  testId?: string;
} & Pick<DateInputProps, 'style'>;

export function DateField({
  value,
  onChange,
  label,
  ariaLabel,
  description,
  error,
  hijri = false,
  required,
  clearable,
  disabled,
  minDate,
  maxDate,
  placeholder,
  w = 180,
  name,
  testId,
  style,
}: DateFieldProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const hijriText = hijri && value ? formatCalendarDateHijri(value, locale) : '';
  return (
    <DateInput
      value={value || null}
      onChange={(next) => {
        if (next) onChange(next.slice(0, 10));
        else if (clearable) onChange('');
      }}
      dateParser={parseDateText}
      valueFormat="D MMMM YYYY"
      locale={pickerLocale[locale]}
      firstDayOfWeek={firstDayOfWeek}
      weekendDays={weekendDays}
      label={label}
      aria-label={ariaLabel}
      placeholder={placeholder ?? t('dates.placeholder')}
      description={
        hijriText || description ? (
          <>
            {description}
            {hijriText ? (
              <Text span inherit display="block" data-testid={testId ? `${testId}-hijri` : undefined}>
                <bdi>{hijriText}</bdi>
              </Text>
            ) : null}
          </>
        ) : undefined
      }
      inputWrapperOrder={['label', 'input', 'description', 'error']}
      error={error}
      required={required}
      clearable={clearable}
      disabled={disabled}
      minDate={minDate}
      maxDate={maxDate}
      w={w}
      style={style}
      name={name}
      popoverProps={{ withinPortal: true }}
      data-testid={testId}
    />
  );
}

/** A month `YYYY-MM` (report periods), with the Hijri months it spans beside it. */
export function MonthField({
  value,
  onChange,
  label,
  error,
  w = 200,
  testId,
}: {
  value: string;
  onChange: (month: string) => void;
  label?: ReactNode;
  error?: ReactNode;
  w?: number | string;
  testId?: string;
}) {
  const locale = currentLocale();
  const valid = /^\d{4}-\d{2}$/.test(value);
  return (
    <MonthPickerInput
      value={valid ? `${value}-01` : null}
      onChange={(next) => {
        if (next) onChange(next.slice(0, 7));
      }}
      valueFormat="MMMM YYYY"
      locale={pickerLocale[locale]}
      label={label}
      description={
        valid ? (
          <bdi data-testid={testId ? `${testId}-hijri` : undefined}>{hijriMonthSpan(value, locale)}</bdi>
        ) : undefined
      }
      inputWrapperOrder={['label', 'input', 'description', 'error']}
      error={error}
      w={w}
      getMonthControlProps={(date) => ({ 'data-month': date.slice(0, 7) }) as never}
      data-testid={testId}
    />
  );
}
