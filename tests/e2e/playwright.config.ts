import path from 'node:path';
import { defineConfig } from '@playwright/test';
import { launchOptions } from '../../scripts/lib/chromium.ts';

/** SITE_DIR: the built site to test (default _site); EDITIONS_ROOT: its source project. */
const siteDir = path.resolve(process.env.SITE_DIR ?? '_site');
const projectRoot = path.resolve(import.meta.dirname, '../..');
const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  fullyParallel: true,
  workers: 2,
  reporter: process.env.CI ? 'list' : [['list']],
  // Some tests walk every page in one test: room for a two-core machine under load.
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions,
    javaScriptEnabled: true,
  },
  webServer: {
    command: `node --import tsx scripts/lib/serve.ts "${siteDir}" ${port}`,
    cwd: projectRoot,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 20_000,
  },
});
