import { Paper, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { currentLocale } from '../../../i18n';
import { formatNumber } from '../../../ui/format';
import { Ltr } from '../../../ui/ltr';
import { formatDuration } from '../../telephony/domain/timing';
import { trafficColour, type Traffic } from '../domain/levels';

// The figures' faces: a percent with one decimal, seconds as mm:ss, counts as digits — Latin
// digits isolated left to right inside the Arabic page; "—" when there is nothing to show yet.

export function Percent({ value }: { value: number | null }) {
  return <Ltr>{value === null ? '—' : `${formatNumber(value * 100, currentLocale(), 1)}%`}</Ltr>;
}

export function Duration({ seconds }: { seconds: number | null }) {
  return <Ltr>{seconds === null ? '—' : formatDuration(Math.round(seconds))}</Ltr>;
}

export function Count({ value }: { value: number }) {
  return <Ltr>{formatNumber(value, currentLocale(), 0)}</Ltr>;
}

export type TileSize = 'sm' | 'md' | 'tv';

const sizes: Record<TileSize, { label: string; value: string; pad: string }> = {
  sm: { label: '0.8rem', value: '1.4rem', pad: 'xs' },
  md: { label: '0.95rem', value: '2.2rem', pad: 'sm' },
  // Readable across a room: the number about a tenth of a 1080-line screen.
  tv: { label: '1.7rem', value: '4.6rem', pad: 'md' },
};

/** One figure: its name above, the value large, coloured when it has a threshold. */
export function Tile({
  figure,
  label,
  traffic,
  size,
  hint,
  footer,
  children,
}: {
  figure: string;
  label: string;
  traffic?: Traffic;
  size: TileSize;
  hint?: string;
  /** A line under the value (a target). */
  footer?: ReactNode;
  children: ReactNode;
}) {
  const s = sizes[size];
  const colour = traffic && traffic !== 'gray' ? trafficColour[traffic] : undefined;
  return (
    <Paper
      withBorder
      p={s.pad}
      radius="md"
      data-figure={figure}
      data-traffic={traffic ?? 'none'}
      title={hint}
      style={
        colour ? { borderColor: `var(--mantine-color-${colour}-6)`, borderWidth: size === 'tv' ? 4 : 2 } : undefined
      }
    >
      <Stack gap={0} align="center">
        <Text fz={s.label} c="dimmed" ta="center" lh={1.3}>
          {label}
        </Text>
        <Text
          fz={s.value}
          fw={700}
          lh={1.15}
          c={colour ? `${colour}.7` : undefined}
          style={{ whiteSpace: 'nowrap' }}
          data-value
        >
          {children}
        </Text>
        {footer ? (
          <Text fz="sm" c="dimmed" data-footer>
            {footer}
          </Text>
        ) : null}
      </Stack>
    </Paper>
  );
}
