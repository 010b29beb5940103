import { useTranslation } from 'react-i18next';
import { Ltr } from '../../../ui/ltr';

type Props = { by: string | null; name?: string | null };

/** Who did something: the user's display name; the system in words; a username only when no user matches (an API token). */
export function ActorName({ by, name }: Props) {
  const { t } = useTranslation('collections');
  if (name) return <bdi data-username={by ?? undefined}>{name}</bdi>;
  if (!by) return <>—</>;
  if (by.startsWith('system:')) return <>{t('worklists.bySystem')}</>;
  return <Ltr mono>{by}</Ltr>;
}
