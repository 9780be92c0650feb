// A bounded run of the crash harness inside `npm test` (the full 100 kills: `npm run test:crash`).
// Set HANDLEKRAFT_CRASH_SEED to repeat a run; the seed is printed either way.
import { describe, expect, it } from 'vitest'
import { runCrashCampaign, summary } from '../crashCampaign'

const seed = Number(process.env.HANDLEKRAFT_CRASH_SEED ?? Math.floor(Math.random() * 2 ** 31))

describe('crash harness', () => {
  it(`loses no acknowledged command over 20 SIGKILLs (seed ${seed})`, { timeout: 300_000 }, async () => {
    const result = await runCrashCampaign({ kills: 20, seed })
    console.log(summary(result))
    console.log(`kills ${result.kills}, commands checked ${result.commandsChecked}, lost ${result.lost}`)
    expect(result.problems).toEqual([])
    expect(result.kills).toBe(20)
    expect(result.lost).toBe(0)
    expect(result.commandsChecked).toBeGreaterThan(0)
  })

  it(
    'notices a lost command (self-test: the child acknowledges a note it never wrote)',
    { timeout: 60_000 },
    async () => {
      const result = await runCrashCampaign({
        kills: 1,
        seed: 1,
        maxDelayMs: 50,
        childEnv: { HANDLEKRAFT_CRASH_FAKE_ACK: '1' },
        keepFailedFiles: false,
      })
      expect(result.lost).toBeGreaterThan(0)
      expect(result.problems.join('\n')).toContain('does not hold the last acknowledged state')
    },
  )
})
