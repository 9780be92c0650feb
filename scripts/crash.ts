// `npm run test:crash [-- --kills N --seed S]`: the crash harness at full length (100 kills by default).
// Prints the seed first, so any failing run can be repeated exactly; exits non-zero when anything was lost.
import { runCrashCampaign, summary } from '../src/main/crash/crashCampaign'

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`)
  const value = index >= 0 ? Number(process.argv[index + 1]) : fallback
  if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} needs a whole number`)
  return value
}

async function main(): Promise<void> {
  const kills = option('kills', 100)
  const seed = option('seed', Math.floor(Math.random() * 2 ** 31))
  console.log(`crash harness: ${kills} kills, seed ${seed}`)
  const result = await runCrashCampaign({ kills, seed, log: (line) => console.log(line) })
  console.log(summary(result))
  console.log(`kills ${result.kills}, commands checked ${result.commandsChecked}, lost ${result.lost}`)
  if (result.problems.length > 0 || result.kills < kills) {
    for (const problem of result.problems) console.error(`problem: ${problem}`)
    process.exit(1)
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
