import { describe, expect, it } from 'vitest';
import type { IvrNode } from '../api/routing';
import { arabicKey, nextFreeKey, nodePathOf, problemsByNode, sortedKeys, updateAt } from './ivr-tree';

const tree: IvrNode = {
  kind: 'menu',
  prompt: { ar: 'القائمة' },
  options: {
    '2': { kind: 'message', prompt: { ar: 'وداعًا' }, next: { kind: 'queue', queue: 'service' } },
    '1': { kind: 'queue', queue: 'service' },
  },
  timeoutSeconds: 5,
  maxRetries: 2,
};

describe('ivr-tree: the editor’s pure edits', () => {
  it.each([
    ['1', '١'],
    ['0', '٠'],
    ['9', '٩'],
    ['*', '*'],
    ['#', '#'],
  ])('key %s reads %s in Arabic', (key, shown) => expect(arabicKey(key)).toBe(shown));

  it('replaces a node deep in the tree (options.2.next) and leaves the rest as it was', () => {
    const out = updateAt(tree, 'options.2.next', () => ({ kind: 'queue', queue: 'collections' }));
    expect(out.kind === 'menu' && out.options['2']).toEqual({
      kind: 'message',
      prompt: { ar: 'وداعًا' },
      next: { kind: 'queue', queue: 'collections' },
    });
    expect(out.kind === 'menu' && out.options['1']).toBe(tree.kind === 'menu' && tree.options['1']);
    expect(tree.kind === 'menu' && tree.options['2']).toMatchObject({ next: { queue: 'service' } });
  });

  it('a path that leads nowhere changes nothing', () => {
    expect(updateAt(tree, 'options.7', () => ({ kind: 'goto', menu: 'x' }))).toEqual(tree);
    expect(updateAt(tree, 'fallback', () => ({ kind: 'goto', menu: 'x' }))).toEqual(tree);
  });

  it('orders keys as on the phone, 0 after 9, and finds the next free one', () => {
    expect(sortedKeys({ '#': 1, '0': 1, '2': 1, '1': 1, '*': 1 })).toEqual(['1', '2', '0', '*', '#']);
    expect(nextFreeKey({ '1': 1, '2': 1 })).toBe('3');
    expect(
      nextFreeKey(Object.fromEntries(['1', '2', '3', '4', '5', '6', '7', '8', '9', '0', '*'].map((k) => [k, 1]))),
    ).toBe('#');
  });

  it.each([
    ['', ''],
    ['options.2', 'options.2'],
    ['options.2.queue', 'options.2'],
    ['options.2.prompt.ar', 'options.2'],
    ['options.1.next.fallback.menu', 'options.1.next.fallback'],
    ['prompt.ar', ''],
    ['options.#.options.*', 'options.#.options.*'],
  ])('field %j belongs to node %j', (field, node) => expect(nodePathOf(field)).toBe(node));

  it('puts the server’s problems on their node; a prompt problem on the node that has the prompt', () => {
    const problems = problemsByNode(
      [
        { field: 'tree.options.2', code: 'unknown_queue', message: 'no queue', message_ar: 'لا طابور' },
        { field: 'tree.options.2.prompt.ar', code: 'missing_arabic_prompt', message: 'no Arabic', message_ar: 'لا نص' },
        { field: 'tree', code: 'empty_menu', message: 'empty', message_ar: 'فارغة' },
        { field: 'name', code: 'required', message: 'required', message_ar: 'مطلوب' },
      ],
      true,
    );
    expect([...problems].map(([path, list]) => [path, list.map((p) => p.text)])).toEqual([
      ['options.2', ['لا طابور', 'لا نص']],
      ['', ['فارغة']],
    ]);
  });
});
