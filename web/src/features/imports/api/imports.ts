import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { client, unwrap, type Schemas } from '../../../api/client';
import { uploadWithProgress } from '../../../ui/api-client';
import { invalidateOnLive } from '../../../live/live-keys';

// The contract types `kind` and `status` as plain strings (the server's handler builds them from
// untyped rows; tightening them to enums needs that handler typed first): the web narrows them to
// the values it knows how to show.
export type ImportStatus = 'queued' | 'running' | 'done' | 'done_with_rejections' | 'failed';
export type ImportKind = keyof typeof importColumns;
export type ImportRun = Omit<Schemas['ImportRun'], 'kind' | 'status'> & { kind: ImportKind; status: ImportStatus };

/** Still to end: waiting for its turn or reading rows. */
export const isUnfinished = (status: ImportStatus) => status === 'queued' || status === 'running';

/** The columns of each kind (SPEC §4, a stable contract), required ones marked. */
export const importColumns = {
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
} satisfies Record<string, { name: ImportColumn; required: boolean }[]>;

/** The kinds of import, in the order of the contract's columns (a Record over the contract's enum lists them all). */
export const importKinds = Object.keys(importColumns) as ImportKind[];

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
    queryFn: async () => (await unwrap(client.GET('/api/v1/imports'))) as { items: ImportRun[] },
  });
}

/** One import, reloaded with each batch it writes (live events) until it is done or failed. */
export function useImportRun(id: string | null, initial?: ImportRun) {
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: [...importsKey, 'one', id],
    queryFn: async () =>
      (await unwrap(client.GET('/api/v1/imports/{id}', { params: { path: { id: id! } } }))) as ImportRun,
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
