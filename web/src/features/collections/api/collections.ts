import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, queryString } from '../../../ui/api-client';
import { invalidateOnLive } from '../../../live/live-keys';

// The collections day (SPEC §2 L, §2 P) as the API serves it: the agent's items, the
// supervisor's lists, the manager's run and KPIs, IT's data-correction queue.

export const purposes = ['reminder', 'followup', 'thanks', 'marketing', 'survey'] as const;
export type Purpose = (typeof purposes)[number];

/** The outcomes an agent records on a collections call (SPEC L3), in the order of the form. */
export const callOutcomes = [
  'reached',
  'no_answer',
  'busy',
  'not_present',
  'wrong_number',
  'promise_to_pay',
  'refused',
  'call_dropped',
  'callback_requested',
] as const;
export type CallOutcome = (typeof callOutcomes)[number];
/** What an agent records on a marketing item (SPEC M1): interest, a sale with its amount, or the call's own result. */
export const marketingCallOutcomes = [
  'interested',
  'not_interested',
  'sale',
  'callback_requested',
  'no_answer',
  'busy',
  'not_present',
  'wrong_number',
  'call_dropped',
] as const;
/** Every outcome the server knows (marketing outcomes appear on lists and timelines too). */
export const allOutcomes = [...callOutcomes, 'interested', 'not_interested', 'sale'] as const;
export type Outcome = (typeof allOutcomes)[number];

export const itemStatuses = [
  'pending',
  'waiting',
  'done',
  'unreachable',
  'waiting_correction',
  'moved',
  'queued',
  'sent',
  'delivered',
  'failed',
  'refused',
  'rejected',
  'expired',
] as const;
export type ItemStatus = (typeof itemStatuses)[number];

export const listStatuses = ['draft', 'approved', 'distributed', 'in_progress', 'completed', 'signed_off'] as const;
export type ListStatus = (typeof listStatuses)[number];

export const runNotes = [
  'future_date',
  'far_past_date',
  'not_a_business_day',
  'already_run',
  'no_active_agents',
] as const;
export type RunNote = (typeof runNotes)[number];

export const correctionKinds = ['mobile', 'landline', 'work', 'home'] as const;
export type CorrectionKind = (typeof correctionKinds)[number];

export type ItemInstallment = { contract_no: string; installment_no: number; due_date?: string; outstanding: number };

export type MyItem = {
  id: string;
  purpose: Purpose;
  customer_no: string;
  name: string;
  amount: number;
  currency: string;
  tier: 1 | 2 | 3 | null;
  credit_type: string | null;
  phone_masked: string | null;
  phone_position: number;
  phones_count: number;
  status: string;
  due_now: boolean;
  outcome: string | null;
  attempts: number;
  next_attempt_at: string | null;
  top: boolean;
  reason: string | null;
  installments: ItemInstallment[];
};

export type AttemptInput = {
  outcome: Outcome;
  expected_attempts: number;
  promise_date?: string;
  promise_amount?: number;
  callback_at?: string;
  /** With `sale` (a marketing item): the amount sold. */
  sale_amount?: number;
  note?: string;
};
export type AttemptResult = { id: string; status: string; next_attempt_at: string | null; attempts: number };

export type AgentProgress = {
  agent: string | null;
  agent_name: string | null;
  by_status: Partial<Record<string, number>>;
  total: number;
};

export type WorkList = {
  id: string;
  purpose: Purpose;
  channel: 'sms' | 'phone' | 'email';
  source: string;
  status: ListStatus;
  total: number;
  /** Items neither closed nor explained: the list cannot be signed off while above zero. */
  open_items: number;
  by_agent: AgentProgress[];
  created_at: string;
  distributed_at: string | null;
  distributed_by: string | null;
  distributed_by_name: string | null;
  completed_at: string | null;
  signed_off_at: string | null;
  signed_off_by: string | null;
  signed_off_by_name: string | null;
};
/** Whether bulk SMS may go now; if not, why (outside the calling hours, weekend, holiday) and when. */
export type SendingWindow = {
  open: boolean;
  reason: 'hours' | 'weekend' | 'holiday' | null;
  next_open_at: string | null;
};
export type WorkListsOfDay = { date: string; lists: WorkList[]; sending_window: SendingWindow };

