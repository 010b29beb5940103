import { describe, expect, it } from 'vitest';
import { findUnsafeText, isSafeText } from './text.ts';

describe('isSafeText: no NUL, no lone surrogate', () => {
  it.each([
    ['plain Arabic', 'مرحبا', true],
    ['empty', '', true],
    ['an emoji (a surrogate pair)', '😀', true],
    ['bidi overrides and isolates', '\u202Eabc\u202C \u2066x\u2069', true],
    ['other control characters (the schemas decide)', '\u0001\u001f', true],
    ['NUL alone', '\u0000', false],
    ['NUL inside', 'a\u0000b', false],
    ['a lone high surrogate at the end', 'a\ud800', false],
    ['a lone high surrogate before a letter', '\ud800a', false],
    ['a lone low surrogate', '\udc00', false],
    ['a pair reversed', '\ude00\ud83d', false],
  ])('%s', (_name, text, safe) => expect(isSafeText(text)).toBe(safe));
});

describe('findUnsafeText: the path of the first bad string', () => {
  it.each([
    ['a clean object', { a: 'x', b: [1, 'y', null], c: { d: true } }, undefined],
    ['the value itself', 'a\u0000', '(body)'],
    ['a nested value', { a: { b: ['ok', 'x\ud800'] } }, 'a.b.1'],
    ['a key (its characters are not echoed)', { a: { 'k\u0000': 1 } }, 'a.\ufffd'],
    ['numbers and booleans are not text', { n: 0, b: false }, undefined],
  ])('%s', (_name, value, path) => expect(findUnsafeText(value)).toBe(path));

  it('a prefix names where the value came from', () => {
    expect(findUnsafeText({ q: '\u0000' }, 'query')).toBe('query.q');
  });

  it('walks 100,000 levels of nesting without overflowing the stack', () => {
    let deep: unknown = '\u0000';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(findUnsafeText(deep)?.split('.')).toHaveLength(100_000);
  });
});
