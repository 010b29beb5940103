import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { api, uploadWithProgress } from '../../../ui/api-client';
import { invalidateOnLive } from '../../../live/live-keys';

export const importKinds = ['customers', 'installments', 'payments'] as const;
export type ImportKind = (typeof importKinds)[number];
export type ImportStatus = 'queued' | 'running' | 'done' | 'done_with_rejections' | 'failed';

/** Still to end: waiting for its turn or reading rows. */
export const isUnfinished = (status: ImportStatus) => status === 'queued' || status === 'running';

export type ImportRun = {
  id: string;
  kind: ImportKind;
  file_name: string;
  status: ImportStatus;
  total_bytes: number;
  processed_bytes: number;
  /** 0..1, by bytes read. */
  progress: number;
  /** While queued: 1 for the next import to start (null when the server cannot tell). */
  queue_position: number | null;
  rows: number;
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: number;
  /** Why a run failed: a stable code and a message safe to show, in both languages. */
  error: { code: string; message: string; message_ar: string } | null;
  started_at: string;
  finished_at: string | null;
};

/** The columns of each kind (SPEC §4, a stable contract), required ones marked. */
export const importColumns: Record<ImportKind, { name: ImportColumn; required: boolean }[]> = {
  customers: [
    { name: 'customer_no', required: true },
    { name: 'name', required: true },
    { name: 'type', required: false },
    { name: 'category', required: false },
    { name: 'country', required: false },
    { name: 'city', required: false },
    { name: 'mobile', required: false },
    { name: 'landline', required: false },
    { name: 'work_phone', required: false },
    { name: 'home_phone', required: false },
    { name: 'email', required: false },
    { name: 'fax', required: false },
    { name: 'key_account', required: false },
    { name: 'sms_opt_out', required: false },
  ],
  installments: [
    { name: 'customer_no', required: true },
    { name: 'contract_no', required: true },
    { name: 'credit_type', required: true },
    { name: 'installment_no', required: true },
    { name: 'amount', required: true },
    { name: 'currency', required: false },
    { name: 'due_date', required: true },
  ],
  payments: [
    { name: 'customer_no', required: true },
    { name: 'contract_no', required: true },
    { name: 'installment_no', required: true },
    { name: 'amount', required: true },
    { name: 'paid_at', required: true },
    { name: 'reference', required: false },
  ],
};
export type ImportColumn =
  | 'customer_no'
  | 'name'
  | 'type'
  | 'category'
  | 'country'
  | 'city'
  | 'mobile'
  | 'landline'
  | 'work_phone'
  | 'home_phone'
  | 'email'
  | 'fax'
  | 'key_account'
  | 'sms_opt_out'
  | 'contract_no'
  | 'credit_type'
  | 'installment_no'
  | 'amount'
  | 'currency'
  | 'due_date'
  | 'paid_at'
  | 'reference';

/** The failure of a run in the interface language where the server gave one. */
export function runErrorText(error: ImportRun['error'], locale: 'ar' | 'en'): string {
  if (!error) return '';
  return locale === 'ar' ? error.message_ar : error.message;
}

export const maxUploadBytes = 200 * 1024 * 1024;

const importsKey = ['imports'] as const;
invalidateOnLive(['import.progress'], importsKey);

/** Recent imports, reloaded as they progress (live events). */
export function useImports() {
  return useQuery({
    queryKey: [...importsKey, 'list'],
    queryFn: () => api.get<{ items: ImportRun[] }>('/imports'),
  });
}

/** One import, reloaded with each batch it writes (live events) until it is done or failed. */
export function useImportRun(id: string | null, initial?: ImportRun) {
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: [...importsKey, 'one', id],
    queryFn: () => api.get<ImportRun>(`/imports/${id}`),
    enabled: id !== null,
    initialData: initial && initial.id === id ? initial : undefined,
    // The upload's answer is a moment old: ask at once.
    initialDataUpdatedAt: 0,
  });
  const finished = query.data && !isUnfinished(query.data.status);
  useEffect(() => {
    if (finished) void queryClient.invalidateQueries({ queryKey: [...importsKey, 'list'] });
  }, [finished, queryClient]);
  return query;
}

export function uploadImport(kind: ImportKind, file: File, onProgress: (fraction: number) => void) {
  const form = new FormData();
  form.append('file', file, file.name);
  return uploadWithProgress<ImportRun>(`/imports/${kind}/uploads`, form, onProgress);
}

export function reportHref(id: string, format: 'csv' | 'xlsx'): string {
  return `/api/v1/imports/${id}/report?format=${format}`;
}
