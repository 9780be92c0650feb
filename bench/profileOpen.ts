// Where a board open's time goes (issue 10). Opens an N-note workshop through the UI as board.ts does, `runs`
// times, each in a fresh browser shell, and prints per run: the open (board.ts's clock, and the old clock that
// stopped at the frame's due time), the request's timing, and the CPU the shell (Node, from /proc) and the
// page spent; then the page's self time per function and per file over the runs (DevTools Profiler).
// `TRACE=1` takes a Chrome trace instead and sums the page main thread's CPU per top-level task kind.
//   npx tsx bench/profileOpen.ts [notes=10000] [runs=3]     (after `npx electron-vite build`; Linux only)
// For readable function names build the renderer unminified (renderer.build.minify = false) first.
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir, loadavg } from 'node:os'
import { join } from 'node:path'
import { launchChromium } from './browser'
import { makeWorkshop } from './makeWorkshop'
import { startShell } from './shell'

interface Node { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; hitCount?: number; children?: number[] }
interface Profile { nodes: Node[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number }

/** CPU time (user+system, ms) of the browser shell: the child node process running out/main/start.js. */
function shellCpuMs(): number {
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      if (Number(fields[1]) !== process.pid) continue // field 4: ppid
      if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('start.js')) continue
      return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100 // utime + stime, in clock ticks
    } catch {
      // gone meanwhile
    }
  }
  return NaN
}

interface TraceEvent { name: string; ph: string; ts: number; dur?: number; tdur?: number; tid: number; pid: number; args?: { name?: string } }

/** Main-thread CPU of the page's renderer between the first and the last event named, by top-level task kind. */
function rendererCpu(events: TraceEvent[]): { total: number; byName: Map<string, number> } {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && events.some((x) => x.pid === e.pid && x.name === 'bench:open-requested'))
  const byName = new Map<string, number>()
  let total = 0
  if (!main) return { total: NaN, byName }
  const start = events.find((e) => e.name === 'bench:open-requested' && e.pid === main.pid)?.ts ?? 0
  const end = events.find((e) => e.name === 'handlekraft:board-drawn' && e.pid === main.pid)?.ts ?? Infinity
  for (const e of events) {
    if (e.pid !== main.pid || e.tid !== main.tid || e.ph !== 'X' || e.ts < start || e.ts > end) continue
    if (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') { total += (e.tdur ?? 0) / 1000; continue }
    if (['FunctionCall', 'EventDispatch', 'FireAnimationFrame', 'TimerFire', 'Layout', 'UpdateLayoutTree', 'Paint', 'v8.compile', 'ParseHTML', 'MajorGC', 'MinorGC', 'XHRLoad', 'v8.run', 'RunMicrotasks'].includes(e.name))
      byName.set(e.name, (byName.get(e.name) ?? 0) + (e.tdur ?? 0) / 1000)
  }
  return { total, byName }
}

