import { Button, Card, Center, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Center py="xl">
      <Card withBorder padding="xl" maw={520}>
        <Stack align="center" gap="md">
          <Title order={2}>{t('notFound.title')}</Title>
          <Text c="dimmed">{t('notFound.body')}</Text>
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
