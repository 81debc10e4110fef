import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, browserPath } from './tests/e2e/findBrowser';

export default defineConfig({
  testDir: 'tests',
  testMatch: ['e2e/**/*.spec.ts', 'electron/**/*.spec.ts'],
  timeout: 45_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  reporter: [['list']],
  outputDir: 'test-results',
  projects: [
    {
      name: 'browser',
      testMatch: 'e2e/**/*.spec.ts',
      use: {
        browserName: 'chromium',
        viewport: { width: 1280, height: 800 },
        acceptDownloads: true,
        launchOptions: { executablePath: browserPath(), args: CHROMIUM_ARGS },
      },
    },
    { name: 'desktop', testMatch: 'electron/**/*.spec.ts' },
  ],
});
