import { Alert, Box, Button, Center, Group, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { getRouteApi, useRouter } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { safeRedirect } from '../../../app/redirect';
import { fieldErrors, useErrorText } from '../../../ui/errors';
import { LanguageSwitch } from '../../shell/components/language-switch';
import { useLogin } from '../api/session-state';

const route = getRouteApi('/login');

export function LoginPage() {
  const { t } = useTranslation(['auth', 'common']);
  const router = useRouter();
  const search = route.useSearch();
  const login = useLogin();
  const errorText = useErrorText();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState<{ username?: boolean; password?: boolean }>({});

  const serverErrors = fieldErrors(login.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const gaps = { username: username.trim() === '', password: password === '' };
    setMissing(gaps);
    if (gaps.username || gaps.password) return;
    login.mutate(
      { username: username.trim(), password },
      { onSuccess: () => router.history.push(safeRedirect(search.redirect)) },
    );
  };

  return (
    <Box mih="100vh" bg="gray.0">
      <Group justify="flex-end" p="md">
        <LanguageSwitch />
      </Group>
      <Center px="md" pb="xl">
        <Paper withBorder shadow="sm" radius="lg" p="xl" w="100%" maw={420}>
          <form onSubmit={submit} noValidate>
            <Stack gap="md">
              <Stack gap={4} align="center">
                <Text fw={700} fz={36} c="teal.8" lh={1.2}>
                  {t('common:appName')}
                </Text>
                <Text c="dimmed" size="sm" ta="center">
                  {t('common:tagline')}
                </Text>
              </Stack>
              <Title order={2} size="h3">
                {t('title')}
              </Title>
              <Text size="sm" c="dimmed">
                {t('subtitle')}
              </Text>
              {login.error ? (
                <Alert color="red" icon={<IconAlertCircle size={18} />} role="alert" data-testid="login-error">
                  {errorText(login.error)}
                </Alert>
              ) : null}
              <TextInput
                label={t('username')}
                name="username"
                autoComplete="username"
                dir="ltr"
                autoFocus
                required
                value={username}
                onChange={(event) => setUsername(event.currentTarget.value)}
                error={missing.username ? t('required') : serverErrors.username}
              />
              <PasswordInput
                label={t('password')}
                name="password"
                autoComplete="current-password"
                dir="ltr"
                required
                value={password}
                onChange={(event) => setPassword(event.currentTarget.value)}
                error={missing.password ? t('required') : serverErrors.password}
              />
              <Button type="submit" fullWidth size="md" loading={login.isPending}>
                {t('submit')}
              </Button>
            </Stack>
          </form>
        </Paper>
      </Center>
    </Box>
  );
}
