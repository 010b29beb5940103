// The IVR (القائمة الصوتية): a DTMF tree edited in the web app, checked before it is saved, and
// walked call by call. Pure: the runtime plays what the walker asks, collects keys, and feeds
// back what happened (a key, a timeout, the end of a prompt).

import { z } from 'zod';
import { isSafeText } from '../../../shared/text.ts';

export type IvrPrompt = {
  /** The Arabic text (read by the simulator, shown in the editor); required before saving. */
  ar: string;
  en?: string;
  /** The uploaded recording's name; the text is used when there is none. */
  media?: string;
};

export type IvrNode =
  | {
      kind: 'menu';
      prompt: IvrPrompt;
      /** DTMF key (0-9, *, #) → what it leads to. */
      options: Record<string, IvrNode>;
      /** How long to wait for a key after the prompt. */
      timeoutSeconds: number;
      /** How many times the prompt is repeated after a timeout or a wrong key before the fallback. */
      maxRetries: number;
      /** Where a caller who keeps not choosing goes; none → hang up. */
      fallback?: IvrNode;
    }
  | { kind: 'queue'; queue: string }
  /** A prompt, then `next`, or hang up. */
  | { kind: 'message'; prompt: IvrPrompt; next?: IvrNode }
  /** Continue in another menu, by its code (a sub-menu shared between menus). */
  | { kind: 'goto'; menu: string }
  /** Take the caller's number for a call-back from this queue, keeping his place (معاودة الاتصال). */
  | { kind: 'callback'; queue: string; prompt?: IvrPrompt }
  /** Ask for the customer number by keys ending with #, then go on to `next` (with or without it). */
  | {
      kind: 'lookup';
      prompt: IvrPrompt;
      timeoutSeconds: number;
      maxRetries: number;
      maxDigits: number;
      next: IvrNode;
    };

export type IvrNodeKind = IvrNode['kind'];

export const dtmfKeys = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0', '*', '#'] as const;
/** A tree deeper than this is refused: a caller does not get through nine menus. */
export const maxIvrDepth = 8;

// ---------------------------------------------------------------------------------------------
// The schema the API and the editor share.

const safeText = (max: number) =>
  z.string().max(max).refine(isSafeText, { message: 'Contains a NUL character or a broken Unicode character.' });

export const ivrPromptSchema = z
  .object({
    // May be empty here: validateIvr names a missing Arabic prompt with its own code.
    ar: safeText(1000),
    en: safeText(1000).optional(),
    media: safeText(200).optional(),
  })
  .strict();

const code = safeText(64).min(1);

export const ivrNodeSchema: z.ZodType<IvrNode> = z.lazy(() =>
  z.discriminatedUnion('kind', [
    z
      .object({
        kind: z.literal('menu'),
        prompt: ivrPromptSchema,
        // Keys are checked by validateIvr (invalid_digit, duplicate_digit) so the editor gets a path.
        options: z.record(safeText(4), ivrNodeSchema),
        timeoutSeconds: z.number().int().min(1).max(60),
        maxRetries: z.number().int().min(0).max(5),
        fallback: ivrNodeSchema.optional(),
      })
      .strict(),
    z.object({ kind: z.literal('queue'), queue: code }).strict(),
    z.object({ kind: z.literal('message'), prompt: ivrPromptSchema, next: ivrNodeSchema.optional() }).strict(),
    z.object({ kind: z.literal('goto'), menu: code }).strict(),
    z.object({ kind: z.literal('callback'), queue: code, prompt: ivrPromptSchema.optional() }).strict(),
    z
      .object({
        kind: z.literal('lookup'),
        prompt: ivrPromptSchema,
        timeoutSeconds: z.number().int().min(1).max(60),
        maxRetries: z.number().int().min(0).max(5),
        maxDigits: z.number().int().min(1).max(20),
        next: ivrNodeSchema,
      })
      .strict(),
  ]),
);

// ---------------------------------------------------------------------------------------------
// Checked before saving.

export const ivrProblemCodes = [
  'unknown_queue',
  'unknown_menu',
  'empty_menu',
  'invalid_digit',
  'duplicate_digit',
  'loop_without_exit',
  'missing_arabic_prompt',
  'too_deep',
] as const;
export type IvrProblemCode = (typeof ivrProblemCodes)[number];

/** `path` is where in the tree (`options.1.options.2`, `fallback`, `next`; '' for the root). */
export type IvrProblem = { code: IvrProblemCode; path: string; detail?: string };

