import { describe, expect, it } from 'vitest';
import {
  ivrNodeSchema,
  startIvr,
  stepIvr,
  validateIvr,
  type IvrAction,
  type IvrInput,
  type IvrNode,
  type IvrProblem,
  type IvrState,
} from './ivr.ts';

const prompt = (ar: string) => ({ ar });

// The center's main menu: ١ للاستفسارات، ٢ للتحصيل (بعد رقم العميل)، ٣ لكبار العملاء، ٩ لطلب معاودة الاتصال.
const main: IvrNode = {
  kind: 'menu',
  prompt: prompt(
    'أهلاً بكم في تواصل. للاستفسارات اضغط ١، للتحصيل اضغط ٢، لكبار العملاء اضغط ٣، لطلب معاودة الاتصال اضغط ٩.',
  ),
  timeoutSeconds: 5,
  maxRetries: 2,
  options: {
    '1': { kind: 'queue', queue: 'inquiries' },
    '2': {
      kind: 'lookup',
      prompt: prompt('أدخل رقم العميل ثم اضغط المربع.'),
      timeoutSeconds: 8,
      maxRetries: 1,
      maxDigits: 10,
      next: { kind: 'queue', queue: 'collections' },
    },
    '3': { kind: 'goto', menu: 'vip' },
    '9': { kind: 'callback', queue: 'inquiries', prompt: prompt('سنعاود الاتصال بك في أقرب وقت.') },
  },
  fallback: {
    kind: 'message',
    prompt: prompt('لم نتلق اختيارك، سنحوّلك إلى أحد موظفينا.'),
    next: { kind: 'queue', queue: 'inquiries' },
  },
};
const vip: IvrNode = {
  kind: 'menu',
  prompt: prompt('خدمة كبار العملاء: للتحدث إلى مدير حسابك اضغط ١، للعودة إلى القائمة الرئيسية اضغط ٠.'),
  timeoutSeconds: 5,
  maxRetries: 0,
  options: {
    '1': { kind: 'queue', queue: 'key_accounts' },
    '0': { kind: 'goto', menu: 'main' },
  },
};
const closed: IvrNode = {
  kind: 'message',
  prompt: prompt('مركز الاتصال مغلق الآن. أوقات العمل من ٨ صباحاً إلى ٨ مساءً.'),
};
const menus = new Map<string, IvrNode>([
  ['main', main],
  ['vip', vip],
  ['closed', closed],
]);
const queues = new Set(['inquiries', 'collections', 'key_accounts']);

const digit = (d: string): IvrInput => ({ kind: 'digit', digit: d });
const played: IvrInput = { kind: 'played' };
const timeout: IvrInput = { kind: 'timeout' };

/** Walks from `menu` through the inputs and returns every action, the first one included. */
function walk(menu: string, inputs: IvrInput[], tree = menus): { actions: IvrAction[]; state: IvrState } {
  let { state, action } = startIvr(menu, tree);
  const actions = [action];
  for (const input of inputs) {
    ({ state, action } = stepIvr(state, input, tree));
    actions.push(action);
  }
  return { actions, state };
}

const playMain: IvrAction = { type: 'play', prompt: main.prompt };
const collectMain: IvrAction = { type: 'collect', timeoutSeconds: 5 };

