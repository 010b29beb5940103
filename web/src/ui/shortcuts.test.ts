import { describe, expect, it } from 'vitest';
import { shortcutKey } from './shortcuts';

const press = (code: string, key: string, mods: Partial<Record<'altKey' | 'ctrlKey' | 'metaKey', boolean>> = {}) =>
  shortcutKey({ code, key, altKey: false, ctrlKey: false, metaKey: false, isComposing: false, ...mods });

describe('shortcutKey', () => {
  it.each([
    ['J on the English layout', 'KeyJ', 'j', 'j'],
    ['J on the Arabic layout types ت', 'KeyJ', 'ت', 'j'],
    ['K on the Arabic layout types ن', 'KeyK', 'ن', 'k'],
    ['C on the Arabic layout types ؤ', 'KeyC', 'ؤ', 'c'],
    ['Shift+C types a capital', 'KeyC', 'C', 'c'],
    ['1 on the digit row', 'Digit1', '1', '1'],
    ['9 on the Arabic layout types ٩', 'Digit9', '٩', '9'],
    ['the number pad', 'Numpad3', '3', '3'],
    ['0 is no outcome', 'Digit0', '0', null],
    ['the arrows', 'ArrowDown', 'ArrowDown', 'arrowdown'],
    ['Enter', 'Enter', 'Enter', 'enter'],
    ['the number pad Enter', 'NumpadEnter', 'Enter', 'enter'],
    ['a key that is no shortcut', 'Semicolon', 'ك', null],
    ['F2', 'F2', 'F2', 'f2'],
    ['F12', 'F12', 'F12', 'f12'],
    ['F13 is no shortcut', 'F13', 'F13', null],
    ['no code (a virtual keyboard), Arabic-Indic digit', '', '٤', '4'],
    ['no code, Latin letter', '', 'J', 'j'],
    ['no code, Arabic letter', '', 'ت', null],
  ])('%s', (_name, code, key, expected) => {
    expect(press(code, key)).toBe(expected);
  });

  it.each([
    ['Ctrl+C copies', { ctrlKey: true }],
    ['Alt+1', { altKey: true }],
    ['Cmd+K', { metaKey: true }],
  ])('leaves %s to the browser', (_name, mods) => {
    expect(press('KeyC', 'c', mods)).toBeNull();
    expect(press('Digit1', '1', mods)).toBeNull();
  });

  it('ignores a key press that composes text (an input method)', () => {
    expect(
      shortcutKey({ code: 'KeyJ', key: 'j', altKey: false, ctrlKey: false, metaKey: false, isComposing: true }),
    ).toBeNull();
  });
});
