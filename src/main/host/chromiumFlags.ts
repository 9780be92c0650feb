// The flags every headless Chromium this project starts gets (the report printer, the e2e tests, the bench):
// no sandbox in containers, no GPU, nothing phoning home. The app window (appWindow.ts) chooses its own.
export const STANDARD_CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
] as const
