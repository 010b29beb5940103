/** Who is acting: a signed-in user, an API token's user, or the system (CLI, jobs). */
export type Actor = {
  id: string | null;
  /** username, `token:<name>` or `system:<command>` */
  label: string;
  role: string | null;
  ip?: string | null;
  requestId?: string | null;
};
