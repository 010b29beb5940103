import { Alert, Anchor, Group, Stack } from '@mantine/core';
import { IconAlertTriangle, IconArrowLeft } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { isApiError } from '../../../ui/api-client';
import { ErrorBlock, LoadingBlock } from '../../../ui/query-state';
import { NoPermissionPage } from '../../shell/routes/no-permission-page';

/**
 * The frame of one record's page (a ticket, an inquiry): the way back to its list, then the
 * record — or its loading state, "not found" for an unknown or malformed id, "no permission"
 * for one the user may not see, or the error with a retry.
 */
export function RecordPage<T>({
  query,
  back,
  notFound,
  children,
}: {
  query: UseQueryResult<T>;
  back: { to: '/tickets' | '/inquiries'; label: string; testId: string };
  notFound: { text: string; testId: string };
  children: (record: T) => ReactNode;
}) {
  if (isApiError(query.error) && query.error.status === 403) return <NoPermissionPage />;
  return (
    <Stack gap="md">
      <Anchor component={Link} to={back.to} size="sm" w="fit-content" data-testid={back.testId}>
        <Group gap={4} wrap="nowrap">
          <IconArrowLeft size={14} className="mantine-rotate-rtl" />
          {back.label}
        </Group>
      </Anchor>
      {query.isPending ? (
        <LoadingBlock />
      ) : query.isError ? (
        isApiError(query.error) && (query.error.status === 404 || query.error.status === 422) ? (
          <Alert color="orange" icon={<IconAlertTriangle size={18} />} data-testid={notFound.testId}>
            {notFound.text}
          </Alert>
        ) : (
          <ErrorBlock error={query.error} onRetry={() => void query.refetch()} />
        )
      ) : (
        children(query.data as T)
      )}
    </Stack>
  );
}
