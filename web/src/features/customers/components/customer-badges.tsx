import { Badge, Group } from '@mantine/core';
import { IconStarFilled } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Category, Installment } from '../api/customers';

const categoryColor: Record<Category, string> = { A: 'teal', B: 'blue', C: 'orange' };

/** الفئة أ / ب / ج. */
export function CategoryBadge({ category }: { category: Category | null }) {
  const { t } = useTranslation('customers');
  if (!category) return <>—</>;
  return (
    <Badge
      color={categoryColor[category]}
      variant="light"
      title={t('categoryLabel', { category: t(`category.${category}`) })}
      data-category={category}
    >
      {t(`category.${category}`)}
    </Badge>
  );
}

export function KeyAccountBadge({ size = 'md' }: { size?: 'sm' | 'md' | 'lg' }) {
  const { t } = useTranslation('customers');
  return (
    <Badge
      color="grape"
      variant="light"
      size={size}
      style={{ flexShrink: 0 }}
      leftSection={<IconStarFilled size={10} />}
      data-testid="key-account"
    >
      {t('keyAccount')}
    </Badge>
  );
}

/** مسدد (green), متأخر (red) or قادم (gray), and مسدد جزئيًا beside it when part of it is paid. */
export function InstallmentStatus({ installment }: { installment: Installment }) {
  const { t } = useTranslation('customers');
  const color = { paid: 'teal', overdue: 'red', upcoming: 'gray' }[installment.status];
  return (
    <Group gap={4} wrap="nowrap">
      <Badge
        color={color}
        variant={installment.status === 'upcoming' ? 'light' : 'filled'}
        data-status={installment.status}
      >
        {t(`status.${installment.status}`)}
      </Badge>
      {installment.partial ? (
        <Badge color="yellow" variant="light" data-status="partial">
          {t('status.partial')}
        </Badge>
      ) : null}
    </Group>
  );
}
