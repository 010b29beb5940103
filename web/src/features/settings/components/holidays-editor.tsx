import { ActionIcon, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../ui/date-field';

type Holiday = { date: string; name: string };
type Props = {
  value: Holiday[];
  onChange: (value: Holiday[]) => void;
  disabled: boolean;
  errors: Record<string, string>;
};

export function HolidaysEditor({ value, onChange, disabled, errors }: Props) {
  const { t } = useTranslation('settings');
  const change = (index: number, patch: Partial<Holiday>) =>
    onChange(value.map((holiday, i) => (i === index ? { ...holiday, ...patch } : holiday)));

  return (
    <Stack gap="xs">
      {value.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('holidays.empty')}
        </Text>
      ) : null}
      {value.map((holiday, index) => (
        <Group key={index} gap="xs" align="flex-start" wrap="nowrap" data-holiday={index}>
          <DateField
            ariaLabel={t('holidays.date')}
            value={holiday.date}
            disabled={disabled}
            onChange={(date) => change(index, { date })}
            error={errors[`holidays.${index}.date`]}
            hijri
            w={200}
          />
          <TextInput
            aria-label={t('holidays.name')}
            placeholder={t('holidays.name')}
            value={holiday.name}
            disabled={disabled}
            onChange={(event) => change(index, { name: event.currentTarget.value })}
            error={errors[`holidays.${index}.name`]}
            style={{ flex: 1 }}
          />
          <ActionIcon
            variant="subtle"
            color="red"
            size="lg"
            aria-label={t('holidays.remove')}
            disabled={disabled}
            onClick={() => onChange(value.filter((_, i) => i !== index))}
          >
            <IconTrash size={18} />
          </ActionIcon>
        </Group>
      ))}
      {!disabled ? (
        <Group>
          <Button
            variant="light"
            size="xs"
            leftSection={<IconPlus size={14} />}
            onClick={() => onChange([...value, { date: '', name: '' }])}
          >
            {t('holidays.add')}
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
}