async function main(): Promise<void> {
  const notes = Number(process.argv[2] ?? 10000)
  const runs = Number(process.argv[3] ?? 3)
  const scratch = mkdtempSync(join(tmpdir(), 'hk-prof-'))
  const workshop = makeWorkshop(scratch, notes)
  const browser = await launchChromium()
  if (process.env.PROFILE_HOST) process.env.NODE_OPTIONS = `--cpu-prof --cpu-prof-dir=${join(scratch, 'host')}`
  const byFn = new Map<string, number>()
  const byFile = new Map<string, number>()
  let total = 0
  try {
    for (let run = 0; run < runs; run++) {
      const shell = await startShell(join(scratch, `shell-${run}`))
      const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, locale: 'en-GB', deviceScaleFactor: 1 })
      await context.addInitScript('globalThis.__name = (target) => target')
      const page = await context.newPage()
      const cdp = await context.newCDPSession(page)
      await page.goto(shell.url)
      await page.getByRole('button', { name: 'Open…' }).click()
      await page.getByRole('textbox', { name: 'Path to workshop file' }).fill(workshop.path)
      await page.evaluate(() => {
        document.addEventListener('submit', () => performance.mark('bench:open-requested'), { capture: true, once: true })
      })
      const painted = page.evaluate(
        () =>
          new Promise<{ ms: number; oldMs: number; marks: string }>((resolve) => {
            const frame = (time: number) => {
              const start = performance.getEntriesByName('bench:open-requested')[0]
              if (start && performance.getEntriesByName('handlekraft:board-drawn').length > 0) {
                const marks = performance.getEntriesByType('mark').concat(performance.getEntriesByType('measure'))
                  .filter((m) => m.startTime >= start.startTime)
                  .map((m) => `${m.name}@${Math.round(m.startTime - start.startTime)}${m.duration ? `+${Math.round(m.duration)}` : ''}`).join(' ')
                const api = performance.getEntriesByType('resource').filter((r) => r.name.includes('workshop.open')).map((r) => {
                  const t = r as PerformanceResourceTiming
                  const at = (v: number) => Math.round(v - start.startTime)
                  return `api request@${at(t.requestStart)} firstByte@${at(t.responseStart)} end@${at(t.responseEnd)} ${Math.round(t.encodedBodySize / 1024)}kB`
                })
                return resolve({ ms: performance.now() - start.startTime, oldMs: time - start.startTime, marks: `${marks} ${api.join(' ')}` })
              }
              requestAnimationFrame(frame)
            }
            requestAnimationFrame(frame)
          }),
      )
      const tracing = Boolean(process.env.TRACE)
      const tracePath = join(scratch, `open-${run}.trace.json`)
      if (tracing) await browser.startTracing(page, { path: tracePath, categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'toplevel', 'v8'] })
      else {
        await cdp.send('Profiler.enable')
        await cdp.send('Profiler.setSamplingInterval', { interval: 200 })
        await cdp.send('Profiler.start')
      }
      const hostBefore = shellCpuMs()
      await page.getByRole('button', { name: 'Open', exact: true }).click()
      const { ms, oldMs, marks } = await painted
      const hostMs = shellCpuMs() - hostBefore
      if (tracing) {
        await browser.stopTracing()
        const { traceEvents } = JSON.parse(readFileSync(tracePath, 'utf8')) as { traceEvents: TraceEvent[] }
        const cpu = rendererCpu(traceEvents)
        console.log(`run ${run}: open ${ms.toFixed(1)} ms (old clock ${oldMs.toFixed(1)} ms); CPU: page main thread ${cpu.total.toFixed(0)} ms (${[...cpu.byName].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ')}), shell ${hostMs.toFixed(0)} ms; load ${loadavg().map((l) => l.toFixed(2)).join(' ')}\n  ${marks}`)
        await context.close()
        await shell.stop()
        continue
      }
      const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile }
      writeFileSync(join(scratch, `open-${run}.cpuprofile`), JSON.stringify(profile))
      const self = new Map<number, number>()
      profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000))
      let runTotal = 0
      for (const node of profile.nodes) {
        const t = self.get(node.id) ?? 0
        const { functionName, url, lineNumber } = node.callFrame
        if (functionName === '(idle)' || functionName === '(program)') continue
        const file = url.split('/').pop() || '(native)'
        const key = `${functionName || '(anon)'} ${file}:${lineNumber + 1}`
        byFn.set(key, (byFn.get(key) ?? 0) + t)
        byFile.set(file, (byFile.get(file) ?? 0) + t)
        runTotal += t
      }
      total += runTotal
      console.log(`run ${run}: open ${ms.toFixed(1)} ms (old clock ${oldMs.toFixed(1)} ms), busy JS+GC ${runTotal.toFixed(0)} ms, shell CPU ${hostMs.toFixed(0)} ms, load ${loadavg().map((l) => l.toFixed(2)).join(' ')}\n  ${marks}`)
      await context.close()
      await shell.stop()
    }
  } finally {
    await browser.close()
  }
  const top = (m: Map<string, number>, n: number) =>
    [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `${(v / runs).toFixed(1).padStart(8)} ms  ${k}`).join('\n')
  console.log(`\nmean self time per open (${runs} runs, ${(total / runs).toFixed(0)} ms busy) by function:\n${top(byFn, 45)}`)
  console.log(`\nby file:\n${top(byFile, 15)}`)
  console.log(`profiles in ${scratch}`)
}
void main().catch((error) => { console.error(error); process.exit(1) })
