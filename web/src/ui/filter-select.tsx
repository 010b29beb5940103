import { Select } from '@mantine/core';

/**
 * A list filter over a closed set of codes: cleared means "all"; the page receives a known
 * code or `undefined`, never a stray string.
 */
export function FilterSelect<T extends string>({
  label,
  placeholder,
  options,
  optionLabel,
  value,
  onChange,
  w,
  testId,
}: {
  label: string;
  placeholder: string;
  options: readonly T[];
  optionLabel: (option: T) => string;
  value: T | undefined;
  onChange: (value: T | undefined) => void;
  w: number;
  testId: string;
}) {
  return (
    <Select
      label={label}
      placeholder={placeholder}
      data={options.map((option) => ({ value: option, label: optionLabel(option) }))}
      value={value ?? null}
      onChange={(picked) => onChange(options.find((option) => option === picked))}
      clearable
      w={w}
      data-testid={testId}
    />
  );
}
