import { useEffect, useRef } from 'react';

// Keyboard shortcuts by the physical key (`event.code`), not the character it types: on the
// Arabic layout the J key types "ت" and C types "ؤ", so a shortcut that reads `event.key` never
// fires for an agent typing Arabic. The digit row and the number pad both give 1–9.

export type ShortcutKey =
  | 'a'
  | 'b'
  | 'c'
  | 'd'
  | 'e'
  | 'f'
  | 'g'
  | 'h'
  | 'i'
  | 'j'
  | 'k'
  | 'l'
  | 'm'
  | 'n'
  | 'o'
  | 'p'
  | 'q'
  | 'r'
  | 's'
  | 't'
  | 'u'
  | 'v'
  | 'w'
  | 'x'
  | 'y'
  | 'z'
  | '1'
  | '2'
  | '3'
  | '4'
  | '5'
  | '6'
  | '7'
  | '8'
  | '9'
  | 'arrowup'
  | 'arrowdown'
  | 'enter'
  | FunctionKey;

/** F1–F12: they type nothing, so they work in fields too (the telephone's answer and hang-up keys). */
export type FunctionKey = `f${1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12}`;

export function isFunctionKey(key: ShortcutKey): key is FunctionKey {
  return /^f\d+$/.test(key);
}

const named: Record<string, ShortcutKey> = {
  ArrowUp: 'arrowup',
  ArrowDown: 'arrowdown',
  Enter: 'enter',
  NumpadEnter: 'enter',
};

type KeyLike = Pick<KeyboardEvent, 'code' | 'key' | 'altKey' | 'ctrlKey' | 'metaKey' | 'isComposing'>;

/** The shortcut a key press means, whatever the keyboard layout; null for none (or with a modifier). */
export function shortcutKey(event: KeyLike): ShortcutKey | null {
  if (event.altKey || event.ctrlKey || event.metaKey || event.isComposing) return null;
  const letter = /^Key([A-Z])$/.exec(event.code);
  if (letter) return letter[1]!.toLowerCase() as ShortcutKey;
  const digit = /^(?:Digit|Numpad)([1-9])$/.exec(event.code);
  if (digit) return digit[1] as ShortcutKey;
  const fn = /^F([1-9]|1[0-2])$/.exec(event.code);
  if (fn) return `f${fn[1]}` as FunctionKey;
  if (event.code in named) return named[event.code]!;
  // Some virtual keyboards send no code: fall back to the character, Arabic-Indic digits included.
  if (!event.code) {
    const d = '١٢٣٤٥٦٧٨٩'.indexOf(event.key);
    if (d >= 0) return String(d + 1) as ShortcutKey;
    if (/^[1-9]$/.test(event.key)) return event.key as ShortcutKey;
    if (/^[a-z]$/i.test(event.key)) return event.key.toLowerCase() as ShortcutKey;
  }
  return null;
}

/** Whether the key press lands in a field (then letters and digits are text, not shortcuts). */
export function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

/**
 * Page-wide shortcuts: `handler` gets the physical key and returns true when it used it (the
 * browser's default is then prevented). Key presses with modifiers are left alone, and so are
 * letters, digits and Enter typed in a field (function keys still count there).
 */
export function useShortcuts(handler: (key: ShortcutKey, event: KeyboardEvent) => boolean | void) {
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const key = shortcutKey(event);
      if (!key || (isTyping(event.target) && !isFunctionKey(key))) return;
      if (latest.current(key, event)) event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
