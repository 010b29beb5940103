import type { ReactNode } from 'react';
import { canOpen, type Page } from '../../../app/access';
import { useSession } from '../../auth/api/session-state';
import { NoPermissionPage } from '../routes/no-permission-page';

/** A page the role may not open shows "no permission" (the API would answer 403 anyway). */
export function RequirePage({ page, children }: { page: Page; children: ReactNode }) {
  const { user } = useSession();
  return canOpen(page, user.role, user.skills) ? children : <NoPermissionPage />;
}
