// One rule for every piece of text that comes in: no NUL character (PostgreSQL cannot store
// it) and no lone UTF-16 surrogate (it is not Unicode: PostgreSQL refuses it in jsonb and
// silently turns it into U+FFFD in text). Everything else, bidi controls included, is kept as sent.

const unsafeCharacter = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export function isSafeText(text: string): boolean {
  return !unsafeCharacter.test(text);
}

/**
 * The path (`a.b.0`, `(body)` for the value itself) of the first string — a value or an
 * object key — that breaks the rule, or undefined when all text in `value` is safe.
 * Walks without recursion, so a deeply nested value cannot overflow the stack.
 */
export function findUnsafeText(value: unknown, root = ''): string | undefined {
  const stack: Array<[unknown, string]> = [[value, root]];
  while (stack.length > 0) {
    const [current, path] = stack.pop()!;
    if (typeof current === 'string') {
      if (!isSafeText(current)) return path || '(body)';
    } else if (Array.isArray(current)) {
      for (let i = current.length - 1; i >= 0; i--) stack.push([current[i], join(path, String(i))]);
    } else if (current !== null && typeof current === 'object' && !isBinary(current)) {
      for (const key of Object.keys(current)) {
        if (!isSafeText(key)) return join(path, '\ufffd');
        const at = join(path, key);
        stack.push([(current as Record<string, unknown>)[key], at]);
      }
    }
  }
  return undefined;
}

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

function isBinary(value: object): boolean {
  return (
    Buffer.isBuffer(value) || ArrayBuffer.isView(value) || typeof (value as { pipe?: unknown }).pipe === 'function'
  );
}
