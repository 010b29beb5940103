// The one way the web app talks to the server: same-origin fetch, JSON in and out,
// errors as ApiError with the server's messages in both languages.

export type FieldError = { field: string; code: string; message: string; message_ar: string };

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly message_ar: string;
  readonly errors: FieldError[];

  constructor(status: number, body: { code?: string; message?: string; message_ar?: string; errors?: FieldError[] }) {
    super(body.message ?? `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.code = body.code ?? 'http_error';
    this.message_ar = body.message_ar ?? body.message ?? `HTTP ${status}`;
    this.errors = Array.isArray(body.errors) ? body.errors : [];
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

const apiBase = '/api/v1';

// Calls that answer 401 as part of their normal work (am I signed in? wrong password?).
const ownsUnauthorized = new Set(['/auth/me', '/auth/login']);

let onUnauthorized: (() => void) | undefined;
let csrfToken: string | null = null;

/** Where to send the user when the session has ended (set once by the app). */
export function setUnauthorizedHandler(handler: () => void) {
  onUnauthorized = handler;
}

/** Remembered from /auth/me and /auth/login; multipart uploads must echo it. */
export function setCsrfToken(token: string | null) {
  csrfToken = token;
}

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

async function request<T>(method: Method, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  const init: RequestInit = { method, credentials: 'same-origin', headers };
  if (method !== 'GET') {
    // The server takes cookie-authenticated writes only as application/json, and refuses an empty JSON body.
    headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body ?? {});
  }
  return send<T>(path, init);
}

async function send<T>(path: string, init: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(apiBase + path, init);
  } catch (cause) {
    throw new ApiError(0, { code: 'network', message: String(cause) });
  }
  if (response.ok) {
    if (response.status === 204) return undefined as T;
    const text = await response.text();
    return (text ? JSON.parse(text) : undefined) as T;
  }
  throw apiError(response.status, await readErrorBody(response), apiBase + path);
}

/** The server's error as ApiError; a 401 outside sign-in sends the user to sign in. `url` is the path from /api. */
export function apiError(status: number, body: unknown, url: string): ApiError {
  const path = url.split('?')[0]!.slice(apiBase.length);
  if (status === 401 && !ownsUnauthorized.has(path)) onUnauthorized?.();
  return new ApiError(status, body && typeof body === 'object' ? body : {});
}

async function readErrorBody(response: Response) {
  try {
    const body: unknown = await response.json();
    return body && typeof body === 'object' ? body : {};
  } catch {
    return {};
  }
}

export const api = {
  get: <T>(path: string) => request<T>('GET', path),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, body),
  patch: <T>(path: string, body?: unknown) => request<T>('PATCH', path, body),
  put: <T>(path: string, body?: unknown) => request<T>('PUT', path, body),
  delete: <T = void>(path: string, body?: unknown) => request<T>('DELETE', path, body),
  /** Multipart upload (imports): the browser sets the boundary; the CSRF token proves the page is ours. */
  upload: <T>(path: string, form: FormData) =>
    send<T>(path, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { Accept: 'application/json', ...(csrfToken ? { 'X-CSRF-Token': csrfToken } : {}) },
      body: form,
    }),
};

/**
 * Multipart upload with upload progress (fetch cannot report it): XMLHttpRequest, the same
 * CSRF header, the same ApiError on failure. `onProgress` gets 0..1 as the bytes leave.
 */
export function uploadWithProgress<T>(
  path: string,
  form: FormData,
  onProgress: (fraction: number) => void,
  signal?: AbortSignal,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', apiBase + path);
    xhr.withCredentials = true;
    xhr.setRequestHeader('Accept', 'application/json');
    if (csrfToken) xhr.setRequestHeader('X-CSRF-Token', csrfToken);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(Math.min(1, event.loaded / event.total));
    };
    xhr.onload = () => {
      let body: unknown = undefined;
      try {
        body = xhr.responseText ? JSON.parse(xhr.responseText) : undefined;
      } catch {
        body = undefined;
      }
      if (xhr.status >= 200 && xhr.status < 300) {
        onProgress(1);
        resolve(body as T);
        return;
      }
      if (xhr.status === 401) onUnauthorized?.();
      reject(new ApiError(xhr.status, body && typeof body === 'object' ? body : {}));
    };
    xhr.onerror = () => reject(new ApiError(0, { code: 'network', message: 'upload failed' }));
    xhr.onabort = () => reject(new ApiError(0, { code: 'aborted', message: 'upload aborted' }));
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(form);
  });
}

/** Builds `?a=1&b=2`, leaving out empty values. */
export function queryString(params: Record<string, string | number | boolean | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}
