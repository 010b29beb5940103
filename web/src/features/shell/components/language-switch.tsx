import { Button } from '@mantine/core';
import { IconLanguage } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../i18n';
import { useErrorText } from '../../../ui/errors';
import { notifyError } from '../../../ui/notify';
import { useSwitchLocale } from '../../auth/api/session-state';

/** The one-click switch to the other language (shows the other language's own name). */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const switchLocale = useSwitchLocale();
  const errorText = useErrorText();
  const other = currentLocale() === 'ar' ? 'en' : 'ar';
  return (
    <Button
      variant="subtle"
      size="compact-sm"
      leftSection={<IconLanguage size={16} />}
      lang={other}
      loading={switchLocale.isPending}
      onClick={() => switchLocale.mutate(other, { onError: (error) => notifyError(errorText(error)) })}
      data-testid="language-switch"
    >
      {t('userMenu.language')}
    </Button>
  );
}
