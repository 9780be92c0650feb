// The `handlekraft` command-line tool (npm run cli -- <command>, or the bin): new, demo, check, info.
// Everything happens in src/main/cli/runCli.ts; this file only connects it to the real process.
import { runCli } from './cli/runCli'

process.exitCode = runCli(
  process.argv.slice(2),
  { out: (text) => process.stdout.write(`${text}\n`), err: (text) => process.stderr.write(`${text}\n`) },
  process.env,
)
