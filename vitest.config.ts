import path from 'node:path';
import { configDefaults, defineConfig } from 'vitest/config';

const alias = {
  '@': path.resolve(import.meta.dirname),
  'server-only': path.resolve(import.meta.dirname, 'tests/support/empty-module.ts'),
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        // tests/unit/zones/ checks the zone projects' own set-up: it has nothing to check without a zone.
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], exclude: [...configDefaults.exclude, 'tests/unit/zones/**'], environment: 'node' },
      },
      // Moroccan time must not depend on the server's zone: rerun the time-sensitive tests in two others.
      ...['Asia/Tokyo', 'America/Los_Angeles'].map((zone) => ({
        resolve: { alias },
        test: {
          name: `unit ${zone}`,
          include: ['tests/unit/{legal-time,format,prayer-times,server-zone}.test.ts', 'tests/unit/zones/*.test.ts'],
          environment: 'node',
          env: { TZ: zone },
        },
      })),
      {
        resolve: { alias },
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/integration/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One database for the run: files share it, so run them one after another.
          fileParallelism: false,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 600_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
