import { defineConfig } from '@playwright/test';

// Another port lets two checkouts run their browser tests at once (PORT=4400 npm run test:browser).
const PORT = Number(process.env.PORT ?? 4321);

export default defineConfig({
  testDir: 'tests/browser',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    launchOptions: {
      // Debian's Chromium: Playwright's own browser download cannot run on these machines.
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-gpu', '--no-first-run', '--disable-sync'],
    },
  },
  webServer: {
    // Serves the already built dist/ (npm test builds first). Astro 7 backgrounds `astro preview` when it
    // thinks an agent runs it; Playwright needs it in the foreground.
    command: `astro preview --port ${PORT} --host 127.0.0.1`,
    env: { ASTRO_PREVIEW_BACKGROUND: '0' },
    url: `http://127.0.0.1:${PORT}/vi/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
