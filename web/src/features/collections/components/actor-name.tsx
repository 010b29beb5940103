import { useTranslation } from 'react-i18next';
import { actorOf } from '../../../ui/actor';
import { Ltr } from '../../../ui/ltr';

type Props = { by: string | null; name?: string | null };

/** Who did something: the user's display name; the system in words; a username only when no user matches (an API token). */
export function ActorName({ by, name }: Props) {
  const { t } = useTranslation('collections');
  const actor = actorOf(by, name);
  switch (actor.kind) {
    case 'person':
      return <bdi>{actor.name}</bdi>;
    case 'system':
      return <>{t('worklists.bySystem')}</>;
    case 'username':
      return <Ltr mono>{actor.username}</Ltr>;
    case 'none':
      return <>—</>;
  }
}
