import { Alert, Badge, Button, Card, Group, MultiSelect, Stack, Switch, TagsInput, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../i18n';
import { isApiError } from '../../../ui/api-client';
import { fieldErrors, useErrorText } from '../../../ui/errors';
import { Ltr } from '../../../ui/ltr';
import { notifySuccess } from '../../../ui/notify';
import { useSaveGroup, type ActiveUser, type GroupPatch, type TicketGroup } from '../api/ticket-settings';

type Props = { group: TicketGroup; users: ActiveUser[]; editable: boolean };

const sameSet = (a: string[], b: string[]) => a.length === b.length && [...a].sort().join() === [...b].sort().join();

/** One group: its countries, whether it takes tickets, and its members; saves only what changed. */
export function GroupSettingsCard({ group, users, editable }: Props) {
  const { t } = useTranslation('tickets');
  const errorText = useErrorText();
  const save = useSaveGroup();
  const [countries, setCountries] = useState(group.countries);
  const [active, setActive] = useState(group.active);
  const memberIds = useMemo(() => group.members.map((m) => m.id), [group.members]);
  const [members, setMembers] = useState(memberIds);

  // Members who are no longer active still show, so that saving does not drop them silently.
  const memberOptions = useMemo(() => {
    const options = new Map(users.map((u) => [u.id, `${u.display_name} (${u.username})`]));
    for (const m of group.members) if (!options.has(m.id)) options.set(m.id, `${m.display_name} (${m.username})`);
    return [...options].map(([value, label]) => ({ value, label }));
  }, [users, group.members]);

  const patch: GroupPatch = {};
  if (!sameSet(countries, group.countries)) patch.countries = countries;
  if (active !== group.active) patch.active = active;
  const membersChanged = !sameSet(members, memberIds);
  const dirty = Object.keys(patch).length > 0 || membersChanged;

  const errors = fieldErrors(save.error);
  const known = ['countries', 'active', 'user_ids'];
  const generalError =
    save.error && !(isApiError(save.error) && save.error.errors.some((e) => known.includes(e.field)));
  const name = currentLocale() === 'ar' ? group.name_ar : group.name_en;

  return (
    <Card withBorder padding="md" radius="md" data-group={group.code}>
      <Stack gap="sm">
        <Group justify="space-between">
          <Group gap="xs">
            <Title order={4} size="h5">
              {name}
            </Title>
            <Badge variant="light" color="gray" tt="none">
              <Ltr mono>{group.code}</Ltr>
            </Badge>
          </Group>
          {editable ? (
            <Switch
              label={t('settings.groups.active')}
              checked={active}
              onChange={(event) => setActive(event.currentTarget.checked)}
              error={errors.active}
            />
          ) : (
            // A disabled switch reads as "off" whatever its state: say it in words.
            <Badge variant="light" color={active ? 'teal' : 'gray'} tt="none" data-active={active}>
              {active ? t('settings.groups.active') : t('settings.groups.inactive')}
            </Badge>
          )}
        </Group>
        {editable ? (
          <TagsInput
            label={t('settings.groups.countries')}
            description={t('settings.groups.countriesHint')}
            dir="ltr"
            value={countries}
            onChange={(value) => setCountries([...new Set(value.map((c) => c.trim().toUpperCase()).filter(Boolean))])}
            error={errors.countries}
            clearable
          />
        ) : (
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {t('settings.groups.countries')}
            </Text>
            <Group gap={4}>
              {countries.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t('settings.groups.noCountries')}
                </Text>
              ) : (
                countries.map((c) => (
                  <Badge key={c} variant="outline" tt="none">
                    <Ltr mono>{c}</Ltr>
                  </Badge>
                ))
              )}
            </Group>
          </Stack>
        )}
        {editable ? (
          <MultiSelect
            label={t('settings.groups.members')}
            data={memberOptions}
            value={members}
            onChange={setMembers}
            searchable
            clearable
            error={errors.user_ids}
            nothingFoundMessage={t('settings.groups.noUsers')}
          />
        ) : (
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {t('settings.groups.members')}
            </Text>
            <Group gap={4}>
              {group.members.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t('settings.groups.noMembers')}
                </Text>
              ) : (
                group.members.map((m) => (
                  <Badge key={m.id} variant="light" tt="none">
                    {m.display_name}
                  </Badge>
                ))
              )}
            </Group>
          </Stack>
        )}
        {generalError ? (
          <Alert color="red" role="alert">
            {errorText(save.error)}
          </Alert>
        ) : null}
        {editable ? (
          <Group justify="flex-end" gap="sm">
            <Button
              variant="default"
              disabled={!dirty}
              onClick={() => {
                setCountries(group.countries);
                setActive(group.active);
                setMembers(memberIds);
                save.reset();
              }}
            >
              {t('settings.reset')}
            </Button>
            <Button
              disabled={!dirty}
              loading={save.isPending}
              onClick={() =>
                save.mutate(
                  { code: group.code, patch, ...(membersChanged ? { user_ids: members } : {}) },
                  { onSuccess: () => notifySuccess(t('settings.groups.saved')) },
                )
              }
            >
              {t('settings.save')}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Card>
  );
}
