import { describe, expect, it } from 'vitest';
import { characters } from './validation.ts';

describe('characters (Arabic plural of حرف)', () => {
  it.each([
    [1, 'حرف واحد'],
    [2, 'حرفين'],
    [3, '3 أحرف'],
    [10, '10 أحرف'],
    [11, '11 حرفًا'],
    [99, '99 حرفًا'],
    [100, '100 حرف'],
    [103, '103 أحرف'],
    [111, '111 حرفًا'],
  ])('%i → %s', (n, text) => expect(characters(n)).toBe(text));
});
