import { Alert, Badge, Card, Code, Group, Loader, Progress, Stack, Table, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { Trans, useTranslation } from 'react-i18next';
import { currentLocale } from '../../../i18n';
import { isApiError } from '../../../ui/api-client';
import { useErrorText } from '../../../ui/errors';
import { formatNumber } from '../../../ui/format';
import { Ltr } from '../../../ui/ltr';
import { usePreview, type Preview, type SmsEncoding } from '../api/messaging';
import { describeCharacter, groupNonGsm } from '../api/sms-limits';

const encodingNames: Record<SmsEncoding, string> = { gsm7: 'GSM-7', ucs2: 'UCS-2' };
/** Numbers inside the translated sentences keep their own direction. */
const isolated = { n: <bdi dir="ltr" /> };

/**
 * The live segment counter: the server renders the body with sample values (the company name
 * from the settings) 250 ms after the last key, and answers with the encoding, the units used
 * and left, the segments, and the worst case at every variable's longest value.
 */
export function SmsCounter({
  body,
  maxSegments,
  dir = 'auto',
}: {
  body: string;
  maxSegments: number;
  dir?: 'auto' | 'rtl' | 'ltr';
}) {
  const { t } = useTranslation('messaging');
  const errorText = useErrorText();
  const [input] = useDebouncedValue(
    body.trim() === '' ? null : { body, max_segments: Math.min(10, Math.max(1, maxSegments || 1)) },
    250,
  );
  const preview = usePreview(input);
  // The answer may be for an older text while a newer one is on its way.
  const current = input !== null && preview.data && !preview.isError ? preview.data : undefined;

  if (body.trim() === '') {
    return (
      <Card withBorder padding="sm" radius="md" data-testid="sms-counter" data-state="empty">
        <Text size="sm" c="dimmed">
          {t('counter.empty')}
        </Text>
      </Card>
    );
  }

  if (preview.isError) {
    const messages =
      isApiError(preview.error) && preview.error.errors.length > 0
        ? preview.error.errors.map((e) => (currentLocale() === 'ar' ? e.message_ar : e.message))
        : [errorText(preview.error)];
    return (
      <Alert color="red" icon={<IconAlertTriangle size={18} />} data-testid="sms-counter" data-state="error">
        <Stack gap={2}>
          {messages.map((message, i) => (
            <Text size="sm" key={i}>
              <bdi>{message}</bdi>
            </Text>
          ))}
        </Stack>
      </Alert>
    );
  }

  if (!current) {
    return (
      <Card withBorder padding="sm" radius="md" data-testid="sms-counter" data-state="loading">
        <Loader size="sm" aria-label={t('counter.counting')} />
      </Card>
    );
  }

  return <CounterCard preview={current} dir={dir} busy={preview.isFetching} />;
}

function CounterCard({ preview: p, dir, busy }: { preview: Preview; dir: 'auto' | 'rtl' | 'ltr'; busy: boolean }) {
  const { t } = useTranslation('messaging');
  const locale = currentLocale();
  const n = (value: number) => <Ltr>{formatNumber(value, locale)}</Ltr>;
  const f = (value: number) => formatNumber(value, locale);
  // The segment sizes are the server's (160/153 GSM-7, 70/67 UCS-2): the page does not repeat them.
  const limit = p.allowance;
  const segment = p.units_per_segment;
  const usedInSegment = segment - p.remaining;
  const color = p.fits ? 'teal' : 'red';
  const culprits = groupNonGsm(p.non_gsm_characters);
  const shown = culprits.others.slice(0, 24);

  return (
    <Card
      withBorder
      padding="sm"
      radius="md"
      data-testid="sms-counter"
      data-state={p.fits ? 'fits' : 'too-long'}
      data-fits={String(p.fits)}
      data-units={p.units}
      data-segments={p.segments}
      data-encoding={p.encoding}
      aria-busy={busy}
      aria-live="polite"
      style={{ borderColor: p.fits ? undefined : 'var(--mantine-color-red-6)' }}
      bg={p.fits ? undefined : 'red.0'}
    >
      <Stack gap="xs">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Group gap={6} wrap="nowrap">
            {p.fits ? (
              <IconCircleCheck size={18} color="var(--mantine-color-teal-7)" />
            ) : (
              <IconAlertTriangle size={18} color="var(--mantine-color-red-7)" />
            )}
            <Text fw={600} size="sm" c={p.fits ? 'teal.8' : 'red.8'} data-testid="counter-verdict">
              {p.fits ? (
                t('counter.fits')
              ) : (
                <Trans t={t} i18nKey="counter.tooLong" count={Math.max(0, p.units - limit)} components={isolated} />
              )}
            </Text>
          </Group>
          <Group gap={6}>
            <Badge variant="light" color={p.encoding === 'gsm7' ? 'blue' : 'violet'} data-testid="counter-encoding">
              <Ltr>{encodingNames[p.encoding]}</Ltr>
            </Badge>
            <Badge variant="light" color={color} data-testid="counter-segments">
              <Trans
                t={t}
                i18nKey="counter.segmentsOf"
                values={{ segments: f(p.segments), max: f(p.max_segments) }}
                components={isolated}
              />
            </Badge>
          </Group>
        </Group>
        <Progress value={Math.min(100, (p.units / limit) * 100)} color={color} size="sm" aria-hidden />
        <Group gap="lg" wrap="wrap">
          <Text size="sm" data-testid="counter-units">
            <Trans
              t={t}
              i18nKey="counter.usedOf"
              values={{ used: f(p.units), limit: f(limit) }}
              components={isolated}
            />
          </Text>
          <Text size="sm" data-testid="counter-remaining">
            <Trans
              t={t}
              i18nKey="counter.segmentOf"
              values={{ used: f(usedInSegment), size: f(segment), remaining: f(p.remaining) }}
              components={isolated}
            />
          </Text>
        </Group>
        <Text size="xs" c="dimmed">
          {p.encoding === 'ucs2' ? t('counter.ucs2Hint') : t('counter.gsmHint')}
        </Text>
        {p.encoding === 'ucs2' && p.non_gsm_characters.length > 0 ? (
          <Group gap={4} data-testid="counter-non-gsm">
            <Text size="xs" c="dimmed">
              {t('counter.forcedBy')}
            </Text>
            {culprits.arabic ? (
              <Badge size="sm" variant="outline" color="violet" tt="none" data-testid="non-gsm-arabic">
                {t('counter.arabicLetters')}
              </Badge>
            ) : null}
            {shown.map((char) => (
              <Code key={char} data-testid="non-gsm-char">
                <bdi>{describeCharacter(char)}</bdi>
              </Code>
            ))}
            {culprits.others.length > shown.length ? (
              <Text size="xs" c="dimmed">
                {t('counter.andMore', { count: culprits.others.length - shown.length })}
              </Text>
            ) : null}
          </Group>
        ) : null}

        <Stack gap={2}>
          <Text size="xs" fw={600} c="dimmed">
            {t('counter.rendered')}
          </Text>
          <Text
            size="sm"
            dir={dir}
            p="xs"
            bg="gray.1"
            style={{ whiteSpace: 'pre-wrap', borderRadius: 8, overflowWrap: 'anywhere' }}
            data-testid="counter-rendered"
          >
            {p.rendered}
          </Text>
        </Stack>

        {p.variables.length > 0 ? (
          <Stack gap={4}>
            <Group gap={6} justify="space-between" wrap="wrap">
              <Text size="xs" fw={600} c="dimmed">
                {t('counter.variables')}
              </Text>
              <Text
                size="xs"
                c={p.worst_case.fits ? 'teal.8' : 'orange.8'}
                fw={500}
                data-testid="counter-worst"
                data-fits={String(p.worst_case.fits)}
              >
                <Trans
                  t={t}
                  i18nKey="counter.worstCase"
                  values={{
                    units: f(p.worst_case.units),
                    encoding: encodingNames[p.worst_case.encoding],
                    segments: f(p.worst_case.segments),
                  }}
                  components={isolated}
                />{' '}
                {p.worst_case.fits ? t('counter.worstFits') : t('counter.worstTooLong')}
              </Text>
            </Group>
            <Table withTableBorder fz="xs" verticalSpacing={4} data-testid="counter-variables">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('counter.variable')}</Table.Th>
                  <Table.Th>{t('counter.sample')}</Table.Th>
                  <Table.Th>{t('counter.sampleLength')}</Table.Th>
                  <Table.Th>{t('counter.maxLength')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {p.variables.map((v) => (
                  <Table.Tr key={v.name} data-variable={v.name}>
                    <Table.Td>
                      <Ltr mono>{`{${v.name}}`}</Ltr>
                    </Table.Td>
                    <Table.Td>
                      <bdi>{v.sample}</bdi>
                    </Table.Td>
                    <Table.Td>{n(v.sample_length)}</Table.Td>
                    <Table.Td>{n(v.max_length)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Stack>
        ) : null}
      </Stack>
    </Card>
  );
}
