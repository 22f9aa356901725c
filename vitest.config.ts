import { defineConfig } from 'vitest/config';

/**
 * One test command, four kinds of test:
 * - unit: pure domain, contracts, matchers, single adapters (mocked AWS clients);
 * - integration: adapters and handlers against the real stand-ins (DynamoDB Local, fauxqs, SES inbox);
 * - e2e: the whole local runtime, from an HTTP POST to an email in the inbox;
 * - cdk: template assertions on the synthesized stacks;
 * - browser: an email rendered in real headless Chromium (Debian's package, driven by playwright-core).
 */
export default defineConfig({
  test: {
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts', 'test/e2e/**/*.test.ts'],
          globalSetup: ['test/support/stand-ins.global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      { extends: true, test: { name: 'cdk', include: ['test/cdk/**/*.test.ts'], testTimeout: 120_000 } },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
