import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../i18n';
import { actorOf } from '../../../ui/actor';
import { formatDateTime } from '../../../ui/format';
import { Ltr } from '../../../ui/ltr';
import { stepNames, type WorkList } from '../api/work-lists';

/** Who took a step: the person's name, the system in words, a username when no user matches. */
export function Who({ by, name }: { by: string | null; name: string | null }) {
  const { t } = useTranslation('workLists');
  const actor = actorOf(by, name);
  switch (actor.kind) {
    case 'person':
      return <bdi>{actor.name}</bdi>;
    case 'system': {
      const what = by!.slice('system:'.length);
      return <>{t('system', { what: what === 'daily-run' ? t('systems.daily-run') : what })}</>;
    }
    case 'username':
      return <Ltr mono>{actor.username}</Ltr>;
    case 'none':
      return null;
  }
}

/** Each step the list has taken, with who and when (SPEC L1). */
export function LifecycleSteps({ list }: { list: WorkList }) {
  const { t } = useTranslation('workLists');
  const locale = currentLocale();
  return (
    <Stack gap={2} data-testid="list-steps">
      {stepNames.map((name) => {
        const step = list.steps[name];
        if (!step) return null;
        return (
          <Text key={name} size="xs" data-step={name}>
            <Text span fw={600} size="xs">
              {t(`steps.${name}`)}
            </Text>
            {step.by ? (
              <>
                {' · '}
                <Who by={step.by} name={step.by_name} />
              </>
            ) : null}
            {' · '}
            <bdi>{formatDateTime(step.at, locale)}</bdi>
          </Text>
        );
      })}
    </Stack>
  );
}
