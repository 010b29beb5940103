import { Checkbox, MultiSelect, SegmentedControl, SimpleGrid, Stack, TagsInput, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../ui/date-field';
import type { TargetFilter } from '../api/work-lists';

type Props = { value: TargetFilter; onChange: (next: TargetFilter) => void; disabled?: boolean };

/** The filter's fields (SPEC M1): category, type, city, country, products held, last contact, paid up. */
export function FilterFields({ value, onChange, disabled }: Props) {
  const { t } = useTranslation('workLists');
  const set = <K extends keyof TargetFilter>(key: K, next: TargetFilter[K] | undefined) => {
    const copy = { ...value };
    if (next === undefined || (Array.isArray(next) && next.length === 0) || next === '') delete copy[key];
    else copy[key] = next;
    onChange(copy);
  };
  const paidUp = value.paid_up === undefined ? 'any' : value.paid_up ? 'yes' : 'no';
  return (
    <Stack gap="sm" data-testid="filter-fields">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <MultiSelect
          label={t('filter.categories')}
          data={['A', 'B', 'C']}
          value={value.categories ?? []}
          onChange={(v) => set('categories', v as TargetFilter['categories'])}
          disabled={disabled}
          data-testid="filter-categories"
        />
        <MultiSelect
          label={t('filter.types')}
          data={[
            { value: 'current', label: t('filter.typeCurrent') },
            { value: 'prospect', label: t('filter.typeProspect') },
          ]}
          value={value.types ?? []}
          onChange={(v) => set('types', v as TargetFilter['types'])}
          disabled={disabled}
        />
        <TagsInput
          label={t('filter.cities')}
          description={t('filter.tagsHint')}
          value={value.cities ?? []}
          onChange={(v) => set('cities', v)}
          maxTags={50}
          disabled={disabled}
          data-testid="filter-cities"
        />
        <TagsInput
          label={t('filter.countries')}
          description={t('filter.tagsHint')}
          value={value.countries ?? []}
          onChange={(v) =>
            set(
              'countries',
              v.map((c) => c.trim().toUpperCase()).filter((c) => /^[A-Z]{2}$/.test(c)),
            )
          }
          maxTags={50}
          disabled={disabled}
        />
        <TagsInput
          label={t('filter.products')}
          description={t('filter.tagsHint')}
          value={value.products ?? []}
          onChange={(v) => set('products', v)}
          maxTags={50}
          disabled={disabled}
          data-testid="filter-products"
        />
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t('filter.paidUp')}
          </Text>
          <SegmentedControl
            value={paidUp}
            onChange={(v) => set('paid_up', v === 'any' ? undefined : v === 'yes')}
            data={[
              { value: 'any', label: t('filter.paidUpAny') },
              { value: 'yes', label: t('filter.paidUpYes') },
              { value: 'no', label: t('filter.paidUpNo') },
            ]}
            disabled={disabled}
            data-testid="filter-paid-up"
          />
        </Stack>
        <DateField
          value={value.not_contacted_since ?? ''}
          onChange={(date) => set('not_contacted_since', date || undefined)}
          label={t('filter.notContactedSince')}
          clearable
          disabled={disabled}
        />
        <DateField
          value={value.contacted_since ?? ''}
          onChange={(date) => set('contacted_since', date || undefined)}
          label={t('filter.contactedSince')}
          clearable
          disabled={disabled}
        />
      </SimpleGrid>
      <Checkbox
        label={t('filter.keyAccount')}
        checked={value.key_account === true}
        onChange={(e) => set('key_account', e.currentTarget.checked ? true : undefined)}
        disabled={disabled}
      />
    </Stack>
  );
}
