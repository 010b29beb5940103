import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, unwrap, type BodyOf, type ResponseOf } from '../../../api/client';
import { queryString, uploadWithProgress } from '../../../ui/api-client';
import { invalidateOnLive } from '../../../live/live-keys';

// قوائم العمل — work lists made by people (SPEC L1): from a filter (with its count first) or a
// target file, approved by a supervisor or manager, then distributed.

export type WorkList = ResponseOf<'getWorkList'>;
export type ListStatus = WorkList['status'];
export type TargetFilter = NonNullable<BodyOf<'previewWorkList'>['filter']>;
export type PreviewCounts = ResponseOf<'previewWorkList'>;
export type NewList = Omit<BodyOf<'createWorkListFromFilter'>, 'filter'>;

export const manualPurposes = ['marketing', 'survey', 'followup'] as const;
export type ManualPurpose = (typeof manualPurposes)[number];
export const channels = ['phone', 'sms', 'email'] as const;
export type Channel = (typeof channels)[number];
export const stepNames = ['created', 'approved', 'distributed', 'started', 'completed', 'signed_off'] as const;
export type StepName = (typeof stepNames)[number];

/** Still reading its target file: queued or running. */
export const importRunning = (list: WorkList) =>
  list.import !== null && (list.import.status === 'queued' || list.import.status === 'running');

const key = ['work-lists'] as const;
invalidateOnLive(['work-list.changed', 'import.progress'], key);

export function useWorkLists() {
  return useQuery({
    queryKey: [...key, 'all'],
    queryFn: () => unwrap(client.GET('/api/v1/work-lists', { params: { query: {} } })),
  });
}

export function useWorkList(id: string | null, initial?: WorkList) {
  return useQuery({
    queryKey: [...key, 'one', id],
    queryFn: () => unwrap(client.GET('/api/v1/work-lists/{id}', { params: { path: { id: id! } } })),
    enabled: id !== null,
    initialData: initial && initial.id === id ? initial : undefined,
    initialDataUpdatedAt: 0,
  });
}

/** The live count of a filter (matching, reachable, left out by reason); null while the form is not ready. */
export function usePreview(input: BodyOf<'previewWorkList'> | null) {
  return useQuery({
    queryKey: [...key, 'preview', input],
    queryFn: () => unwrap(client.POST('/api/v1/work-lists/preview', { body: input! })),
    enabled: input !== null,
    placeholderData: keepPreviousData,
  });
}

function useListMutation<A>(run: (arg: A) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}

export function useCreateFromFilter() {
  return useListMutation((body: BodyOf<'createWorkListFromFilter'>) =>
    unwrap(client.POST('/api/v1/work-lists/from-filter', { body })),
  );
}

export function useApprove() {
  return useListMutation((id: string) =>
    unwrap(client.POST('/api/v1/work-lists/{id}/approve', { params: { path: { id } } })),
  );
}

export function useDiscard() {
  return useListMutation((id: string) =>
    unwrap(client.DELETE('/api/v1/work-lists/{id}', { params: { path: { id } } })),
  );
}

/** Deals a phone list to the agents of its purpose (marketing, service or collections skill). */
export function useDistribute() {
  return useListMutation((id: string) =>
    unwrap(client.POST('/api/v1/worklists/{id}/distribute', { params: { path: { id } }, body: {} })),
  );
}

export function uploadTargets(list: NewList, file: File, onProgress: (fraction: number) => void) {
  const form = new FormData();
  form.append('file', file, file.name);
  return uploadWithProgress<WorkList>(`/work-lists/from-file${queryString(list)}`, form, onProgress);
}

export function rejectionsHref(id: string, format: 'csv' | 'xlsx') {
  return `/api/v1/work-lists/${id}/rejections?format=${format}`;
}

/** A target file is at most this large (the server's limit). */
export const maxTargetBytes = 50 * 1024 * 1024;