describe('walking the main menu', () => {
  it('٢ then the customer number and # → lookup, then the collections queue', () => {
    const { actions, state } = walk('main', [
      played,
      digit('2'),
      played,
      digit('1'),
      digit('0'),
      digit('4'),
      digit('#'),
      played,
    ]);
    expect(actions).toEqual([
      playMain,
      collectMain,
      { type: 'play', prompt: prompt('أدخل رقم العميل ثم اضغط المربع.') },
      { type: 'collect', timeoutSeconds: 8, terminator: '#', maxDigits: 10 },
      { type: 'collect', timeoutSeconds: 8, terminator: '#', maxDigits: 10 },
      { type: 'collect', timeoutSeconds: 8, terminator: '#', maxDigits: 10 },
      { type: 'collect', timeoutSeconds: 8, terminator: '#', maxDigits: 10 },
      { type: 'lookup', number: '104' },
      { type: 'queue', queue: 'collections' },
    ]);
    expect(state.phase).toBe('done');
    expect(state.keys).toEqual(['2']);
  });

  it.each<[string, IvrInput[], IvrAction]>([
    ['١ → the inquiries queue', [played, digit('1')], { type: 'queue', queue: 'inquiries' }],
    ['a key during the prompt is taken at once (barge-in)', [digit('1')], { type: 'queue', queue: 'inquiries' }],
    [
      '٩ → a call-back from inquiries, with its prompt',
      [played, digit('9')],
      { type: 'callback', queue: 'inquiries', prompt: prompt('سنعاود الاتصال بك في أقرب وقت.') },
    ],
    [
      '٣ then ١ → the key-accounts queue through the vip sub-menu',
      [played, digit('3'), played, digit('1')],
      { type: 'queue', queue: 'key_accounts' },
    ],
  ])('%s', (_name, inputs, last) => {
    expect(walk('main', inputs).actions.at(-1)).toEqual(last);
  });

  it('٣ then ٠ → back to the main menu, then ١', () => {
    const { actions, state } = walk('main', [played, digit('3'), played, digit('0'), played, digit('1')]);
    expect(actions.slice(2)).toEqual([
      { type: 'play', prompt: vip.kind === 'menu' ? vip.prompt : undefined },
      collectMain,
      playMain,
      collectMain,
      { type: 'queue', queue: 'inquiries' },
    ]);
    expect(state.keys).toEqual(['3', '0', '1']);
  });

  it('a wrong key (٥) repeats the menu and counts as a try', () => {
    const { actions, state } = walk('main', [played, digit('5')]);
    expect(actions.at(-1)).toEqual(playMain);
    expect(state).toMatchObject({ phase: 'prompt', retries: 1, path: [] });
  });

  it('a key that is not a phone key (A) is a wrong key', () => {
    expect(walk('main', [played, digit('A')]).state.retries).toBe(1);
  });

  it('three timeouts (the first try and two repeats) → the fallback message, then the inquiries queue', () => {
    const { actions } = walk('main', [played, timeout, played, timeout, played, timeout, played]);
    expect(actions).toEqual([
      playMain,
      collectMain,
      playMain,
      collectMain,
      playMain,
      collectMain,
      { type: 'play', prompt: prompt('لم نتلق اختيارك، سنحوّلك إلى أحد موظفينا.') },
      { type: 'queue', queue: 'inquiries' },
    ]);
  });

  it('wrong keys and timeouts count together: timeout, ٧, timeout → fallback', () => {
    const { actions } = walk('main', [played, timeout, played, digit('7'), played, timeout]);
    expect(actions.at(-1)).toEqual({ type: 'play', prompt: prompt('لم نتلق اختيارك، سنحوّلك إلى أحد موظفينا.') });
  });

  it('the retry count starts again in a sub-menu', () => {
    const { state } = walk('main', [played, timeout, played, digit('3')]);
    expect(state).toMatchObject({ menu: 'vip', retries: 0, phase: 'prompt' });
  });

  it('a menu without a fallback hangs up once the tries are spent (vip: no repeat)', () => {
    expect(walk('vip', [played, timeout]).actions.at(-1)).toEqual({ type: 'hangup', reason: 'no_choice' });
  });

  it('a message without next hangs up after it has played; a key during it changes nothing', () => {
    const { actions } = walk('closed', [digit('1'), played]);
    expect(actions).toEqual([
      { type: 'play', prompt: closed.kind === 'message' ? closed.prompt : undefined },
      { type: 'none' },
      { type: 'hangup', reason: 'finished' },
    ]);
  });

  it('input after the caller left the IVR does nothing', () => {
    const { state } = walk('main', [digit('1')]);
    expect(stepIvr(state, digit('2'), menus)).toEqual({ state, action: { type: 'none' } });
  });

  it('an unknown menu code → hang up', () => {
    expect(startIvr('nowhere', menus).action).toEqual({ type: 'hangup', reason: 'unknown_menu' });
  });

  it('a ring of goto’s with nothing to play → hang up instead of spinning', () => {
    const ring = new Map<string, IvrNode>([
      ['a', { kind: 'goto', menu: 'b' }],
      ['b', { kind: 'goto', menu: 'a' }],
    ]);
    expect(startIvr('a', ring).action).toEqual({ type: 'hangup', reason: 'loop' });
  });
});

