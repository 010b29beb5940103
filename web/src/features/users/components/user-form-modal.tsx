import {
  Alert,
  Button,
  Group,
  Modal,
  MultiSelect,
  PasswordInput,
  Select,
  Stack,
  Switch,
  TagsInput,
  TextInput,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { assignableRoles, isRole, skills, type Role, type Skill } from '../../../app/access';
import { isApiError } from '../../../ui/api-client';
import { fieldErrors, useErrorText } from '../../../ui/errors';
import { Ltr } from '../../../ui/ltr';
import { notifySuccess } from '../../../ui/notify';
import { useSession } from '../../auth/api/session';
import { useCreateUser, useUpdateUser, type UpdateUserInput, type User } from '../api/users';

type Props = { opened: boolean; onClose: () => void; user?: User };

/** Create a user, or edit one when `user` is given. */
export function UserFormModal({ opened, onClose, user }: Props) {
  const { t } = useTranslation(['users', 'common']);
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      size="lg"
      title={
        user ? (
          <>
            {t('editTitle')} <Ltr>{user.username}</Ltr>
          </>
        ) : (
          t('createTitle')
        )
      }
    >
      {opened ? <UserForm key={user?.id ?? 'new'} user={user} onDone={onClose} /> : null}
    </Modal>
  );
}

function UserForm({ user, onDone }: { user?: User; onDone: () => void }) {
  const { t } = useTranslation(['users', 'common']);
  const { user: actor } = useSession();
  const errorText = useErrorText();
  const create = useCreateUser();
  const update = useUpdateUser();
  const mutation = user ? update : create;

  const [username, setUsername] = useState(user?.username ?? '');
  const [displayName, setDisplayName] = useState(user?.display_name ?? '');
  const [role, setRole] = useState<Role | null>(user?.role ?? null);
  const [userSkills, setUserSkills] = useState<Skill[]>(user?.skills ?? []);
  const [teams, setTeams] = useState<string[]>(user?.teams ?? []);
  const [password, setPassword] = useState('');
  const [active, setActive] = useState(user?.active ?? true);

  const errors = fieldErrors(mutation.error);
  if (isApiError(mutation.error) && mutation.error.code === 'username_taken')
    errors.username ??= errorText(mutation.error);
  const showGeneralError = mutation.error && !(isApiError(mutation.error) && mutation.error.errors.length > 0);

  // A manager may keep an admin's role as it is but may not give it.
  const roleChoices = assignableRoles(actor.role).map((r) => ({ value: r, label: t(`common:roles.${r}`) }));
  if (user && !roleChoices.some((choice) => choice.value === user.role)) {
    roleChoices.push({ value: user.role, label: t(`common:roles.${user.role}`) });
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!user) {
      create.mutate(
        {
          username: username.trim(),
          display_name: displayName,
          role: (role ?? undefined) as Role,
          password,
          skills: userSkills,
          teams,
        },
        {
          onSuccess: () => {
            notifySuccess(t('created'));
            onDone();
          },
        },
      );
      return;
    }
    const changes: UpdateUserInput = {};
    if (displayName !== user.display_name) changes.display_name = displayName;
    if (role && role !== user.role) changes.role = role;
    if (!sameItems(userSkills, user.skills)) changes.skills = userSkills;
    if (!sameItems(teams, user.teams)) changes.teams = teams;
    if (active !== user.active) changes.active = active;
    if (password) changes.password = password;
    if (Object.keys(changes).length === 0) return onDone();
    update.mutate(
      { id: user.id, changes },
      {
        onSuccess: () => {
          notifySuccess(t('updated'));
          onDone();
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {showGeneralError ? (
          <Alert color="red" role="alert">
            {errorText(mutation.error)}
          </Alert>
        ) : null}
        {!user ? (
          <TextInput
            label={t('fields.username')}
            description={t('fields.usernameHint')}
            name="username"
            dir="ltr"
            autoComplete="off"
            required
            value={username}
            onChange={(event) => setUsername(event.currentTarget.value)}
            error={errors.username}
          />
        ) : null}
        <TextInput
          label={t('fields.displayName')}
          name="display_name"
          required
          value={displayName}
          onChange={(event) => setDisplayName(event.currentTarget.value)}
          error={errors.display_name}
        />
        <Select
          label={t('fields.role')}
          name="role"
          data-testid="user-role"
          required
          data={roleChoices}
          value={role}
          onChange={(value) => setRole(value && isRole(value) ? value : null)}
          error={errors.role}
          allowDeselect={false}
          comboboxProps={{ withinPortal: true }}
        />
        <MultiSelect
          label={t('fields.skills')}
          placeholder={userSkills.length === 0 ? t('fields.skillsPlaceholder') : undefined}
          name="skills"
          data-testid="user-skills"
          data={skills.map((s) => ({ value: s, label: t(`common:skills.${s}`) }))}
          value={userSkills}
          onChange={(values) => setUserSkills(values as Skill[])}
          error={errors.skills}
          clearable
        />
        <TagsInput
          label={t('fields.teams')}
          placeholder={t('fields.teamsPlaceholder')}
          name="teams"
          data-testid="user-teams"
          value={teams}
          onChange={setTeams}
          error={errors.teams}
          clearable
        />
        <PasswordInput
          label={user ? t('fields.newPassword') : t('fields.password')}
          description={t('fields.passwordHint')}
          name="password"
          dir="ltr"
          autoComplete="new-password"
          required={!user}
          value={password}
          onChange={(event) => setPassword(event.currentTarget.value)}
          error={errors.password}
        />
        {user ? (
          <Switch
            label={t('fields.active')}
            name="active"
            checked={active}
            onChange={(event) => setActive(event.currentTarget.checked)}
            error={errors.active}
            mt="xs"
          />
        ) : null}
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={onDone}>
            {t('common:actions.cancel')}
          </Button>
          <Button type="submit" loading={mutation.isPending}>
            {user ? t('common:actions.save') : t('common:actions.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function sameItems(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}
