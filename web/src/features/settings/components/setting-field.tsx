import { Badge, Group, Stack, Text } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Ltr } from '../../../ui/ltr';
import type { SettingItem } from '../api/settings';

type Props = { item: SettingItem; label: string; description?: string; error?: string; children: ReactNode };

/** One setting: its label, its editor, and — when the environment sets it — why it cannot be changed here. */
export function SettingField({ item, label, description, error, children }: Props) {
  const { t } = useTranslation('settings');
  return (
    <Stack gap={6} data-setting={item.key} data-overridden={item.overridden_by ? 'true' : 'false'}>
      <Group gap="sm" wrap="wrap">
        <Text fw={500} size="sm">
          {label}
        </Text>
        {item.overridden_by ? (
          <Badge
            color="orange"
            variant="light"
            tt="none"
            leftSection={<IconLock size={12} />}
            data-testid={`override-${item.key}`}
          >
            {t('setByEnv')} <Ltr mono>{item.overridden_by}</Ltr>
          </Badge>
        ) : null}
      </Group>
      {description ? (
        <Text size="xs" c="dimmed">
          {description}
        </Text>
      ) : null}
      {children}
      {item.overridden_by ? (
        <Text size="xs" c="orange.9">
          {t('readOnlyHint')}
        </Text>
      ) : null}
      {error ? (
        <Text size="xs" c="red" role="alert">
          {error}
        </Text>
      ) : null}
    </Stack>
  );
}
