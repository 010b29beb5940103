// Password rules: long enough, not absurdly long (argon2 must not be fed megabytes),
// and not built from the username or a well-known (common, leaked or published) password.
import { readFileSync } from 'node:fs';

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 256;

export type PasswordProblem = 'too_short' | 'too_long' | 'contains_username' | 'too_common' | 'single_character';

const known = new Set<string>(
  readFileSync(new URL('./breached-passwords.txt', import.meta.url), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#')),
);

export type PasswordOptions = {
  /** A password allowed although it is on the list: the demo's own accounts use the published one. */
  allowed?: string;
};

export function passwordProblems(password: string, username: string, options: PasswordOptions = {}): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) problems.push('too_short');
  if (length > PASSWORD_MAX_LENGTH) problems.push('too_long');
  const p = password.toLowerCase();
  const u = username.trim().toLowerCase();
  if (u.length >= 3 && (p.includes(u) || p.includes([...u].reverse().join('')))) {
    problems.push('contains_username');
  }
  if (known.has(p) && password !== options.allowed) problems.push('too_common');
  if (length > 0 && new Set(p).size === 1) problems.push('single_character');
  return problems;
}

export const passwordProblemMessages: Record<PasswordProblem, { en: string; ar: string }> = {
  too_short: {
    en: `At least ${PASSWORD_MIN_LENGTH} characters.`,
    ar: `يجب ألا تقل كلمة المرور عن ${PASSWORD_MIN_LENGTH} أحرف.`,
  },
  too_long: {
    en: `At most ${PASSWORD_MAX_LENGTH} characters.`,
    ar: `يجب ألا تزيد كلمة المرور على ${PASSWORD_MAX_LENGTH} حرفًا.`,
  },
  contains_username: {
    en: 'The password must not contain the username.',
    ar: 'يجب ألا تحتوي كلمة المرور على اسم المستخدم.',
  },
  too_common: {
    en: 'This password is well known (common, leaked or published): choose another.',
    ar: 'كلمة المرور هذه معروفة (شائعة أو مسرّبة أو منشورة): اختر غيرها.',
  },
  single_character: {
    en: 'The password must not repeat one character.',
    ar: 'يجب ألا تتكون كلمة المرور من حرف واحد مكرر.',
  },
};
