import { SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { mandatoryFieldsOf, phoneFields, type TicketCategory, type TicketField } from '../api/tickets';

/** The fields a category requires (a shipment's waybill and parties, a claim's amount), as the server names them. */
export function CategoryFields({
  category,
  values,
  onChange,
  errors,
}: {
  category: TicketCategory | null;
  values: Record<string, string>;
  onChange: (name: TicketField, value: string) => void;
  errors: Record<string, string | undefined>;
}) {
  const { t } = useTranslation('tickets');
  const mandatory = mandatoryFieldsOf(category);
  if (mandatory.length === 0) return null;
  return (
    <Stack gap="xs" data-testid="mandatory-fields">
      <Text fw={600} size="sm">
        {t('new.mandatory')}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {mandatory.map((name) => (
          <TextInput
            key={name}
            label={t(`field.${name}`)}
            name={`fields.${name}`}
            required
            dir={name === 'waybill_no' || name === 'claim_amount' || phoneFields.includes(name) ? 'ltr' : 'auto'}
            type={phoneFields.includes(name) ? 'tel' : 'text'}
            inputMode={name === 'claim_amount' ? 'decimal' : undefined}
            value={values[name] ?? ''}
            onChange={(event) => onChange(name, event.currentTarget.value)}
            error={errors[`fields.${name}`]}
          />
        ))}
      </SimpleGrid>
    </Stack>
  );
}

/** What is sent for a category: its mandatory fields, trimmed (values typed for another category stay behind). */
export function fieldsFor(category: TicketCategory | null, values: Record<string, string>): Record<string, string> {
  const sent: Record<string, string> = {};
  for (const name of mandatoryFieldsOf(category)) sent[name] = (values[name] ?? '').trim();
  return sent;
}