export type ListItem = {
  id: string;
  customer_no: string;
  name: string;
  amount: number;
  currency: string;
  tier: 1 | 2 | 3 | null;
  phone_masked: string | null;
  agent: string | null;
  agent_name: string | null;
  status: string;
  outcome: string | null;
  /** The last call's outcome, also while the item is still open. */
  last_outcome: string | null;
  next_attempt_at: string | null;
  reason: string | null;
  attempts: number;
  installments: ItemInstallment[];
};

export type RunSummary = {
  date: string;
  previous_date: string | null;
  business_day: boolean;
  notes: string[];
  /** Set when the date was already run: then `lists` holds only what this run added. */
  first_run: { started_at: string; started_by: string | null; started_by_name: string | null } | null;
  lists: { purpose: Purpose; channel: 'sms' | 'phone'; items: number; installments: number; amount: number }[];
  skipped: { do_not_call: number; sms_opt_out_to_phone: number; no_usable_number: number };
  agents: string[];
  /** Display names of `agents`, same order (absent in older runs). */
  agent_names?: string[];
  undistributed_phone_items: number;
  sms: {
    queued: number;
    duplicates: number;
    refused: number;
    refused_reasons: Record<string, number>;
    moved_to_phone: number;
  } | null;
};

export type DailyRun = {
  date: string;
  status: 'running' | 'completed' | 'failed' | string;
  previous_date: string | null;
  started_at: string;
  finished_at: string | null;
  started_by: string | null;
  started_by_name: string | null;
  summary:
    | (Partial<RunSummary> & {
        error?: string;
        reruns?: Array<{ at: string; by: string; by_name?: string | null; items: number }>;
      })
    | null;
};

export const kpiKeys = [
  'installments_due_today',
  'installments_paid_today_by_due_date',
  'collection_rate_30d',
  'collection_rate_30d_category_a',
  'reminders_queued',
  'reminders_sent',
  'reminders_delivered',
  'thanks_sent',
  'phone_reminders',
  'phone_reminders_reached',
  'followups',
  'followups_reached',
  'promises_made_today',
  'promises_due',
  'promises_kept',
  'promise_kept_rate',
  'customers_with_two_or_more_overdue',
] as const;
export type KpiKey = (typeof kpiKeys)[number];
export type Kpis = { date: string } & Record<KpiKey, number | null>;

export type DataCorrection = {
  id: string;
  reason: 'wrong_number' | 'no_usable_number';
  status: 'open' | 'done';
  created_at: string;
  created_by: string | null;
  created_by_name: string | null;
  customer_no: string;
  name: string;
  kind: string | null;
  masked: string | null;
  contract_nos: string | null;
};

export type Agent = { username: string; display_name: string };

const key = ['collections'] as const;
const myItemsKey = [...key, 'my-items'] as const;
const worklistsKey = [...key, 'worklists'] as const;
const listItemsKey = [...key, 'list-items'] as const;
const runsKey = [...key, 'runs'] as const;
const kpisKey = [...key, 'kpis'] as const;
const correctionsKey = [...key, 'data-corrections'] as const;

// Work changed on the server (an attempt, a distribution, a reassignment, a sign-off).
invalidateOnLive(['work-item.changed', 'work-list.changed'], myItemsKey);
invalidateOnLive(['work-item.changed', 'work-list.changed'], worklistsKey);
invalidateOnLive(['work-item.changed', 'work-list.changed'], listItemsKey);
invalidateOnLive(['work-item.changed', 'work-list.changed'], kpisKey);
invalidateOnLive(['work-list.changed'], runsKey);

/** How long until the first waiting item is due again (no event says so: it is the clock). */
export function untilNextDue(items: readonly MyItem[] | undefined, now: number): number | false {
  const next = Math.min(
    ...(items ?? [])
      .filter((i) => i.status === 'waiting' && i.next_attempt_at !== null)
      .map((i) => Date.parse(i.next_attempt_at!))
      .filter((at) => at > now),
  );
  return Number.isFinite(next) ? Math.max(1000, next - now + 500) : false;
}

// ---- the agent's day ----

/** My items of the day: reloaded on a live event, and when a waiting item's retry time comes. */
export function useMyItems(date: string) {
  return useQuery({
    queryKey: [...myItemsKey, date],
    queryFn: () => api.get<{ items: MyItem[] }>(`/my/items${queryString({ date })}`),
    refetchInterval: (query) => untilNextDue(query.state.data?.items, Date.now()),
    placeholderData: keepPreviousData,
  });
}

