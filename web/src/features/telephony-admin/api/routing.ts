import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, unwrap, type BodyOf, type Schemas } from '../../../api/client';

// Routing set-up (queues, break reasons, IVR menus, DNIS routes) through the typed client.

export type CallQueue = Schemas['CallQueue'];
export type QueueInput = BodyOf<'saveCallQueue'>;
export type BreakReason = Schemas['BreakReasonAdmin'];
export type BreakReasonInput = BodyOf<'saveBreakReason'>;
export type IvrNode = Schemas['IvrNode'];
export type IvrMenu = Schemas['IvrMenu'];
export type IvrMenuSummary = Schemas['IvrMenuSummary'];
export type IvrTryResult = Schemas['IvrTryResult'];
export type TryInput = BodyOf<'tryIvrMenu'>['inputs'][number];
export type DialRoute = Schemas['DialRoute'];
export type DialRouteInput = BodyOf<'saveDialRoute'>;

const key = ['telephony-admin'] as const;

export function useQueues() {
  return useQuery({
    queryKey: [...key, 'queues'],
    queryFn: () => unwrap(client.GET('/api/v1/telephony/queues')),
  });
}

export function useSaveQueue() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ code, input }: { code: string; input: QueueInput }) =>
      unwrap(client.PUT('/api/v1/telephony/queues/{code}', { params: { path: { code } }, body: input })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}

export function useBreakReasons() {
  return useQuery({
    queryKey: [...key, 'break-reasons'],
    queryFn: () => unwrap(client.GET('/api/v1/telephony/break-reasons')),
  });
}

export function useSaveBreakReason() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ code, input }: { code: string; input: BreakReasonInput }) =>
      unwrap(client.PUT('/api/v1/telephony/break-reasons/{code}', { params: { path: { code } }, body: input })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...key, 'break-reasons'] }),
  });
}

export function useIvrMenus() {
  return useQuery({
    queryKey: [...key, 'ivr-menus'],
    queryFn: () => unwrap(client.GET('/api/v1/telephony/ivr-menus')),
  });
}

export function useIvrMenu(code: string | null) {
  return useQuery({
    queryKey: [...key, 'ivr-menus', code],
    queryFn: () => unwrap(client.GET('/api/v1/telephony/ivr-menus/{code}', { params: { path: { code: code! } } })),
    enabled: code !== null,
  });
}

export function useSaveIvrMenu() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ code, name, tree }: { code: string; name: string; tree: IvrNode }) =>
      unwrap(client.PUT('/api/v1/telephony/ivr-menus/{code}', { params: { path: { code } }, body: { name, tree } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}

export function useDeleteIvrMenu() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (code: string) =>
      unwrap(client.DELETE('/api/v1/telephony/ivr-menus/{code}', { params: { path: { code } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}

export function useTryIvr() {
  return useMutation({
    mutationFn: ({ code, tree, inputs }: { code: string; tree: IvrNode; inputs: TryInput[] }) =>
      unwrap(
        client.POST('/api/v1/telephony/ivr-menus/{code}/try', { params: { path: { code } }, body: { tree, inputs } }),
      ),
  });
}

export function useDialRoutes() {
  return useQuery({
    queryKey: [...key, 'routes'],
    queryFn: () => unwrap(client.GET('/api/v1/telephony/routes')),
  });
}

export function useSaveDialRoute() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ dnis, input }: { dnis: string; input: DialRouteInput }) =>
      unwrap(client.PUT('/api/v1/telephony/routes/{dnis}', { params: { path: { dnis } }, body: input })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}

export function useDeleteDialRoute() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (dnis: string) =>
      unwrap(client.DELETE('/api/v1/telephony/routes/{dnis}', { params: { path: { dnis } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}
