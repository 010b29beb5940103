import type { IvrNode } from '../api/routing';

// Pure edits of an IVR tree for the editor: paths are the server's (`options.1.next`), so a
// problem the server names lands on the node it is about.

export const phoneKeys = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0', '*', '#'] as const;
export type PhoneKey = (typeof phoneKeys)[number];

/** The key as an Arabic caller reads it on the phone: ١ for 1; * and # as they are. */
export function arabicKey(key: string): string {
  return /^[0-9]$/.test(key) ? String.fromCharCode(0x0660 + Number(key)) : key;
}

export type NodeKind = IvrNode['kind'];

export function emptyPrompt() {
  return { ar: '', en: '' };
}

/** A new node of a kind, with the fields the server asks for. */
export function newNode(kind: NodeKind, queue = ''): IvrNode {
  switch (kind) {
    case 'menu':
      return { kind, prompt: emptyPrompt(), options: {}, timeoutSeconds: 5, maxRetries: 2 };
    case 'queue':
      return { kind, queue };
    case 'message':
      return { kind, prompt: emptyPrompt() };
    case 'goto':
      return { kind, menu: '' };
    case 'callback':
      return { kind, queue };
    case 'lookup':
      return {
        kind,
        prompt: emptyPrompt(),
        timeoutSeconds: 8,
        maxRetries: 1,
        maxDigits: 10,
        next: { kind: 'queue', queue },
      };
  }
}

export function joinPath(path: string, step: string): string {
  return path ? `${path}.${step}` : step;
}

/** The tree with the node at `path` replaced by `replace(node)`. */
export function updateAt(tree: IvrNode, path: string, replace: (node: IvrNode) => IvrNode): IvrNode {
  if (path === '') return replace(tree);
  const steps = path.split('.');
  const walk = (node: IvrNode, i: number): IvrNode => {
    if (i === steps.length) return replace(node);
    const step = steps[i]!;
    if (step === 'options' && node.kind === 'menu') {
      const key = steps[i + 1]!;
      const child = node.options[key];
      if (!child) return node;
      return { ...node, options: { ...node.options, [key]: walk(child, i + 2) } };
    }
    if (step === 'fallback' && node.kind === 'menu' && node.fallback) {
      return { ...node, fallback: walk(node.fallback, i + 1) };
    }
    if (step === 'next' && node.kind === 'message' && node.next) return { ...node, next: walk(node.next, i + 1) };
    if (step === 'next' && node.kind === 'lookup') return { ...node, next: walk(node.next, i + 1) };
    return node;
  };
  return walk(tree, 0);
}

/** A menu's options in phone-key order (1 … 9, 0, *, #), unknown keys last. */
export function sortedKeys(options: Record<string, unknown>): string[] {
  const rank = (k: string) => {
    const i = (phoneKeys as readonly string[]).indexOf(k);
    return i === -1 ? phoneKeys.length : i;
  };
  return Object.keys(options).sort((a, b) => rank(a) - rank(b));
}

/** The first key of the phone not used in `options`, or null when all twelve are. */
export function nextFreeKey(options: Record<string, unknown>): PhoneKey | null {
  return phoneKeys.find((k) => !Object.hasOwn(options, k)) ?? null;
}

export type NodeProblem = { code: string; field: string; text: string };

/** The node a field belongs to: `options.2.queue` and `options.2.prompt.ar` are about node `options.2`. */
export function nodePathOf(field: string): string {
  return /^(?:(?:options\.[^.]+|fallback|next)(?:\.|$))*/.exec(field)![0].replace(/\.$/, '');
}

/** Server problems (field `tree.options.1.prompt.ar`) by the node they belong to; other fields left out. */
export function problemsByNode(
  errors: readonly { field: string; code: string; message: string; message_ar: string }[],
  arabic: boolean,
): Map<string, NodeProblem[]> {
  const out = new Map<string, NodeProblem[]>();
  for (const e of errors) {
    if (e.field !== 'tree' && !e.field.startsWith('tree.')) continue;
    const field = e.field === 'tree' ? '' : e.field.slice('tree.'.length);
    const path = nodePathOf(field);
    const problem = { code: e.code, field, text: arabic ? e.message_ar : e.message };
    out.set(path, [...(out.get(path) ?? []), problem]);
  }
  return out;
}
