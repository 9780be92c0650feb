// The `handlekraft` command-line tool (npm run cli -- <command>, or the bin): new, demo, check, info.
// Everything happens in src/main/cli/runCli.ts; this file only connects it to the real process. An export that
// prints starts Chromium first and loads the rest of the code afterwards (earlyChromium.ts).
import { startChromiumEarly } from './cli/earlyChromium'

const argv = process.argv.slice(2)
const chromium = startChromiumEarly(argv, process.env)

void import('./cli/runCli')
  .then(({ runCliAsync }) =>
    runCliAsync(
      argv,
      { out: (text) => process.stdout.write(`${text}\n`), err: (text) => process.stderr.write(`${text}\n`) },
      process.env,
      chromium,
    ),
  )
  .then(async (code) => {
    await chromium?.close() // already closed by the export, unless the command stopped before printing
    process.exitCode = code
  })
