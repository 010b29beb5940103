import { Button, Kbd, Tooltip } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A button of the telephone with its key shown on it and named in its tooltip. */
export function KeyButton(props: {
  keyName: string;
  label: string;
  onClick: () => void;
  color?: string;
  variant?: 'filled' | 'light' | 'default' | 'outline';
  icon?: ReactNode;
  disabled?: boolean;
  testId?: string;
}) {
  const { t } = useTranslation('telephony');
  return (
    <Tooltip label={t('actions.shortcut', { key: props.keyName })} withArrow>
      <Button
        size="sm"
        color={props.color}
        variant={props.variant ?? 'filled'}
        leftSection={props.icon}
        rightSection={
          <Kbd size="xs" dir="ltr">
            {props.keyName}
          </Kbd>
        }
        disabled={props.disabled}
        onClick={props.onClick}
        data-testid={props.testId}
      >
        {props.label}
      </Button>
    </Tooltip>
  );
}
