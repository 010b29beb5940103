import { TextInput, type TextInputProps } from '@mantine/core';
import { useState } from 'react';
import { parseTypedNumber } from './numbers';

type Props = Omit<TextInputProps, 'value' | 'onChange' | 'type' | 'min' | 'max'> & {
  /** NaN while the text is not a number (the form says so when it is saved). */
  value: number;
  onChange: (value: number) => void;
  allowDecimal?: boolean;
};

const shown = (value: number) => (Number.isNaN(value) ? '' : String(value));

/**
 * A number typed with Latin or Arabic-Indic digits (١٥٠٠ = 1500), left to right. Mantine's
 * NumberInput drops Arabic-Indic digits as they are typed; this keeps the text as typed and
 * hands the parent the number (NaN while it is not one).
 */
export function NumberField({ value, onChange, allowDecimal = false, ...props }: Props) {
  const [state, setState] = useState({ text: shown(value), value });
  // A new value from outside (a reset, a reload) replaces the text; one that came from typing does not.
  if (!Object.is(value, state.value)) setState({ text: shown(value), value });
  return (
    <TextInput
      dir="ltr"
      inputMode={allowDecimal ? 'decimal' : 'numeric'}
      {...props}
      value={state.text}
      onChange={(event) => {
        const text = event.currentTarget.value;
        const parsed = parseTypedNumber(text);
        const next = parsed === null || (!allowDecimal && !Number.isInteger(parsed)) ? Number.NaN : parsed;
        setState({ text, value: next });
        onChange(next);
      }}
    />
  );
}
