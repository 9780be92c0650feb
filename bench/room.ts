// `npm run bench -- --room [--phones 60,200] [--json FILE]` (issue 13, "How fast, how many"): simulated phones
// over loopback join the room, each sends 5 notes and places 4 dots inside about 10 s, one phone in ten losing
// its connection mid-submission and resending. A real facilitator page (the browser shell in headless Chromium)
// has the workshop open with auto-accept on; a note has "arrived" when the board's accessible notes list (the
// list named "Notes") holds it. Measured: notes sent / arrived / duplicated, dots placed / counted, latency from
// a phone's first send to the frame in which the facilitator's list shows the note, and the facilitator page's
// frame intervals during the burst. Everything binds to and talks to 127.0.0.1 only.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { WorkshopStore } from '../src/main/core/workshopStore'
import { noteIdFor } from '../src/main/room/roomIds'
import { Phone, pause, wallNow } from './roomPhones'
import { startShell } from './shell'
import { intervals, percentile, round1 } from './stats'

export const NOTES_PER_PHONE = 5
export const DOTS_PER_PHONE = 4
const THEMES = 8
/** Every DROP_EVERY-th phone loses its connection once while sending a note and once while placing a dot. */
const DROP_EVERY = 10
const NOTES_WINDOW_MS = 5000
const DOTS_WINDOW_MS = 4000

export interface RoomRow {
  phones: number
  notesSent: number
  notesArrived: number
  notesDuplicated: number
  dotsPlaced: number
  dotsCounted: number
  latencyP50Ms: number
  latencyP95Ms: number
  boardP95Ms: number
  // Beyond the shape, for reading the figures:
  latencyMaxMs: number
  /** Latency of the notes whose phone never dropped (the resend pause is not the server's time). */
  latencyP95UndroppedMs: number
  /** From a dot's send to its (durable) answer: dots do not show on the board before Reveal. */
  dotAnswerP50Ms: number
  dotAnswerP95Ms: number
  boardP50Ms: number
  boardMaxMs: number
  boardFrames: number
  drops: number
  resends: number
  /** From the first join to the last dot answered. */
  burstMs: number
  joinP95Ms: number
}

function makeRoomWorkshop(dir: string): string {
  const path = join(dir, 'room-bench.handlekraft')
  const store = WorkshopStore.create(path, { title: 'Room bench — Østerå', language: 'en', template: 'blank' })
  try {
    const themes = Array.from({ length: THEMES }, (_, i) => ({ id: `t${i}`, name: `Theme ${i + 1}`, color: '#e76f51' }))
    for (const theme of themes) store.apply({ name: 'createTheme', args: { ...theme, noteIds: [] } })
    store.apply({
      name: 'startVotingRound',
      args: {
        id: 'round-1',
        title: 'Themes',
        target: 'themes',
        optionIds: themes.map((t) => t.id),
        dotsPerParticipant: DOTS_PER_PHONE,
        maxPerItem: 2,
      },
    })
  } finally {
    store.close()
  }
  return path
}

interface RoomShell {
  url: string
  roomUrl: string
  origin: string
  token: string
  stop(): Promise<void>
}

async function startRoomShell(baseDir: string, workshopPath: string): Promise<RoomShell> {
  const tokenFile = join(mkdtempSync(join(baseDir, 'token-')), 'session.token')
  const shell = await startShell(baseDir, {
    args: ['--token-file', tokenFile, '--room', '--room-host', '127.0.0.1', workshopPath],
  })
  try {
    const roomUrl = await shell.printed(/^Handlekraft room at (http:\/\/\S+)$/m)
    if (new URL(roomUrl).hostname !== '127.0.0.1') throw new Error(`the room is not on loopback: ${roomUrl}`)
    return {
      url: shell.url,
      roomUrl,
      origin: new URL(shell.url).origin,
      token: readFileSync(tokenFile, 'utf8').trim(),
      stop: shell.stop,
    }
  } catch (error) {
    await shell.stop()
    throw error
  }
}

