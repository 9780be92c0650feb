// A real API with a room on 127.0.0.1 (never a LAN address), a fake participant page build, and a tiny HTTP
// client that controls every header (Host, Origin, Cookie) the way a phone's browser or an attacker would.
import fs from 'node:fs'
import { request } from 'node:http'
import os from 'node:os'
import path from 'node:path'
import type { ApiEvent } from '@shared/api/contract'
import type { RoomStatus } from '@shared/room/contract'
import { createApi } from '../../api/createApi'
import type { Api } from '../../api/types'

export interface Answer {
  status: number
  headers: Record<string, string | string[] | undefined>
  text: string
  json: any // eslint-disable-line @typescript-eslint/no-explicit-any -- answers are checked field by field
}

export function fakeRendererDir(dir: string): string {
  const renderer = path.join(dir, 'renderer')
  fs.mkdirSync(path.join(renderer, 'assets'), { recursive: true })
  fs.writeFileSync(
    path.join(renderer, 'participant.html'),
    '<!doctype html><script type="module" src="./assets/participant-abc.js"></script><link rel="stylesheet" href="./assets/participant-abc.css">',
  )
  fs.writeFileSync(path.join(renderer, 'assets', 'participant-abc.js'), 'import "./shared-xyz.js"')
  fs.writeFileSync(path.join(renderer, 'assets', 'shared-xyz.js'), 'export {}')
  fs.writeFileSync(path.join(renderer, 'assets', 'participant-abc.css'), 'body{font-family:x;src:url(./font-1.woff2)}')
  fs.writeFileSync(path.join(renderer, 'assets', 'font-1.woff2'), 'font')
  fs.writeFileSync(path.join(renderer, 'index.html'), '<!doctype html>the facilitator app')
  fs.writeFileSync(path.join(renderer, 'assets', 'index-secret.js'), 'the facilitator bundle')
  return renderer
}

export async function roomApi(dir: string): Promise<{ api: Api; events: ApiEvent[]; workshopId: string }> {
  const api = createApi({
    shell: 'browser',
    appDataDir: path.join(dir, 'app'),
    workshopsFolder: path.join(dir, 'workshops'),
    locale: 'da-DK',
    room: { host: '127.0.0.1', rendererDir: fakeRendererDir(dir) },
  })
  const events: ApiEvent[] = []
  api.onEvent((event) => events.push(event))
  const created = await api.call('workshop.create', { title: 'Borgermøde', language: 'da', template: 'strengths-map' })
  if (!created.ok) throw new Error(JSON.stringify(created.error))
  return { api, events, workshopId: (created.value as { workshopId: string }).workshopId }
}

export async function ok<T>(promise: Promise<{ ok: boolean; value?: unknown; error?: unknown }>): Promise<T> {
  const result = await promise
  if (!result.ok) throw new Error(JSON.stringify(result.error))
  return result.value as T
}

export const tempDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'handlekraft-room-'))

export function send(
  status: RoomStatus,
  pathname: string,
  options: {
    method?: string
    body?: unknown
    rawBody?: string
    cookie?: string
    host?: string
    origin?: string
    contentType?: string
  } = {},
): Promise<Answer> {
  const url = new URL(status.join!.typedUrl)
  const body = options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body))
  const headers: Record<string, string> = { host: options.host ?? url.host }
  if (body !== undefined) headers['content-type'] = options.contentType ?? 'application/json'
  if (options.cookie) headers.cookie = options.cookie
  if (options.origin) headers.origin = options.origin
  return new Promise((resolveAnswer, rejectAnswer) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: Number(url.port),
        path: pathname,
        method: options.method ?? (body ? 'POST' : 'GET'),
        headers,
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8')
          let json: unknown = null
          try {
            json = JSON.parse(text)
          } catch {
            // not JSON: a page or a plain refusal
          }
          resolveAnswer({ status: res.statusCode ?? 0, headers: res.headers, text, json })
        })
      },
    )
    req.on('error', rejectAnswer)
    if (body !== undefined) req.write(body)
    req.end()
  })
}

/** The device cookie a join answer set, as the phone's browser would send it back. */
export function cookieFrom(answer: Answer): string {
  const setCookie = answer.headers['set-cookie']
  const first = Array.isArray(setCookie) ? setCookie[0] : setCookie
  if (!first) throw new Error(`no cookie in ${answer.status} ${answer.text}`)
  return first.split(';')[0]!
}

/**
 * Themes t0…t(n-1) (named "Tema 0"…) and an open voting round `r1` on them, with the room's phones set to vote.
 * Answers the themes' ids.
 */
export async function openThemeRound(
  api: Api,
  workshopId: string,
  { items, dots = 3, maxPerItem = 2 }: { items: number; dots?: number; maxPerItem?: number },
): Promise<string[]> {
  const apply = (command: { name: string; args: unknown }) => ok(api.call('workshop.apply', { workshopId, command }))
  const themes = Array.from({ length: items }, (_, i) => ({ id: `t${i}`, name: `Tema ${i}`, color: '#e76f51' }))
  for (const theme of themes) await apply({ name: 'createTheme', args: { ...theme, noteIds: [] } })
  const optionIds = themes.map((theme) => theme.id)
  await apply({
    name: 'startVotingRound',
    args: { id: 'r1', title: 'Temaer', target: 'themes', optionIds, dotsPerParticipant: dots, maxPerItem },
  })
  await ok(api.call('room.setMode', { workshopId, mode: 'vote' }))
  return optionIds
}
