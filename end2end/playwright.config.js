// @ts-check
// Browser tests against a running server (started by .ci/e2e), in Debian's Chromium:
// one project with JavaScript, one without.
const { defineConfig } = require('@playwright/test');

const baseURL = process.env.E2E_BASE_URL || 'http://localhost:3100';

const chromium = {
  browserName: 'chromium',
  headless: true,
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    // Without the background-networking flags Chromium keeps calling out to a closed network.
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  },
};

module.exports = defineConfig({
  testDir: './tests',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/results.json' }]],
  use: { baseURL, screenshot: 'only-on-failure', trace: 'off' },
  projects: [
    {
      name: 'javascript',
      testIgnore: /\.nojs\.spec\.js$/,
      use: { ...chromium, javaScriptEnabled: true },
    },
    {
      name: 'no-javascript',
      testMatch: /\.nojs\.spec\.js$/,
      use: { ...chromium, javaScriptEnabled: false },
    },
  ],
});