export type IvrContext = {
  queues: ReadonlySet<string>;
  menus: ReadonlyMap<string, IvrNode>;
  /** The code the tree is saved under: a goto to it means the tree itself, not its saved version. */
  code?: string;
};

const easternDigits: Record<string, string> = {};
for (let i = 0; i < 10; i++) {
  easternDigits[String.fromCharCode(0x0660 + i)] = String(i); // ٠–٩
  easternDigits[String.fromCharCode(0x06f0 + i)] = String(i); // ۰–۹
}

function isDtmfKey(key: string): boolean {
  return (dtmfKeys as readonly string[]).includes(key);
}

/** The phone key an editor meant: `١` and ` 1 ` mean `1`. */
function meantKey(key: string): string {
  const trimmed = key.trim();
  return easternDigits[trimmed] ?? trimmed;
}

function at(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

function children(node: IvrNode): Array<[string, IvrNode]> {
  switch (node.kind) {
    case 'menu': {
      const out: Array<[string, IvrNode]> = Object.entries(node.options).map(([k, n]) => [`options.${k}`, n]);
      if (node.fallback) out.push(['fallback', node.fallback]);
      return out;
    }
    case 'message':
      return node.next ? [['next', node.next]] : [];
    case 'lookup':
      return [['next', node.next]];
    default:
      return [];
  }
}

/**
 * Everything wrong with a tree, in tree order (stable codes, a path each); [] when it can be saved.
 * Depth counts the nodes from the root (the root is depth 1; a node at depth 9 is reported and not
 * looked into). A goto's target is checked where it is saved, not again here.
 */
export function validateIvr(tree: IvrNode, context: IvrContext): IvrProblem[] {
  const problems: IvrProblem[] = [];
  const resolve = (menu: string) => (menu === context.code ? tree : context.menus.get(menu));
  const exits = menusThatExit(tree, context);

  const stack: Array<[IvrNode, string, number]> = [[tree, '', 1]];
  while (stack.length > 0) {
    const [node, path, depth] = stack.pop()!;
    if (depth > maxIvrDepth) {
      problems.push({ code: 'too_deep', path, detail: `deeper than ${maxIvrDepth} levels` });
      continue;
    }
    switch (node.kind) {
      case 'menu':
        checkPrompt(node.prompt, path, problems);
        checkKeys(node.options, path, problems);
        break;
      case 'message':
      case 'lookup':
        checkPrompt(node.prompt, path, problems);
        break;
      case 'callback':
        if (node.prompt) checkPrompt(node.prompt, path, problems);
        if (!context.queues.has(node.queue)) problems.push({ code: 'unknown_queue', path, detail: node.queue });
        break;
      case 'queue':
        if (!context.queues.has(node.queue)) problems.push({ code: 'unknown_queue', path, detail: node.queue });
        break;
      case 'goto':
        if (resolve(node.menu) === undefined) problems.push({ code: 'unknown_menu', path, detail: node.menu });
        else if (!exits.get(node.menu) && onGotoCycle(node.menu, tree, context)) {
          problems.push({ code: 'loop_without_exit', path, detail: node.menu });
        }
        break;
    }
    const next = children(node);
    for (let i = next.length - 1; i >= 0; i--) stack.push([next[i]![1], at(path, next[i]![0]), depth + 1]);
  }
  return problems;
}

function checkPrompt(prompt: IvrPrompt, path: string, problems: IvrProblem[]) {
  if (prompt.ar.trim() === '') problems.push({ code: 'missing_arabic_prompt', path: at(path, 'prompt.ar') });
}

function checkKeys(options: Record<string, IvrNode>, path: string, problems: IvrProblem[]) {
  const keys = Object.keys(options);
  if (keys.length === 0) {
    problems.push({ code: 'empty_menu', path });
    return;
  }
  const taken = new Set(keys.filter(isDtmfKey));
  for (const key of keys) {
    if (isDtmfKey(key)) continue;
    const meant = meantKey(key);
    if (isDtmfKey(meant) && taken.has(meant)) {
      problems.push({ code: 'duplicate_digit', path: at(path, `options.${key}`), detail: meant });
    } else {
      problems.push({ code: 'invalid_digit', path: at(path, `options.${key}`), detail: key });
    }
    if (isDtmfKey(meant)) taken.add(meant);
  }
}

/** The menus that goto's of `tree` lead to, directly or through other menus, by code. */
function reachableMenus(tree: IvrNode, context: IvrContext): Map<string, IvrNode> {
  const found = new Map<string, IvrNode>();
  const stack: IvrNode[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.kind === 'goto' && !found.has(node.menu)) {
      const target = node.menu === context.code ? tree : context.menus.get(node.menu);
      if (target) {
        found.set(node.menu, target);
        stack.push(target);
      }
    }
    for (const [, child] of children(node)) stack.push(child);
  }
  return found;
}