export function useRecordAttempt() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ itemId, input }: { itemId: string; input: AttemptInput }) =>
      api.post<AttemptResult>(`/work-items/${itemId}/attempts`, input),
    // A conflict (changed or closed) also means the list on screen is stale.
    onSettled: () => queryClient.invalidateQueries({ queryKey: myItemsKey }),
  });
}

// ---- the supervisor's day ----

export function useWorkLists(date: string) {
  return useQuery({
    queryKey: [...worklistsKey, date],
    queryFn: () => api.get<WorkListsOfDay>(`/worklists${queryString({ date })}`),
    placeholderData: keepPreviousData,
  });
}

export function useListItems(listId: string, enabled: boolean) {
  return useQuery({
    queryKey: [...listItemsKey, listId],
    queryFn: () => api.get<{ items: ListItem[] }>(`/worklists/${listId}/items`),
    enabled,
  });
}

function useInvalidateLists() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: worklistsKey }),
      queryClient.invalidateQueries({ queryKey: listItemsKey }),
    ]);
}

export function useDistribute() {
  const invalidate = useInvalidateLists();
  return useMutation({
    mutationFn: ({ listId, agents }: { listId: string; agents?: string[] }) =>
      api.post<WorkListsOfDay>(`/worklists/${listId}/distribute`, agents && agents.length > 0 ? { agents } : {}),
    onSuccess: invalidate,
  });
}

export function useReassign() {
  const invalidate = useInvalidateLists();
  return useMutation({
    mutationFn: ({ listId, ...body }: { listId: string; to: string; item_ids?: string[]; from?: string }) =>
      api.post<{ moved: number }>(`/worklists/${listId}/reassign`, body),
    onSuccess: invalidate,
  });
}

export function useSendBack() {
  const invalidate = useInvalidateLists();
  return useMutation({
    mutationFn: ({ itemId, note }: { itemId: string; note: string }) =>
      api.post<{ id: string; status: string }>(`/work-items/${itemId}/send-back`, { note }),
    onSuccess: invalidate,
  });
}

export function useSendNow() {
  const invalidate = useInvalidateLists();
  return useMutation({
    mutationFn: (listId: string) =>
      api.post<{ queued: number; duplicates: number; refused: number; moved_to_phone: number }>(
        `/worklists/${listId}/send`,
      ),
    onSettled: invalidate,
  });
}

export function useSignOff() {
  const invalidate = useInvalidateLists();
  return useMutation({
    mutationFn: (listId: string) => api.post<{ id: string; status: string }>(`/worklists/${listId}/sign-off`),
    onSettled: invalidate,
  });
}

/** The list as the seed's form F 1-1 (SMS) or F 1-2 (phone): a plain download, the session cookie goes along. */
export function exportListHref(listId: string): string {
  return `/api/v1/worklists/${listId}/export.xlsx`;
}

/** Active agents with the collections skill (only admins and managers may list users). */
export function useCollectionAgents(enabled: boolean) {
  return useQuery({
    queryKey: ['users', 'collection-agents'],
    queryFn: async () => (await api.get<{ items: Agent[] }>('/collections/agents')).items,
    enabled,
    staleTime: 60_000,
  });
}

// ---- the manager's day ----

export function useRuns() {
  return useQuery({ queryKey: runsKey, queryFn: () => api.get<{ items: DailyRun[] }>('/collections/runs') });
}

export function useRunDay() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { date: string; send: boolean }) => api.post<RunSummary>('/collections/runs', input),
    onSettled: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}

export function useKpis(date: string) {
  return useQuery({
    queryKey: [...kpisKey, date],
    queryFn: () => api.get<Kpis>(`/collections/kpis${queryString({ date })}`),
    placeholderData: keepPreviousData,
  });
}

// ---- IT's queue ----

export function useDataCorrections(status: 'open' | 'done') {
  return useQuery({
    queryKey: [...correctionsKey, status],
    queryFn: () => api.get<{ items: DataCorrection[] }>(`/data-corrections${queryString({ status })}`),
    placeholderData: keepPreviousData,
  });
}

export function useResolveCorrection() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: { id: string; raw?: string; kind?: CorrectionKind }) =>
      api.post<{ id: string; status: 'done'; reopened: boolean }>(`/data-corrections/${id}/resolve`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}
