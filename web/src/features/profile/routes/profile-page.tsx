import { Card, Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isRole } from '../../../app/access';
import { currentLocale, isLocale } from '../../../i18n';
import { useErrorText } from '../../../ui/errors';
import { Ltr } from '../../../ui/ltr';
import { notifyError } from '../../../ui/notify';
import { PageHeader } from '../../../ui/page-header';
import { ErrorBlock, LoadingBlock } from '../../../ui/query-state';
import { useSession, useSwitchLocale } from '../../auth/api/session';
import { useProfile } from '../api/profile';
import { DisplayNameForm } from '../components/display-name-form';
import { PasswordForm } from '../components/password-form';

export function ProfilePage() {
  const { t } = useTranslation(['profile', 'common']);
  const { user } = useSession();
  const profile = useProfile();
  const switchLocale = useSwitchLocale();
  const errorText = useErrorText();
  const roleName = isRole(user.role) ? t(`common:roles.${user.role}`) : user.role;

  return (
    <Stack gap="md" maw={760}>
      <PageHeader title={t('title')} />
      <Card withBorder padding="lg" radius="md">
        <Title order={3} size="h4" mb="md">
          {t('account')}
        </Title>
        <Group gap="xl" mb="md">
          <Stack gap={2}>
            <Text size="sm" c="dimmed">
              {t('username')}
            </Text>
            <Text fw={500}>
              <Ltr mono>{user.username}</Ltr>
            </Text>
          </Stack>
          <Stack gap={2}>
            <Text size="sm" c="dimmed">
              {t('role')}
            </Text>
            <Text fw={500}>{roleName}</Text>
          </Stack>
        </Group>
        {profile.isPending ? (
          <LoadingBlock />
        ) : profile.isError ? (
          <ErrorBlock error={profile.error} onRetry={() => void profile.refetch()} />
        ) : (
          <DisplayNameForm key={profile.data.display_name} initial={profile.data.display_name} />
        )}
      </Card>
      <Card withBorder padding="lg" radius="md">
        <Title order={3} size="h4" mb="xs">
          {t('language')}
        </Title>
        <Text size="sm" c="dimmed" mb="sm">
          {t('languageHint')}
        </Text>
        <SegmentedControl
          aria-label={t('language')}
          value={currentLocale()}
          disabled={switchLocale.isPending}
          onChange={(value) =>
            isLocale(value) && switchLocale.mutate(value, { onError: (error) => notifyError(errorText(error)) })
          }
          data={[
            { value: 'ar', label: <span lang="ar">{t('common:language.ar')}</span> },
            { value: 'en', label: <span lang="en">{t('common:language.en')}</span> },
          ]}
        />
      </Card>
      <Card withBorder padding="lg" radius="md">
        <Title order={3} size="h4" mb="xs">
          {t('password')}
        </Title>
        <PasswordForm />
      </Card>
    </Stack>
  );
}
