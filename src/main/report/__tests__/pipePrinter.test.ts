// The printer's failures that need no report page: a browser that cannot start is "no browser was found",
// whether the export started it or start() did ahead of time.
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { demoDocInMemory } from '../../demo/inMemoryDemo'
import { ReportOptions } from '@shared/report/reportOptions'
import { createPipePrinter } from '../pipePrinter'

const job = () => ({
  doc: demoDocInMemory('en'),
  options: ReportOptions.parse({ language: 'en' }),
  out: path.join(os.tmpdir(), 'handlekraft-never-written.pdf'),
})

describe('the pipe printer without a working browser', () => {
  it('says no browser was found when Chromium cannot start', async () => {
    const printer = createPipePrinter({ rendererDir: os.tmpdir(), env: { CHROME_PATH: '/bin/false', PATH: '' } })
    try {
      await expect(printer.pdf(job())).rejects.toMatchObject({ code: 'no-browser' })
    } finally {
      await printer.close()
    }
  })

  it('says the same when start() launched it ahead of the export, and close() still ends cleanly', async () => {
    const printer = createPipePrinter({ rendererDir: os.tmpdir(), env: { CHROME_PATH: '/bin/false', PATH: '' } })
    printer.start()
    try {
      await expect(printer.pdf(job())).rejects.toMatchObject({ code: 'no-browser' })
    } finally {
      await printer.close()
    }
  })
})