/** The facilitator API of the shell, as a script calls it (the session token in a header). */
async function facilitator<T>(shell: RoomShell, method: string, input: unknown): Promise<T> {
  const response = await fetch(`${shell.origin}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-handlekraft-token': shell.token, origin: shell.origin },
    body: JSON.stringify(input),
  })
  const result = (await response.json()) as { ok: boolean; value: T; error?: unknown }
  if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`)
  return result.value
}

/**
 * In the facilitator page: every animation frame, the time and how many notes the board's accessible list
 * holds (a long list is windowed, so its items carry the total as aria-setsize); and, in the order the page
 * received them, the ids of notes added by the patches on its event WebSocket. The mirror applies patches in
 * order, so the k-th note received is on the board from the first frame whose count reached base + k.
 */
const RECORDER = `(() => {
  const rec = { frames: [], counts: [], added: [], running: true }
  window.__roomBench = rec
  const Native = window.WebSocket
  window.WebSocket = class extends Native {
    constructor(...args) {
      super(...args)
      this.addEventListener('message', (event) => {
        if (typeof event.data !== 'string' || !event.data.includes('"patch"')) return
        try {
          const message = JSON.parse(event.data)
          for (const note of (message.type === 'patch' && message.patch.note && message.patch.note.added) || []) rec.added.push(note.id)
        } catch {}
      })
    }
  }
  const count = () => {
    const list = document.querySelector('ul[aria-label="Notes"]')
    if (!list) return -1
    const first = list.querySelector('li[aria-setsize]')
    return first ? Number(first.getAttribute('aria-setsize')) : list.children.length
  }
  const tick = (time) => {
    if (!rec.running) return
    rec.frames.push(performance.timeOrigin + time)
    rec.counts.push(count())
    requestAnimationFrame(tick)
  }
  requestAnimationFrame(tick)
})()`

interface Recording {
  frames: number[]
  counts: number[]
  added: string[]
}

async function openFacilitator(browser: Browser, shell: RoomShell): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, locale: 'en-GB' })
  await context.addInitScript({ content: RECORDER })
  const page = await context.newPage()
  await page.goto(shell.url)
  await page.getByRole('region', { name: /board/i }).first().waitFor({ timeout: 60_000 })
  await page.locator('ul[aria-label="Notes"]').waitFor({ state: 'attached', timeout: 60_000 })
  return page
}

/**
 * `HANDLEKRAFT_BENCH_CPU_PROF=DIR`: the facilitator page is profiled over the DevTools protocol during the burst
 * (DIR/facilitator-N.cpuprofile, N phones); the shell's main process writes its own profile there (bench/shell.ts).
 */
async function profilePage(page: Page, phones: number): Promise<() => Promise<void>> {
  const dir = process.env.HANDLEKRAFT_BENCH_CPU_PROF
  if (!dir) return async () => undefined
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 })
  await cdp.send('Profiler.start')
  return async () => {
    const { profile } = await cdp.send('Profiler.stop')
    mkdirSync(dir, { recursive: true })
    writeFileSync(join(dir, `facilitator-${phones}.cpuprofile`), JSON.stringify(profile))
  }
}

const record = (page: Page) => page.evaluate('({ ...window.__roomBench })') as Promise<Recording>

