import { Badge, Button, Card, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconPhoneCall, IconSearch, IconUserCircle } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Ltr } from '../../../ui/ltr';
import { PageHeader } from '../../../ui/page-header';
import { ErrorBlock, LoadingBlock } from '../../../ui/query-state';
import { useCallerLookup, type CallerMatch } from '../api/customers';

/**
 * "Find the caller" — what an agent has instead of the customer list: the exact customer,
 * contract or phone number the caller gives, looked up when the agent presses Enter (each
 * lookup is audited). A customer behind the agent's own work opens; any other is shown
 * so that the agent can log the call for him.
 */
export function FindCaller() {
  const { t } = useTranslation('customers');
  const [text, setText] = useState('');
  const [q, setQ] = useState('');
  const lookup = useCallerLookup(q);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setQ(text.trim());
  };

  return (
    <Stack gap={0}>
      <PageHeader title={t('lookup.title')} subtitle={t('lookup.subtitle')} />
      <Card withBorder padding="md" radius="md">
        <Stack>
          <form onSubmit={submit}>
            <Group align="flex-end" gap="sm">
              <TextInput
                label={t('lookup.label')}
                description={t('lookup.hint')}
                placeholder={t('lookup.placeholder')}
                leftSection={<IconPhoneCall size={16} />}
                value={text}
                onChange={(event) => setText(event.currentTarget.value)}
                w={340}
                name="q"
                minLength={3}
                maxLength={40}
                required
                dir={text && !/[\u0590-\u08ff]/.test(text) ? 'ltr' : undefined}
                autoFocus
                autoComplete="off"
                data-testid="caller-lookup"
              />
              <Button type="submit" leftSection={<IconSearch size={16} />} data-testid="caller-lookup-submit">
                {t('lookup.find')}
              </Button>
            </Group>
          </form>
          {q.length < 3 ? null : lookup.isPending ? (
            <LoadingBlock />
          ) : lookup.isError ? (
            <ErrorBlock error={lookup.error} onRetry={() => void lookup.refetch()} />
          ) : lookup.data.items.length === 0 ? (
            <Text c="dimmed" data-testid="caller-none">
              {t('lookup.none')}
            </Text>
          ) : (
            <Stack gap="xs" data-testid="caller-matches">
              {lookup.data.items.map((match) => (
                <CallerCard key={match.customer_no} match={match} />
              ))}
            </Stack>
          )}
        </Stack>
      </Card>
    </Stack>
  );
}

function CallerCard({ match }: { match: CallerMatch }) {
  const { t } = useTranslation('customers');
  return (
    <Card withBorder padding="sm" radius="md" data-customer={match.customer_no} data-readable={match.readable}>
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Stack gap={2}>
          <Group gap="xs">
            <IconUserCircle size={18} />
            <Text fw={600}>
              <bdi>{match.name}</bdi>
            </Text>
            {match.type === 'prospect' ? <Badge variant="light">{t('type.prospect')}</Badge> : null}
            {match.key_account ? <Badge color="grape">{t('keyAccount')}</Badge> : null}
          </Group>
          <Text size="sm" c="dimmed">
            <Ltr mono>{match.customer_no}</Ltr>
            {match.mobile_masked ? (
              <>
                {' · '}
                <Ltr mono>{match.mobile_masked}</Ltr>
              </>
            ) : null}
          </Text>
        </Stack>
        {match.readable ? (
          <Link
            to="/customers/$customerNo"
            params={{ customerNo: match.customer_no }}
            className="tw-link"
            data-testid="caller-open"
          >
            {t('lookup.open')}
          </Link>
        ) : (
          <Text size="sm" c="dimmed" maw={360} data-testid="caller-not-yours">
            {t('lookup.notYours')}
          </Text>
        )}
      </Group>
    </Card>
  );
}