/**
 * Which menus a caller can get out of — reach a queue, a message or a call-back — as a least
 * fixpoint over the goto graph: a goto exits when its menu does, and a menu is assumed stuck until
 * shown otherwise, so a ring of goto's with no way out stays false.
 */
function menusThatExit(tree: IvrNode, context: IvrContext): Map<string, boolean> {
  const menus = reachableMenus(tree, context);
  const exits = new Map<string, boolean>([...menus.keys()].map((k) => [k, false]));
  const canExit = (node: IvrNode): boolean => {
    const stack = [node];
    while (stack.length > 0) {
      const n = stack.pop()!;
      if (n.kind === 'queue' || n.kind === 'message' || n.kind === 'callback') return true;
      if (n.kind === 'goto' && exits.get(n.menu)) return true;
      for (const [, child] of children(n)) stack.push(child);
    }
    return false;
  };
  for (let changed = true; changed;) {
    changed = false;
    for (const [code, node] of menus) {
      if (!exits.get(code) && canExit(node)) {
        exits.set(code, true);
        changed = true;
      }
    }
  }
  return exits;
}

/** Whether `menu` leads back to itself through goto's (directly or through other menus). */
function onGotoCycle(menu: string, tree: IvrNode, context: IvrContext): boolean {
  const seen = new Set<string>();
  const stack = [menu];
  while (stack.length > 0) {
    const code = stack.pop()!;
    const node = code === context.code ? tree : context.menus.get(code);
    if (!node) continue;
    for (const target of gotoTargets(node)) {
      if (target === menu) return true;
      if (!seen.has(target)) {
        seen.add(target);
        stack.push(target);
      }
    }
  }
  return false;
}

function gotoTargets(node: IvrNode): string[] {
  const out: string[] = [];
  const stack = [node];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.kind === 'goto') out.push(n.menu);
    for (const [, child] of children(n)) stack.push(child);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// The walker.

export type IvrState = {
  /** The menu code the walk is in (goto's change it) and the path to the node inside it. */
  menu: string;
  path: readonly string[];
  /**
   * prompt: the node's prompt is playing (a key interrupts it: barge-in); collect: waiting for
   * keys; lookup: the runtime is looking the number up; done: the call has left the IVR.
   */
  phase: 'prompt' | 'collect' | 'lookup' | 'done';
  /** Timeouts and wrong keys so far at this node. */
  retries: number;
  /** Keys typed so far at a lookup node. */
  digits: string;
  /** The keys chosen on the way (`1,3`), for the call record. */
  keys: readonly string[];
};

export type IvrInput = { kind: 'digit'; digit: string } | { kind: 'timeout' } | { kind: 'played' };

export type IvrAction =
  | { type: 'play'; prompt: IvrPrompt }
  /** Wait for keys: `timeoutSeconds` for the next one; stop at `terminator` (lookup). */
  | { type: 'collect'; timeoutSeconds: number; terminator?: '#'; maxDigits?: number }
  | { type: 'queue'; queue: string }
  | { type: 'callback'; queue: string; prompt?: IvrPrompt }
  /** Look the customer up; send `played` when done to go on. */
  | { type: 'lookup'; number: string }
  | { type: 'hangup'; reason: 'finished' | 'no_choice' | 'unknown_menu' | 'loop' }
  /** Nothing to do (a key while a message plays, input after the caller left the IVR). */
  | { type: 'none' };

export type IvrStep = { state: IvrState; action: IvrAction };

/** How many goto's in a row (with nothing played between) before the walker gives up. */
const maxHops = 16;

function nodeAt(state: Pick<IvrState, 'menu' | 'path'>, menus: ReadonlyMap<string, IvrNode>): IvrNode | undefined {
  let node = menus.get(state.menu);
  for (let i = 0; node && i < state.path.length; i++) {
    const step = state.path[i]!;
    if (step === 'fallback' && node.kind === 'menu') node = node.fallback;
    else if (step === 'next' && (node.kind === 'message' || node.kind === 'lookup')) node = node.next;
    else if (node.kind === 'menu' && Object.hasOwn(node.options, step)) node = node.options[step];
    else node = undefined;
  }
  return node;
}

function done(state: IvrState, action: IvrAction): IvrStep {
  return { state: { ...state, phase: 'done' }, action };
}

