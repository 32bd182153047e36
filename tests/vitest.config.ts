import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

const root = resolve(import.meta.dirname, '..');

export default defineConfig({
  root,
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', environment: 'node', include: ['tests/unit/**/*.test.ts'], globalSetup: ['tests/buildCli.ts'] },
      },
      {
        extends: true,
        plugins: [react()],
        test: {
          name: 'component',
          environment: 'jsdom',
          // A hang guard, not a speed check: typing through jsdom takes seconds on a busy 2-core machine.
          testTimeout: 20_000,
          include: ['tests/component/**/*.test.tsx'],
          setupFiles: ['tests/component/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          globalSetup: ['tests/buildCli.ts'],
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
      {
        // The Word export as LibreOffice lays it out; needs soffice and pdftotext, which npm cannot
        // install, so it runs as `npm run test:render` (and in .ci/run) rather than in `npm test`.
        extends: true,
        test: { name: 'render', environment: 'node', include: ['tests/render/**/*.test.ts'] },
      },
    ],
  },
});