describe('the customer-number lookup', () => {
  const lookupPrompt: IvrAction = { type: 'play', prompt: prompt('أدخل رقم العميل ثم اضغط المربع.') };
  const toLookup = [played, digit('2'), played];

  it.each<[string, IvrInput[], IvrAction]>([
    ['# with nothing typed → asks again', [digit('#')], lookupPrompt],
    ['* is not part of a number → asks again', [digit('5'), digit('*')], lookupPrompt],
    ['a timeout → asks again', [digit('5'), timeout], lookupPrompt],
    ['more than 10 digits → asks again', [...'12345678901'.split('').map(digit)], lookupPrompt],
    [
      'exactly 10 digits then # → looked up',
      [...'1234567890'.split('').map(digit), digit('#')],
      { type: 'lookup', number: '1234567890' },
    ],
    ['typed during the prompt (barge-in)', [], { type: 'collect', timeoutSeconds: 8, terminator: '#', maxDigits: 10 }],
  ])('%s', (_name, inputs, last) => {
    expect(walk('main', [...toLookup, ...inputs]).actions.at(-1)).toEqual(last);
  });

  it('digits typed during the prompt are kept', () => {
    const { actions } = walk('main', [played, digit('2'), digit('7'), played, digit('#')]);
    expect(actions.at(-1)).toEqual({ type: 'lookup', number: '7' });
  });

  it('the number typed before a wrong key is forgotten', () => {
    const { actions } = walk('main', [...toLookup, digit('5'), digit('*'), played, digit('8'), digit('#')]);
    expect(actions.at(-1)).toEqual({ type: 'lookup', number: '8' });
  });

  it('the tries spent without a number → on to the queue without a lookup', () => {
    const { actions } = walk('main', [...toLookup, timeout, played, timeout]);
    expect(actions.at(-1)).toEqual({ type: 'queue', queue: 'collections' });
  });

  it('a key while the lookup runs is ignored', () => {
    const { state } = walk('main', [...toLookup, digit('4'), digit('#')]);
    expect(stepIvr(state, digit('1'), menus).action).toEqual({ type: 'none' });
  });
});

