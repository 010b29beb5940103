import { createTheme } from '@mantine/core';

const font = "'IBM Plex Sans Arabic', system-ui, 'Segoe UI', Tahoma, sans-serif";

export const theme = createTheme({
  fontFamily: font,
  headings: { fontFamily: font, fontWeight: '700' },
  primaryColor: 'teal',
  primaryShade: 8,
  defaultRadius: 'md',
  cursorType: 'pointer',
});
