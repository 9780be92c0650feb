// E2E: the Playwright test runner drives the browser shell in the system Chromium (no browser download here).
// There is no webServer block: each spec starts its own browser-shell host on a free loopback port, with its own
// temp workshop, so specs never share state.
import { defineConfig } from '@playwright/test'
import { STANDARD_CHROMIUM_ARGS } from './src/main/host/chromiumFlags'

const chromiumPath = process.env.CHROME_PATH ?? '/usr/bin/chromium'

export default defineConfig({
  testDir: 'e2e',
  // Artifacts (failure screenshots, traces) land here; Playwright empties this folder at the start of a run, so it
  // must not be test-results/ itself, where scripts/test-all.mjs keeps unit.json and e2e.json.
  outputDir: 'test-results/e2e',
  // 2 CPU cores: one spec at a time keeps the host, Chromium and the runner from starving each other.
  workers: Number(process.env.E2E_WORKERS ?? 1),
  fullyParallel: false,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    headless: true,
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromiumPath,
      args: [...STANDARD_CHROMIUM_ARGS],
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
})
