// Command-line options of `npm run bench`: `--json FILE`, `--sizes 1000,5000`, `--no-build`, `--trace DIR`.

export interface BenchOptions {
  sizes: number[]
  json: string | null
  /** Build the renderer first (default), so a stale out/renderer is never measured by mistake. */
  build: boolean
  /** Write Chrome performance traces of each size's open and of its pan and zoom here, to find where time goes. */
  traceDir: string | null
  /** `--room`: the room benchmark (issue 13) instead of the board's: simulated phones on loopback. */
  room: boolean
  /** `--phones 60,200`: room sizes (default 60). */
  phones: number[]
  /** `--overview`: the overview of many workshop files (issue 14) instead of the board's. */
  overview: boolean
  /** `--areas 18,100`: how many workshop files in the overview's folder (default 18 and 100). */
  areas: number[]
}

export const DEFAULT_PHONES = [60]
export const DEFAULT_AREAS = [18, 100]

export const DEFAULT_SIZES = [1000, 5000, 10_000]

export const BENCH_USAGE = `Usage: npm run bench -- [--sizes 1000,5000,10000] [--json FILE] [--trace DIR] [--no-build]
       npm run bench -- --room [--phones 60,200] [--json FILE] [--no-build]
       npm run bench -- --overview [--areas 18,100] [--json FILE] [--no-build]`

export type ParsedArgs = { ok: true; options: BenchOptions } | { ok: false; message: string }

export function parseBenchArgs(argv: readonly string[]): ParsedArgs {
  const options: BenchOptions = {
    sizes: [...DEFAULT_SIZES],
    json: null,
    build: true,
    traceDir: null,
    room: false,
    phones: [...DEFAULT_PHONES],
    overview: false,
    areas: [...DEFAULT_AREAS],
  }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    const [flag, inline] = arg.includes('=')
      ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
      : [arg, undefined]
    const value = () => inline ?? argv[++i]
    if (flag === '--no-build') options.build = false
    else if (flag === '--room') options.room = true
    else if (flag === '--overview') options.overview = true
    else if (flag === '--areas') {
      const list = value()
      const areas = (list ?? '').split(',').map((part) => Number(part.trim()))
      if (!list || areas.some((n) => !Number.isInteger(n) || n < 1 || n > 1000))
        return { ok: false, message: `--areas needs whole numbers of workshop files between 1 and 1000, e.g. 18,100 (got ${list ?? 'nothing'})` }
      options.areas = areas
    }
    else if (flag === '--phones') {
      const list = value()
      const phones = (list ?? '').split(',').map((part) => Number(part.trim()))
      // The room takes at most 300 devices (ROOM_LIMITS.maxDevices).
      if (!list || phones.some((n) => !Number.isInteger(n) || n < 1 || n > 300))
        return { ok: false, message: `--phones needs whole numbers of phones between 1 and 300, e.g. 60,200 (got ${list ?? 'nothing'})` }
      options.phones = phones
    }
    else if (flag === '--json' || flag === '--trace') {
      const file = value()
      if (!file || file.startsWith('--')) return { ok: false, message: `${flag} needs a path` }
      if (flag === '--json') options.json = file
      else options.traceDir = file
    } else if (flag === '--sizes') {
      const list = value()
      const sizes = (list ?? '').split(',').map((part) => Number(part.trim()))
      if (!list || sizes.some((n) => !Number.isInteger(n) || n < 1 || n > 100_000))
        return {
          ok: false,
          message: `--sizes needs whole numbers of notes between 1 and 100000, e.g. 1000,5000 (got ${list ?? 'nothing'})`,
        }
      options.sizes = sizes
    } else return { ok: false, message: `unknown option ${arg}` }
  }
  return { ok: true, options }
}
