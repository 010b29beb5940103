import type { ReactNode } from 'react';

/**
 * Latin text, numbers, usernames, ids and codes inside Arabic text: isolated so the bidi
 * algorithm keeps their own order (`+966 50 123 4567` stays as written).
 */
export function Ltr({ children, mono = false }: { children: ReactNode; mono?: boolean }) {
  return (
    <bdi dir="ltr" className={mono ? 'tw-mono' : undefined}>
      {children}
    </bdi>
  );
}
