import { mkdtempSync, readFileSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it, vi } from 'vitest'
import { createEntryCodes } from '../entryCodes'
import { launchPageHtml, writeLaunchPage } from '../launchPage'

describe('entry codes', () => {
  it('are 32 random bytes in base64url and work exactly once', () => {
    const codes = createEntryCodes()
    const code = codes.issue({ lifetimeMs: null })
    expect(code).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(codes.issue({ lifetimeMs: null })).not.toBe(code)
    expect(codes.redeem(code)).toBe(true)
    expect(codes.redeem(code)).toBe(false)
  })

  it('expire after their lifetime, used or not', () => {
    let now = 1_000
    const codes = createEntryCodes(() => now)
    const early = codes.issue({ lifetimeMs: 60_000 })
    const late = codes.issue({ lifetimeMs: 60_000 })
    now += 59_999
    expect(codes.redeem(early)).toBe(true)
    now += 1
    expect(codes.redeem(late)).toBe(false)
  })

  it('refuse unknown, empty, absurdly long or missing codes', () => {
    const codes = createEntryCodes()
    const code = codes.issue({ lifetimeMs: null })
    for (const guess of [code.toUpperCase(), `${code}x`, code.slice(1), '', 'x'.repeat(10_000), null, undefined])
      expect(codes.redeem(guess)).toBe(false)
    expect(codes.redeem(code)).toBe(true)
  })

  it('call onUse once, when spent, and never for a refused code', () => {
    const codes = createEntryCodes()
    const onUse = vi.fn()
    const code = codes.issue({ lifetimeMs: null, onUse })
    codes.redeem('wrong')
    expect(onUse).not.toHaveBeenCalled()
    codes.redeem(code)
    codes.redeem(code)
    expect(onUse).toHaveBeenCalledTimes(1)
  })
})

describe('the launch page', () => {
  it('forwards to the entry address at once, sends no referrer, and escapes the address', () => {
    const html = launchPageHtml('http://127.0.0.1:1/?code=a&open=%2Fx"><script>')
    expect(html).toContain(
      '<meta http-equiv="refresh" content="0; url=http://127.0.0.1:1/?code=a&amp;open=%2Fx&quot;&gt;&lt;script&gt;">',
    )
    expect(html).toContain('<meta name="referrer" content="no-referrer">')
    expect(html).not.toContain('<script>')
  })

  it('is written for this user only, named by a file: address that holds no secret, and removable', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hk-launch-'))
    const page = writeLaunchPage(dir, 'http://127.0.0.1:1/?code=secret-code')
    const path = fileURLToPath(page.fileUrl)
    expect(page.fileUrl).not.toContain('secret-code')
    expect(statSync(path).mode & 0o777).toBe(0o600)
    expect(readFileSync(path, 'utf8')).toContain('secret-code')
    page.remove()
    expect(() => statSync(path)).toThrow()
  })
})
