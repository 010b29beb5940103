import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, queryString } from '../../../ui/api-client';

export const categories = ['A', 'B', 'C'] as const;
export type Category = (typeof categories)[number];
export const customerTypes = ['current', 'prospect'] as const;
export type CustomerType = (typeof customerTypes)[number];
/** `relevance`: the best matches of a search first (the server's default when there is a search). */
export const sortColumns = ['relevance', 'customer_no', 'name', 'created_at'] as const;
export type SortColumn = (typeof sortColumns)[number];
export type SortOrder = 'asc' | 'desc';
export type YesNo = 'true' | 'false';

export type CustomerListItem = {
  customer_no: string;
  name: string;
  type: CustomerType;
  category: Category | null;
  key_account: boolean;
  country: string;
  city: string | null;
  sms_opt_out: boolean;
  do_not_call: boolean;
  outstanding: number;
  overdue_installments: number;
  mobile_masked: string | null;
  /** Whether the mobile parses as a number (null without one): the list flags the others. */
  mobile_valid: boolean | null;
};

export type CustomerList = { items: CustomerListItem[]; total: number };

/** The list's filters as the API takes them (also the export's). */
export type CustomerFilter = {
  q?: string;
  category?: Category;
  type?: CustomerType;
  country?: string;
  key_account?: YesNo;
  has_overdue?: YesNo;
  sort?: SortColumn;
  order?: SortOrder;
};

export const contactKinds = ['mobile', 'landline', 'work', 'home', 'fax', 'email'] as const;
export type ContactKind = (typeof contactKinds)[number];

export type ContactPoint = {
  id: string;
  kind: ContactKind;
  masked: string;
  valid: boolean;
  number_type: string | null;
  wrong: boolean;
  wrong_at: string | null;
  corrected_at: string | null;
  source: string;
};

export type Installment = {
  installment_no: number;
  amount: number;
  currency: string;
  due_date: string;
  paid: number;
  outstanding: number;
  status: 'paid' | 'overdue' | 'upcoming';
  partial: boolean;
  paid_in_full_at: string | null;
};

export type Contract = { contract_no: string; credit_type: string; installments: Installment[] };

export type Payment = {
  contract_no: string | null;
  installment_no: number | null;
  amount: number;
  paid_at: string;
  reference: string | null;
};

export type TimelineEntry = {
  id: string;
  at: string;
  kind: string;
  summary: string;
  /**
   * Structured details: `{fields}` for an edit, `{contact_kind, masked, reason}` for numbers,
   * `{purpose, outcome, masked, promise_date, note}` for a call.
   */
  data: {
    fields?: string[];
    contact_kind?: string;
    masked?: string | null;
    reason?: string | null;
    purpose?: string;
    outcome?: string;
    promise_date?: string | null;
    note?: string | null;
    /** An SMS or email sent to the customer: its delivery status now. */
    delivery_status?: string;
    message_purpose?: string;
  } | null;
  actor: string | null;
  actor_name: string | null;
  ref_type: string | null;
  ref_id: string | null;
};

export type Customer = {
  customer_no: string;
  name: string;
  type: CustomerType;
  category: Category | null;
  key_account: boolean;
  country: string;
  city: string | null;
  sms_opt_out: boolean;
  do_not_call: boolean;
  notes: string | null;
  created_at: string;
  updated_at: string;
};

export type Customer360 = {
  customer: Customer;
  summary: { currency: string | null; outstanding: number; overdue: number; overdue_installments: number };
  contact_points: ContactPoint[];
  contracts: Contract[];
  payments: Payment[];
  timeline: TimelineEntry[];
};

export type CustomerPatch = Partial<{
  name: string;
  type: CustomerType;
  category: Category | null;
  key_account: boolean;
  country: string;
  city: string | null;
  sms_opt_out: boolean;
  do_not_call: boolean;
  notes: string | null;
}>;

export type RevealedNumber = { id: string; kind: ContactKind; raw: string; e164: string | null };

const customersKey = ['customers'] as const;
const listKey = [...customersKey, 'list'] as const;
const oneKey = (customerNo: string) => [...customersKey, 'one', customerNo] as const;
const path = (customerNo: string) => `/customers/${encodeURIComponent(customerNo)}`;

export function useCustomers(filter: CustomerFilter & { limit: number; offset: number }) {
  return useQuery({
    queryKey: [...listKey, filter],
    queryFn: () => api.get<CustomerList>(`/customers${queryString(filter)}`),
    placeholderData: keepPreviousData,
  });
}

/**
 * The caller with exactly this customer, contract or phone number (GET /customers/lookup,
 * audited): an agent's way to find a customer, since agents do not browse the list.
 * `readable`: the customer is behind the user's own work, so his page opens.
 */
export type CallerMatch = {
  customer_no: string;
  name: string;
  type: CustomerType;
  key_account: boolean;
  country: string;
  city: string | null;
  mobile_masked: string | null;
  readable: boolean;
};

export function useCallerLookup(q: string) {
  return useQuery({
    queryKey: [...customersKey, 'lookup', q],
    queryFn: () => api.get<{ items: CallerMatch[] }>(`/customers/lookup${queryString({ q })}`),
    enabled: q.length >= 3,
  });
}

/** The XLSX export of the list as filtered now (a plain download: the session cookie goes along). */
export function exportHref(filter: CustomerFilter): string {
  return `/api/v1/customers/export.xlsx${queryString(filter)}`;
}

export function useCustomer(customerNo: string) {
  return useQuery({ queryKey: oneKey(customerNo), queryFn: () => api.get<Customer360>(path(customerNo)) });
}

/** وعد بالسداد: kept when the customer's payments reach its amount by the promised date. */
export type PaymentPromise = {
  id: string;
  promised_date: string;
  amount: number;
  paid: number;
  agent: string | null;
  created_at: string;
  status: 'open' | 'kept' | 'broken';
};

export function usePromises(customerNo: string) {
  return useQuery({
    queryKey: [...oneKey(customerNo), 'promises'],
    queryFn: () => api.get<{ items: PaymentPromise[] }>(`${path(customerNo)}/promises`),
  });
}

export function useUpdateCustomer(customerNo: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (changes: CustomerPatch) => api.patch<Customer360>(path(customerNo), changes),
    onSuccess: (data) => {
      queryClient.setQueryData(oneKey(customerNo), data);
      return queryClient.invalidateQueries({ queryKey: listKey });
    },
  });
}

export function useAddNote(customerNo: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (text: string) => api.post<unknown>(`${path(customerNo)}/notes`, { text }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: oneKey(customerNo) }),
  });
}

/** The full number (the server writes the reveal to the audit log first). */
export function useRevealNumber(customerNo: string) {
  return useMutation({
    mutationFn: (id: string) => api.post<RevealedNumber>(`${path(customerNo)}/contact-points/${id}/reveal`),
  });
}

export function useFlagWrongNumber(customerNo: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, reason }: { id: string; reason?: string }) =>
      api.post<ContactPoint>(`${path(customerNo)}/contact-points/${id}/wrong`, reason ? { reason } : {}),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: customersKey }),
  });
}

export function useCorrectNumber(customerNo: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, raw }: { id: string; raw?: string }) =>
      api.post<ContactPoint>(`${path(customerNo)}/contact-points/${id}/correct`, raw ? { raw } : {}),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: customersKey }),
  });
}
