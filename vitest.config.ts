import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'server',
          // Projects run one after the other (server, web, browser): each has its own worker count.
          sequence: { groupOrder: 0 },
          include: ['server/src/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // PGlite instances are memory-hungry; two cores run two files at a time.
          maxWorkers: 2,
        },
      },
      {
        test: {
          name: 'web',
          sequence: { groupOrder: 1 },
          include: ['web/src/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'e2e',
          sequence: { groupOrder: 2 },
          include: ['e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // Each file has its own server (in-memory database) and Chromium: two files at a time keep
          // both cores busy while the other file waits on its browser.
          maxWorkers: 2,
        },
      },
    ],
  },
});