/** What entering a node does; goto's are followed at once. */
function enter(base: IvrState, menu: string, path: readonly string[], menus: ReadonlyMap<string, IvrNode>): IvrStep {
  let state: IvrState = { ...base, menu, path, phase: 'prompt', retries: 0, digits: '' };
  for (let hop = 0; hop <= maxHops; hop++) {
    const node = nodeAt(state, menus);
    if (!node) return done(state, { type: 'hangup', reason: 'unknown_menu' });
    switch (node.kind) {
      case 'menu':
      case 'message':
      case 'lookup':
        return { state, action: { type: 'play', prompt: node.prompt } };
      case 'queue':
        return done(state, { type: 'queue', queue: node.queue });
      case 'callback':
        return done(state, { type: 'callback', queue: node.queue, ...(node.prompt ? { prompt: node.prompt } : {}) });
      case 'goto':
        state = { ...state, menu: node.menu, path: [] };
    }
  }
  return done(state, { type: 'hangup', reason: 'loop' });
}

/** The walk at the start of a menu (DNIS → IVR). */
export function startIvr(menuCode: string, menus: ReadonlyMap<string, IvrNode>): IvrStep {
  const initial: IvrState = { menu: menuCode, path: [], phase: 'prompt', retries: 0, digits: '', keys: [] };
  return enter(initial, menuCode, [], menus);
}

/** A timeout or a wrong key: repeat the prompt, or go to the fallback (lookup: go on without a number). */
function retry(state: IvrState, node: IvrNode & { kind: 'menu' | 'lookup' }, menus: ReadonlyMap<string, IvrNode>) {
  if (state.retries < node.maxRetries) {
    return {
      state: { ...state, phase: 'prompt' as const, retries: state.retries + 1, digits: '' },
      action: { type: 'play' as const, prompt: node.prompt },
    };
  }
  if (node.kind === 'lookup') return enter(state, state.menu, [...state.path, 'next'], menus);
  if (node.fallback) return enter(state, state.menu, [...state.path, 'fallback'], menus);
  return done(state, { type: 'hangup', reason: 'no_choice' });
}

/** One step of the walk: what the runtime does next after `input`. */
export function stepIvr(state: IvrState, input: IvrInput, menus: ReadonlyMap<string, IvrNode>): IvrStep {
  if (state.phase === 'done') return { state, action: { type: 'none' } };
  const node = nodeAt(state, menus);
  if (!node) return done(state, { type: 'hangup', reason: 'unknown_menu' });

  if (node.kind === 'message') {
    if (input.kind !== 'played') return { state, action: { type: 'none' } };
    return node.next
      ? enter(state, state.menu, [...state.path, 'next'], menus)
      : done(state, { type: 'hangup', reason: 'finished' });
  }

  if (node.kind === 'menu') {
    if (input.kind === 'played') {
      return state.phase === 'prompt'
        ? { state: { ...state, phase: 'collect' }, action: { type: 'collect', timeoutSeconds: node.timeoutSeconds } }
        : { state, action: { type: 'none' } };
    }
    if (input.kind === 'timeout') return retry(state, node, menus);
    if (!isDtmfKey(input.digit) || !Object.hasOwn(node.options, input.digit)) return retry(state, node, menus);
    return enter({ ...state, keys: [...state.keys, input.digit] }, state.menu, [...state.path, input.digit], menus);
  }

  if (node.kind === 'lookup') {
    if (state.phase === 'lookup') {
      return input.kind === 'played'
        ? enter(state, state.menu, [...state.path, 'next'], menus)
        : { state, action: { type: 'none' } };
    }
    const collect: IvrAction = {
      type: 'collect',
      timeoutSeconds: node.timeoutSeconds,
      terminator: '#',
      maxDigits: node.maxDigits,
    };
    if (input.kind === 'played') {
      return state.phase === 'prompt'
        ? { state: { ...state, phase: 'collect' }, action: collect }
        : { state, action: { type: 'none' } };
    }
    if (input.kind === 'timeout') return retry(state, node, menus);
    if (input.digit === '#') {
      if (state.digits === '') return retry(state, node, menus);
      return { state: { ...state, phase: 'lookup' }, action: { type: 'lookup', number: state.digits } };
    }
    if (!/^[0-9]$/.test(input.digit) || state.digits.length >= node.maxDigits) return retry(state, node, menus);
    return { state: { ...state, phase: 'collect', digits: state.digits + input.digit }, action: collect };
  }

  // queue, callback and goto are left on entry; a state pointing at one is stale.
  return { state, action: { type: 'none' } };
}
