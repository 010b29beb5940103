import { Badge, Card, Group, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconCalendar } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { isRole } from '../../../app/access';
import { currentLocale } from '../../../i18n';
import { formatGregorianDate, formatHijriDate } from '../../../ui/format';
import { useSession } from '../../auth/api/session';
import { useSettingValue } from '../../settings/api/settings';
import { RoleDashboard } from '../../dashboards/components/role-dashboard';
import { DayPanels } from '../components/day-panels';

export function HomePage() {
  const { t } = useTranslation(['home', 'common']);
  const { user } = useSession();
  const timeZone = useSettingValue('timezone');
  const locale = currentLocale();
  const today = new Date();
  const roleName = isRole(user.role) ? t(`common:roles.${user.role}`) : user.role;

  return (
    <Stack maw={1200}>
      <Card withBorder padding="xl" radius="lg" data-testid="welcome-card">
        <Stack gap="lg">
          <Stack gap={4}>
            <Title order={2}>{t('welcome', { name: user.display_name })}</Title>
            <Text c="dimmed">{t('intro')}</Text>
          </Stack>
          <Group gap="xl" align="flex-start" wrap="wrap">
            <Stack gap={2}>
              <Text size="sm" c="dimmed">
                {t('role')}
              </Text>
              <Text fw={500} data-testid="welcome-role">
                {roleName}
              </Text>
            </Stack>
            <Group gap="sm" align="flex-start" wrap="nowrap">
              <ThemeIcon variant="light" size="lg" radius="md">
                <IconCalendar size={20} />
              </ThemeIcon>
              <Stack gap={2}>
                <Text size="sm" c="dimmed">
                  {t('today')}
                </Text>
                <Group gap="lg" wrap="wrap">
                  <Group gap={6} wrap="nowrap">
                    <Badge variant="light" color="gray" size="sm" tt="none">
                      {t('gregorian')}
                    </Badge>
                    <Text fw={500} data-testid="date-gregorian">
                      <bdi>{formatGregorianDate(today, locale, timeZone)}</bdi>
                    </Text>
                  </Group>
                  <Group gap={6} wrap="nowrap">
                    <Badge variant="light" color="teal" size="sm" tt="none">
                      {t('hijri')}
                    </Badge>
                    <Text fw={500} data-testid="date-hijri">
                      <bdi>{formatHijriDate(today, locale, timeZone)}</bdi>
                    </Text>
                  </Group>
                </Group>
              </Stack>
            </Group>
          </Group>
        </Stack>
      </Card>
      <RoleDashboard />
      <DayPanels />
    </Stack>
  );
}
