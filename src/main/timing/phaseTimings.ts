// Where the time of one command goes, phase by phase (issue 11: `export --pdf` within 3 s). Set
// HANDLEKRAFT_TIMINGS=1 and the CLI prints the breakdown on stderr after the command's own output; bench/cli.ts
// uses it. Phases may overlap (Chromium starts while Node reads the workshop), so each line says when a phase
// started and ended, counted from the process's start (performance.now()'s origin), not only how long it took.

export interface PhaseTimings {
  /** Runs `work` as a named phase and records when it started and ended (also when it throws). */
  measure<T>(name: string, work: () => T): T
  /**
   * The same for asynchronous work: the phase ends when the promise settles. `start` (a performance.now()) is
   * for work that began before it could be measured here, e.g. a browser started before this code was loaded.
   */
  measureAsync<T>(name: string, work: () => Promise<T>, start?: number): Promise<T>
  /** The recorded phases, in the order they started. */
  lines(): string[]
}

interface Phase {
  name: string
  start: number
  end: number
}

/** A figure in its column; a phase still running when the lines are taken shows "-". */
const pad = (value: number, width: number) => (Number.isNaN(value) ? '-' : String(Math.round(value))).padStart(width)

/** A recorder; `now` is injectable for tests. Node's own start-up and module loading is the first phase. */
export function createPhaseTimings(now: () => number = () => performance.now()): PhaseTimings {
  const phases: Phase[] = [{ name: 'node start + module load', start: 0, end: now() }]
  /** Listed when it starts, so phases that start together keep their order; ended when the work is done. */
  const begin = (name: string, start = now()): Phase => {
    const phase = { name, start, end: Number.NaN }
    phases.push(phase)
    return phase
  }
  return {
    measure(name, work) {
      const phase = begin(name)
      try {
        return work()
      } finally {
        phase.end = now()
      }
    },
    async measureAsync(name, work, start) {
      const phase = begin(name, start)
      try {
        return await work()
      } finally {
        phase.end = now()
      }
    },
    lines() {
      const sorted = [...phases].sort((a, b) => a.start - b.start)
      const width = Math.max(...sorted.map((phase) => phase.name.length))
      return [
        `${'phase'.padEnd(width)}  from ms    to ms  took ms`,
        ...sorted.map(
          (phase) =>
            `${phase.name.padEnd(width)}  ${pad(phase.start, 7)}  ${pad(phase.end, 7)}  ${pad(phase.end - phase.start, 7)}`,
        ),
        `${'total so far'.padEnd(width)}  ${pad(0, 7)}  ${pad(now(), 7)}`,
      ]
    },
  }
}

/** A recorder that records nothing, for when nobody asked (the usual case): no cost, no output. */
export const NO_TIMINGS: PhaseTimings = {
  measure: (_name, work) => work(),
  measureAsync: (_name, work) => work(),
  lines: () => [],
}

export function timingsWanted(env: Record<string, string | undefined>): boolean {
  return env.HANDLEKRAFT_TIMINGS === '1'
}
