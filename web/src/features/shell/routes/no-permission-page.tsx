import { Button, Card, Center, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconArrowLeft, IconLock } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';

export function NoPermissionPage() {
  const { t } = useTranslation();
  return (
    <Center py="xl">
      <Card withBorder padding="xl" maw={520} data-testid="no-permission">
        <Stack align="center" gap="md">
          <ThemeIcon size={56} radius="xl" color="orange" variant="light">
            <IconLock size={30} />
          </ThemeIcon>
          <Title order={2} ta="center">
            {t('noPermission.title')}
          </Title>
          <Text c="dimmed" ta="center">
            {t('noPermission.body')}
          </Text>
          <Button
            component={Link}
            to="/"
            variant="light"
            leftSection={<IconArrowLeft size={16} className="mantine-rotate-rtl" />}
          >
            {t('actions.backHome')}
          </Button>
        </Stack>
      </Card>
    </Center>
  );
}
