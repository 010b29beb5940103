import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A random secret for a session cookie, a CSRF token or an API token (256 bits). */
export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** API tokens carry a recognisable prefix so that a leaked one is easy to find in logs and code. */
export const API_TOKEN_PREFIX = 'tw_';

export function newApiToken(): string {
  return `${API_TOKEN_PREFIX}${newSecret()}`;
}

/** Secrets are stored only as their SHA-256 (they are long and random: no salt or argon2 needed). */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
