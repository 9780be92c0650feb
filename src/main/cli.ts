// The `handlekraft` command-line tool (npm run cli -- <command>, or the bin): new, demo, check, info.
// Everything happens in src/main/cli/runCli.ts; this file only connects it to the real process.
import { runCliAsync } from './cli/runCli'

void runCliAsync(
  process.argv.slice(2),
  { out: (text) => process.stdout.write(`${text}\n`), err: (text) => process.stderr.write(`${text}\n`) },
  process.env,
).then((code) => {
  process.exitCode = code
})
