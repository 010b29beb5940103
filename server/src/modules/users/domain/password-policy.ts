// Password rules: long enough, not absurdly long (argon2 must not be fed megabytes),
// and not built from the username or a well-known password.

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 256;

export type PasswordProblem = 'too_short' | 'too_long' | 'contains_username' | 'too_common' | 'single_character';

const common = new Set([
  'password',
  'password1',
  'password123',
  '1234567890',
  '0123456789',
  '12345678910',
  'qwertyuiop',
  'qwerty1234',
  '1q2w3e4r5t',
  'iloveyou12',
  'welcome123',
  'admin12345',
  'administrator',
  'p@ssw0rd123',
  'letmein123',
  'tawasul123',
  'changeme123',
]);

export function passwordProblems(password: string, username: string): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) problems.push('too_short');
  if (length > PASSWORD_MAX_LENGTH) problems.push('too_long');
  const p = password.toLowerCase();
  const u = username.trim().toLowerCase();
  if (u.length >= 3 && (p.includes(u) || p.includes([...u].reverse().join('')))) {
    problems.push('contains_username');
  }
  if (common.has(p)) problems.push('too_common');
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
  too_common: { en: 'This password is too common.', ar: 'كلمة المرور هذه شائعة جدًا.' },
  single_character: {
    en: 'The password must not repeat one character.',
    ar: 'يجب ألا تتكون كلمة المرور من حرف واحد مكرر.',
  },
};
