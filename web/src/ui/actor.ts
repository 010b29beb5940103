// Who did something, as a page shows it: a person by name, the system in words, never a
// technical label such as "system:demo" in the Arabic UI.

export type Actor =
  { kind: 'person'; name: string } | { kind: 'username'; username: string } | { kind: 'system' } | { kind: 'none' };

/**
 * `by` is the server's actor label (a username, "system:<job>", or "<user> (token:<name>)");
 * `name` the user's display name when the server found one.
 */
export function actorOf(by: string | null | undefined, name?: string | null): Actor {
  if (name) return { kind: 'person', name };
  if (!by) return { kind: 'none' };
  if (by.startsWith('system:')) return { kind: 'system' };
  return { kind: 'username', username: by };
}
