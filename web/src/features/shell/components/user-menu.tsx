import { Avatar, Group, Menu, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconLanguage, IconLogout, IconUserCircle } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { isRole } from '../../../app/access';
import { currentLocale } from '../../../i18n';
import { useErrorText } from '../../../ui/errors';
import { Ltr } from '../../../ui/ltr';
import { notifyError } from '../../../ui/notify';
import { forgetSession, useLogout, useSession, useSwitchLocale } from '../../auth/api/session';

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0])
    .join('');
}

export function UserMenu() {
  const { t } = useTranslation();
  const { user } = useSession();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const logout = useLogout();
  const switchLocale = useSwitchLocale();
  const errorText = useErrorText();
  const other = currentLocale() === 'ar' ? 'en' : 'ar';
  const roleName = isRole(user.role) ? t(`roles.${user.role}`) : user.role;

  const signOut = () =>
    logout.mutate(undefined, {
      onSettled: () => {
        // Forget first: the login page sends a still-known user straight back in.
        forgetSession(queryClient);
        void navigate({ to: '/login' });
      },
    });

  return (
    <Menu position="bottom-end" width={260} withArrow shadow="md">
      <Menu.Target>
        <UnstyledButton aria-label={t('userMenu.open')} data-testid="user-menu">
          <Group gap="xs" wrap="nowrap">
            <Avatar color="teal" radius="xl" size="md">
              {initials(user.display_name)}
            </Avatar>
            <Stack gap={0} visibleFrom="xs">
              <Text size="sm" fw={500} lh={1.3}>
                {user.display_name}
              </Text>
              <Text size="xs" c="dimmed" lh={1.3} truncate maw={220}>
                {roleName}
              </Text>
            </Stack>
            <IconChevronDown size={14} />
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          {t('userMenu.signedInAs')} <Ltr>{user.username}</Ltr>
        </Menu.Label>
        <Menu.Item leftSection={<IconUserCircle size={16} />} onClick={() => void navigate({ to: '/profile' })}>
          {t('userMenu.profile')}
        </Menu.Item>
        <Menu.Item
          leftSection={<IconLanguage size={16} />}
          lang={other}
          data-testid="menu-language"
          onClick={() => switchLocale.mutate(other, { onError: (error) => notifyError(errorText(error)) })}
        >
          {t('userMenu.language')}
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item color="red" leftSection={<IconLogout size={16} />} onClick={signOut} data-testid="logout">
          {t('userMenu.logout')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
