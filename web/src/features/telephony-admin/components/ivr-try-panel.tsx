import { Alert, Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../i18n';
import { useErrorText } from '../../../ui/errors';
import { Ltr } from '../../../ui/ltr';
import { useTryIvr, type IvrNode, type IvrTryResult, type TryInput } from '../api/routing';
import { arabicKey, phoneKeys } from './ivr-tree';

/** جرّب: press keys as a caller would and see, step by step, what is played and where the call goes. */
export function IvrTryPanel({
  code,
  tree,
  queueName,
}: {
  code: string;
  tree: IvrNode;
  queueName: (code: string) => string;
}) {
  const { t } = useTranslation('telephonyAdmin');
  const errorText = useErrorText();
  const tryIvr = useTryIvr();
  const [inputs, setInputs] = useState<TryInput[]>([]);
  const arabic = currentLocale() === 'ar';
  const result: IvrTryResult | undefined = tryIvr.data;

  return (
    <Card withBorder padding="sm" data-testid="ivr-try">
      <Stack gap="xs">
        <Title order={4} size="h5">
          {t('try.title')}
        </Title>
        <Text size="xs" c="dimmed">
          {t('try.hint')}
        </Text>
        <SimpleGrid cols={3} spacing={4} maw={220} dir="ltr">
          {phoneKeys.map((k) => (
            <Button
              key={k}
              size="xs"
              variant="default"
              aria-label={t('try.press', { key: k })}
              data-key={k}
              onClick={() => setInputs((i) => [...i, k])}
            >
              {arabicKey(k)}
            </Button>
          ))}
        </SimpleGrid>
        <Group gap="xs">
          <Button size="xs" variant="default" onClick={() => setInputs((i) => [...i, 'timeout'])}>
            {t('try.silence')}
          </Button>
          <Button size="xs" variant="subtle" onClick={() => setInputs([])}>
            {t('try.clear')}
          </Button>
        </Group>
        <Group gap={4} data-testid="try-inputs" mih={24}>
          {inputs.map((input, i) => (
            <Badge key={i} variant="outline">
              {input === 'timeout' ? t('try.silence') : <bdi>{arabicKey(input)}</bdi>}
            </Badge>
          ))}
        </Group>
        <Group>
          <Button size="sm" onClick={() => tryIvr.mutate({ code, tree, inputs })} loading={tryIvr.isPending}>
            {t('try.run')}
          </Button>
        </Group>
        {tryIvr.error ? (
          <Alert color="red" role="alert">
            {errorText(tryIvr.error)}
          </Alert>
        ) : null}
        {result ? (
          <Stack gap={4} component="ol" data-testid="try-steps" style={{ paddingInlineStart: 20, margin: 0 }}>
            {result.steps.map((step, i) => (
              <Text component="li" size="sm" key={i} data-action={step.action}>
                {step.input ? (
                  <Badge size="xs" variant="light" me={6}>
                    {step.input === 'timeout' ? t('try.silence') : <bdi>{arabicKey(step.input)}</bdi>}
                  </Badge>
                ) : null}
                {step.action === 'play'
                  ? t('try.steps.play', { text: (arabic ? step.prompt_ar : step.prompt_en || step.prompt_ar) ?? '' })
                  : step.action === 'queue' || step.action === 'callback'
                    ? t(`try.steps.${step.action}`, { queue: queueName(step.queue ?? '') })
                    : step.action === 'hangup'
                      ? t('try.steps.hangup', {
                          reason: t(
                            `try.reasons.${(step.reason ?? 'finished') as 'finished' | 'no_choice' | 'unknown_menu' | 'loop'}`,
                          ),
                        })
                      : t(`try.steps.${step.action}`)}
                {step.queue ? (
                  <>
                    {' '}
                    <Ltr mono>({step.queue})</Ltr>
                  </>
                ) : null}
              </Text>
            ))}
            {!result.finished ? (
              <Text size="sm" c="dimmed">
                {t('try.waiting')}
              </Text>
            ) : null}
          </Stack>
        ) : null}
      </Stack>
    </Card>
  );
}
