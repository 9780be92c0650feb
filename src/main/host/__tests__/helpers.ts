// Test helpers: a fake Api that records calls, a tiny built renderer in a temp folder, and a raw HTTP
// client (fetch would not let the tests forge Host or Origin headers).
import { request as httpRequest } from 'node:http'
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ApiEvent } from '@shared/api/contract'
import type { Api } from '../../api/types'

export interface FakeApi extends Api {
  calls: Array<{ method: string; input: unknown }>
  emit(event: ApiEvent): void
  listenerCount(): number
}

export function fakeApi(): FakeApi {
  const listeners = new Set<(event: ApiEvent) => void>()
  const calls: Array<{ method: string; input: unknown }> = []
  return {
    calls,
    async call(method, input) {
      calls.push({ method, input })
      return { ok: true, value: { echoed: method, input } } as never
    },
    onEvent(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    closeAll() {},
    emit(event) {
      for (const listener of listeners) listener(event)
    },
    listenerCount: () => listeners.size,
  }
}

export const INDEX_HTML = '<!doctype html><title>Handlekraft test</title><script src="./assets/app.js"></script>'

export function fakeRenderer(): string {
  const root = mkdtempSync(join(tmpdir(), 'hk-host-test-'))
  const dir = join(root, 'renderer')
  mkdirSync(join(dir, 'assets'), { recursive: true })
  writeFileSync(join(dir, 'index.html'), INDEX_HTML)
  writeFileSync(join(dir, 'assets', 'app.js'), 'console.log(1)')
  writeFileSync(join(dir, 'assets', 'app.css'), 'body{}')
  writeFileSync(join(dir, 'assets', 'font.woff2'), Buffer.from([0x77, 0x4f, 0x46, 0x32]))
  writeFileSync(join(dir, 'assets', 'logo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]))
  writeFileSync(join(dir, 'assets', 'icon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>')
  // A file next to the renderer folder that traversal attempts aim for.
  writeFileSync(join(root, 'secret.txt'), 'do not serve me')
  return dir
}

export interface RawResponse {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
}

export function send(
  port: number,
  options: { path: string; method?: string; headers?: Record<string, string>; body?: string | Buffer },
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port,
        path: options.path,
        method: options.method ?? 'GET',
        // Default to what a real page sends; tests override Host/Origin to forge requests.
        headers: { host: `127.0.0.1:${port}`, ...options.headers },
        setHost: false,
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }),
        )
        res.on('error', reject)
      },
    )
    req.on('error', reject)
    if (options.body !== undefined) req.write(options.body)
    req.end()
  })
}
