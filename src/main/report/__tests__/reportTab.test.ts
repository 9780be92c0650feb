// The report tab's requests: only the built renderer's files on the private origin are answered; everything
// else is refused before it reaches any network, and no path leaves the renderer folder.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { REPORT_ORIGIN, reportResponse } from '../reportTab'

let rendererDir: string

beforeAll(() => {
  rendererDir = fs.mkdtempSync(path.join(os.tmpdir(), 'handlekraft-report-tab-'))
  fs.writeFileSync(path.join(rendererDir, 'report.html'), '<!doctype html><title>r</title>')
  fs.mkdirSync(path.join(rendererDir, 'assets'))
  fs.writeFileSync(path.join(rendererDir, 'assets', 'report.js'), 'export {}')
  fs.writeFileSync(path.join(os.tmpdir(), 'handlekraft-report-tab-secret.txt'), 'secret')
})

afterAll(() => {
  fs.rmSync(rendererDir, { recursive: true, force: true })
  fs.rmSync(path.join(os.tmpdir(), 'handlekraft-report-tab-secret.txt'), { force: true })
})

describe('what the report tab may load', () => {
  it('answers the built files of our private origin with their type', async () => {
    const page = await reportResponse(rendererDir, `${REPORT_ORIGIN}/report.html`)
    expect(page).toMatchObject({ blocked: false, status: 200, contentType: 'text/html; charset=utf-8' })
    expect(page.blocked === false && page.body.toString()).toContain('<title>r</title>')
    const script = await reportResponse(rendererDir, `${REPORT_ORIGIN}/assets/report.js?v=1`)
    expect(script).toMatchObject({ blocked: false, status: 200, contentType: 'text/javascript; charset=utf-8' })
  })

  it('refuses every other origin: the network, loopback, file:// and look-alikes', async () => {
    for (const url of [
      'https://example.com/font.woff2',
      'http://127.0.0.1:9/x',
      'file:///etc/passwd',
      'http://report.handlekraft.invalid.example.com/report.html',
      'https://report.handlekraft.invalid/report.html',
    ]) {
      expect(await reportResponse(rendererDir, url), url).toEqual({ blocked: true })
    }
  })

  it('answers 404 for a missing file, a folder or a path that climbs out of the renderer folder', async () => {
    for (const pathname of [
      '/nothing.js',
      '/assets',
      '/../handlekraft-report-tab-secret.txt',
      '/%2e%2e/handlekraft-report-tab-secret.txt',
    ]) {
      expect(await reportResponse(rendererDir, `${REPORT_ORIGIN}${pathname}`), pathname).toMatchObject({
        blocked: false,
        status: 404,
      })
    }
  })
})
