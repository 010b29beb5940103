import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, unwrap, type BodyOf, type QueryOf, type Schemas } from '../../../api/client';

export type User = Schemas['User'];
export type UserList = { items: User[]; total: number };
export type UserFilter = Omit<QueryOf<'listUsers'>, 'active'> & { active?: boolean };
export type CreateUserInput = BodyOf<'createUser'>;
export type UpdateUserInput = BodyOf<'updateUser'>;

const usersKey = ['users'] as const;

export function useUsers(filter: UserFilter) {
  return useQuery({
    queryKey: [...usersKey, filter],
    queryFn: () => {
      const { active, ...rest } = filter;
      const query = {
        ...rest,
        ...(active === undefined ? {} : { active: active ? ('true' as const) : ('false' as const) }),
      };
      return unwrap(client.GET('/api/v1/users', { params: { query } }));
    },
    placeholderData: keepPreviousData,
  });
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateUserInput) => unwrap(client.POST('/api/v1/users', { body: input })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersKey }),
  });
}

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, changes }: { id: string; changes: UpdateUserInput }) =>
      unwrap(client.PATCH('/api/v1/users/{id}', { params: { path: { id } }, body: changes })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersKey }),
  });
}

/** Accounts are never deleted (the audit log refers to them): DELETE deactivates. */
export function useDeactivateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => unwrap(client.DELETE('/api/v1/users/{id}', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersKey }),
  });
}