describe('validateIvr', () => {
  const context = { queues, menus };
  const okMenu = (options: Record<string, IvrNode>, extra: Partial<IvrNode & { kind: 'menu' }> = {}): IvrNode => ({
    kind: 'menu',
    prompt: prompt('اختر'),
    timeoutSeconds: 5,
    maxRetries: 1,
    options,
    ...extra,
  });
  const q = (queue: string): IvrNode => ({ kind: 'queue', queue });

  it('the main menu, the vip sub-menu and the closed message are sound', () => {
    expect(validateIvr(main, { ...context, code: 'main' })).toEqual([]);
    expect(validateIvr(vip, { ...context, code: 'vip' })).toEqual([]);
    expect(validateIvr(closed, context)).toEqual([]);
  });

  it.each<[string, IvrNode, IvrProblem[]]>([
    ['an unknown queue', okMenu({ '1': q('sales') }), [{ code: 'unknown_queue', path: 'options.1', detail: 'sales' }]],
    [
      'a call-back to an unknown queue',
      okMenu({ '9': { kind: 'callback', queue: 'nope' } }),
      [{ code: 'unknown_queue', path: 'options.9', detail: 'nope' }],
    ],
    [
      'a dangling branch (a sub-menu that does not exist)',
      okMenu({ '1': q('inquiries'), '2': { kind: 'goto', menu: 'billing' } }),
      [{ code: 'unknown_menu', path: 'options.2', detail: 'billing' }],
    ],
    ['an empty menu', okMenu({}), [{ code: 'empty_menu', path: '' }]],
    [
      'an empty sub-menu in a fallback',
      okMenu({ '1': q('inquiries') }, { fallback: okMenu({}) }),
      [{ code: 'empty_menu', path: 'fallback' }],
    ],
    [
      'a key that is not on a phone',
      okMenu({ A: q('inquiries') }),
      [{ code: 'invalid_digit', path: 'options.A', detail: 'A' }],
    ],
    ['two keys', okMenu({ '12': q('inquiries') }), [{ code: 'invalid_digit', path: 'options.12', detail: '12' }]],
    [
      'an Arabic-Indic ١ on its own: not a DTMF key as stored',
      okMenu({ '١': q('inquiries') }),
      [{ code: 'invalid_digit', path: 'options.١', detail: '١' }],
    ],
    [
      '1 and ١ (typed on an Arabic keyboard) are the same key',
      okMenu({ '1': q('inquiries'), '١': q('collections') }),
      [{ code: 'duplicate_digit', path: 'options.١', detail: '1' }],
    ],
    [
      '2 written twice (with a space)',
      okMenu({ '2': q('inquiries'), ' 2': q('collections') }),
      [{ code: 'duplicate_digit', path: 'options. 2', detail: '2' }],
    ],
    [
      'missing Arabic prompts in a menu, a message and a lookup',
      okMenu(
        {
          '1': { kind: 'message', prompt: { ar: '  ', en: 'Goodbye' } },
          '2': {
            kind: 'lookup',
            prompt: { ar: '' },
            timeoutSeconds: 5,
            maxRetries: 1,
            maxDigits: 8,
            next: q('collections'),
          },
        },
        { prompt: { ar: '', en: 'Choose' } },
      ),
      [
        { code: 'missing_arabic_prompt', path: 'prompt.ar' },
        { code: 'missing_arabic_prompt', path: 'options.1.prompt.ar' },
        { code: 'missing_arabic_prompt', path: 'options.2.prompt.ar' },
      ],
    ],
    ['* and # are keys', okMenu({ '*': q('inquiries'), '#': q('collections') }), []],
  ])('%s', (_name, tree, expected) => {
    expect(validateIvr(tree, context)).toEqual(expected);
  });

  it('depth: 8 nested menus pass, 9 are refused at the ninth', () => {
    const nest = (levels: number): IvrNode =>
      levels === 1 ? okMenu({ '1': q('inquiries') }) : okMenu({ '1': nest(levels - 1) });
    // 7 menus + the queue = 8 levels.
    expect(validateIvr(nest(7), context)).toEqual([]);
    expect(validateIvr(nest(8), context)).toEqual([
      {
        code: 'too_deep',
        path: 'options.1.options.1.options.1.options.1.options.1.options.1.options.1.options.1',
        detail: 'deeper than 8 levels',
      },
    ]);
  });

  describe('loops', () => {
    const onlyGotos = (target: string, back: string): IvrNode =>
      okMenu({ '1': { kind: 'goto', menu: target }, '0': { kind: 'goto', menu: back } });

    it('a sub-menu that comes back to the main one, with a queue on the way: fine', () => {
      expect(validateIvr(vip, { ...context, code: 'vip' })).toEqual([]);
    });

    it('two menus that only send the caller to each other: a loop without exit', () => {
      const ring = new Map<string, IvrNode>([['b', onlyGotos('a', 'a')]]);
      const a = onlyGotos('b', 'b');
      expect(validateIvr(a, { queues, menus: ring, code: 'a' })).toEqual([
        { code: 'loop_without_exit', path: 'options.0', detail: 'b' },
        { code: 'loop_without_exit', path: 'options.1', detail: 'b' },
      ]);
    });

    it('a menu that sends the caller to itself on every key', () => {
      const self = okMenu({ '1': { kind: 'goto', menu: 'self' } }, { fallback: { kind: 'goto', menu: 'self' } });
      expect(validateIvr(self, { queues, menus: new Map(), code: 'self' })).toEqual([
        { code: 'loop_without_exit', path: 'options.1', detail: 'self' },
        { code: 'loop_without_exit', path: 'fallback', detail: 'self' },
      ]);
    });

    it('the same ring, but the other menu has a message: an exit', () => {
      const ring = new Map<string, IvrNode>([
        ['b', okMenu({ '1': { kind: 'goto', menu: 'a' }, '2': { kind: 'message', prompt: prompt('شكراً') } })],
      ]);
      expect(validateIvr(onlyGotos('b', 'b'), { queues, menus: ring, code: 'a' })).toEqual([]);
    });

    it('the saved version of the menu does not hide a loop in the new one', () => {
      // The saved `a` had a queue; the new `a` only leads to b, which only leads back to a.
      const saved = new Map<string, IvrNode>([
        ['a', okMenu({ '1': q('inquiries') })],
        ['b', onlyGotos('a', 'a')],
      ]);
      expect(validateIvr(onlyGotos('b', 'b'), { queues, menus: saved, code: 'a' }).map((p) => p.code)).toEqual([
        'loop_without_exit',
        'loop_without_exit',
      ]);
    });

    it('a goto to a menu that has no exit but no loop either is reported where the trouble is', () => {
      const menusWithEmpty = new Map<string, IvrNode>([['empty', okMenu({})]]);
      expect(validateIvr(okMenu({ '1': { kind: 'goto', menu: 'empty' } }), { queues, menus: menusWithEmpty })).toEqual(
        [],
      );
    });
  });
});

describe('ivrNodeSchema', () => {
  it('accepts the main menu as JSON', () => {
    expect(ivrNodeSchema.parse(JSON.parse(JSON.stringify(main)))).toEqual(main);
  });

  it.each<[string, unknown, string]>([
    ['a NUL character in a prompt', { kind: 'message', prompt: { ar: 'مرحبا\u0000' } }, 'prompt.ar'],
    ['a lone surrogate in a queue code', { kind: 'queue', queue: 'q\ud800' }, 'queue'],
    ['an unknown kind', { kind: 'voicemail' }, 'kind'],
    ['a timeout of 0 s', { ...main, timeoutSeconds: 0 }, 'timeoutSeconds'],
    ['an unknown field', { kind: 'goto', menu: 'vip', extra: 1 }, ''],
    ['a bad node deep in the tree', { ...main, options: { '1': { kind: 'queue' } } }, 'options.1.queue'],
  ])('refuses %s', (_name, value, path) => {
    const result = ivrNodeSchema.safeParse(value);
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.path.join('.')).toBe(path);
  });
});