export async function measureRoom(browser: Browser, phones: number, scratch: string): Promise<RoomRow> {
  const dir = join(scratch, `room-${phones}`)
  mkdirSync(dir, { recursive: true })
  const workshopPath = makeRoomWorkshop(dir)
  const shell = await startRoomShell(dir, workshopPath)
  const all: Phone[] = []
  try {
    const page = await openFacilitator(browser, shell)
    const { workshopId } = await facilitator<{ workshopId: string }>(shell, 'workshop.open', { path: workshopPath })
    await facilitator(shell, 'room.setAutoAccept', { workshopId, autoAccept: true })
    await facilitator(shell, 'room.setMode', { workshopId, mode: 'ideas' })
    const key = new URL(shell.roomUrl).searchParams.get('k')!
    const origin = new URL(shell.roomUrl).origin
    const base = (await record(page)).counts.at(-1) ?? 0

    const stopProfile = await profilePage(page, phones)
    // Join: every phone within the first second, then its live connection.
    const burstStart = wallNow()
    const joinTimes: number[] = []
    for (let i = 0; i < phones; i++) all.push(new Phone(origin, i))
    await Promise.all(
      all.map(async (phone) => {
        await pause((phone.index * 1000) / phones)
        const started = wallNow()
        await phone.join(key)
        joinTimes.push(wallNow() - started)
        phone.connect()
      }),
    )

    // Notes: each phone's five at random moments of the notes window; one phone in ten drops on its third.
    const sentAt = new Map<string, { at: number; dropped: boolean }>()
    const noteClients = new Map<string, string>()
    await Promise.all(
      all.map(async (phone) =>
        Promise.all(
          Array.from({ length: NOTES_PER_PHONE }, async (_, n) => {
            await pause(Math.random() * NOTES_WINDOW_MS)
            const clientId = `bench-${phone.index}-note-${n}`
            const dropped = phone.index % DROP_EVERY === 0 && n === 2
            const noteId = noteIdFor(phone.participantId, clientId)
            sentAt.set(noteId, { at: wallNow(), dropped })
            noteClients.set(noteId, clientId)
            const answer = await phone.submit(
              'submitNote',
              { clientId, text: `Idea ${n + 1} from phone ${phone.index + 1}`, kind: 'idea' },
              dropped,
            )
            if (!answer.json.ok) throw new Error(`note refused: ${JSON.stringify(answer.json.error)}`)
          }),
        ),
      ),
    )

    // Dots: the facilitator opens the vote; each phone places its four, one phone in ten drops on its second.
    await facilitator(shell, 'room.setMode', { workshopId, mode: 'vote', roundId: 'round-1' })
    const dotAnswers: number[] = []
    let dotsPlaced = 0
    await Promise.all(
      all.map(async (phone) =>
        Promise.all(
          Array.from({ length: DOTS_PER_PHONE }, async (_, n) => {
            await pause(Math.random() * DOTS_WINDOW_MS)
            const started = wallNow()
            const answer = await phone.submit(
              'placeDot',
              { clientId: `bench-${phone.index}-dot-${n}`, itemId: `t${(phone.index + n * 3) % THEMES}` },
              phone.index % DROP_EVERY === 0 && n === 1,
            )
            dotAnswers.push(wallNow() - started)
            if (answer.json.ok) dotsPlaced++
            else throw new Error(`dot refused: ${JSON.stringify(answer.json.error)}`)
          }),
        ),
      ),
    )
    const burstEnd = wallNow()

    // Wait until the board lists every note sent (or a minute passes: then some were lost).
    const expected = base + phones * NOTES_PER_PHONE
    const waitUntil = Date.now() + 60_000
    let recording = await record(page)
    while ((recording.counts.at(-1) ?? 0) < expected && Date.now() < waitUntil) {
      await pause(200)
      recording = await record(page)
    }
    await page.evaluate('window.__roomBench.running = false')
    await stopProfile()
    recording = await record(page)

    // When each note showed: the k-th note received is listed from the first frame with count >= base + k.
    const shownAt = new Map<string, number>()
    let frame = 0
    recording.added.forEach((noteId, k) => {
      while (frame < recording.frames.length && recording.counts[frame]! < base + k + 1) frame++
      if (frame < recording.frames.length && !shownAt.has(noteId)) shownAt.set(noteId, recording.frames[frame]!)
    })
    const latencies: number[] = []
    const undropped: number[] = []
    for (const [noteId, sent] of sentAt) {
      const shown = shownAt.get(noteId)
      if (shown === undefined) continue
      latencies.push(shown - sent.at)
      if (!sent.dropped) undropped.push(shown - sent.at)
    }
    const lastShown = Math.max(...shownAt.values())
    const burstFrames = recording.frames.filter((t) => t >= burstStart && t <= Math.max(burstEnd, lastShown))
    const frameGaps = intervals(burstFrames)

    // What the workshop holds: the notes and dots of these phones, from the facilitator API.
    const snapshot = await facilitator<{
      doc: {
        note: Record<string, { id: string; text: string }>
        vote: Record<string, { roundId: string; participantId: string | null; count: number }>
      }
    }>(shell, 'workshop.snapshot', { workshopId })
    const phoneIds = new Set(all.map((phone) => phone.participantId))
    const benchNotes = Object.values(snapshot.doc.note).filter(
      (note) => sentAt.has(note.id) || /^Idea \d from phone/.test(note.text),
    )
    const texts = new Map<string, number>()
    for (const note of benchNotes) texts.set(note.text, (texts.get(note.text) ?? 0) + 1)
    const notesArrived = [...sentAt.keys()].filter((id) => snapshot.doc.note[id]).length
    const notesDuplicated = [...texts.values()].reduce((sum, n) => sum + (n - 1), 0)
    const dotsCounted = Object.values(snapshot.doc.vote)
      .filter((vote) => vote.roundId === 'round-1' && vote.participantId !== null && phoneIds.has(vote.participantId))
      .reduce((sum, vote) => sum + vote.count, 0)
    await page.context().close()

    return {
      phones,
      notesSent: sentAt.size,
      notesArrived,
      notesDuplicated,
      dotsPlaced,
      dotsCounted,
      latencyP50Ms: round1(percentile(latencies, 50)),
      latencyP95Ms: round1(percentile(latencies, 95)),
      boardP95Ms: round1(percentile(frameGaps, 95)),
      latencyMaxMs: round1(Math.max(...latencies)),
      latencyP95UndroppedMs: round1(percentile(undropped, 95)),
      dotAnswerP50Ms: round1(percentile(dotAnswers, 50)),
      dotAnswerP95Ms: round1(percentile(dotAnswers, 95)),
      boardP50Ms: round1(percentile(frameGaps, 50)),
      boardMaxMs: round1(Math.max(...frameGaps)),
      boardFrames: frameGaps.length,
      drops: all.reduce((sum, phone) => sum + phone.drops, 0),
      resends: all.reduce((sum, phone) => sum + phone.resends, 0),
      burstMs: Math.round(burstEnd - burstStart),
      joinP95Ms: round1(percentile(joinTimes, 95)),
    }
  } finally {
    for (const phone of all) phone.close()
    await shell.stop()
    rmSync(dir, { recursive: true, force: true })
  }
}

export function roomVerdict(row: RoomRow): string {
  const goal = row.phones <= 60 ? 250 : 500
  const mark = (ok: boolean) => (ok ? 'ok' : 'OVER')
  return (
    `${row.phones} phones: notes ${row.notesSent} sent / ${row.notesArrived} arrived / ${row.notesDuplicated} duplicated, ` +
    `dots ${row.dotsPlaced} placed / ${row.dotsCounted} counted, ` +
    `latency p50 ${row.latencyP50Ms} ms, p95 ${row.latencyP95Ms} ms (${mark(row.latencyP95Ms <= goal)} ≤ ${goal}; ` +
    `without the dropped ${row.latencyP95UndroppedMs} ms), board frames p95 ${row.boardP95Ms} ms ` +
    `(${mark(row.boardP95Ms <= 17)} ≤ 17), ${row.drops} drops / ${row.resends} resends, burst ${row.burstMs} ms`
  )
}

export const roomScratch = () => mkdtempSync(join(tmpdir(), 'hk-bench-room-'))
