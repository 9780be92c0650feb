import { describe, expect, it } from 'vitest'
import { createToken, tokensEqual } from '../token'
import { parseCookies } from '../requestChecks'

describe('launch token', () => {
  it('is 32 random bytes in base64url, different every launch', () => {
    const a = createToken()
    const b = createToken()
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(a).not.toBe(b)
  })

  it('compares equal only to itself, whatever the length of the guess', () => {
    const token = createToken()
    expect(tokensEqual(token, token)).toBe(true)
    expect(tokensEqual(token, token.slice(0, -1))).toBe(false)
    expect(tokensEqual(token, token + 'x')).toBe(false)
    expect(tokensEqual(token, '')).toBe(false)
    expect(tokensEqual(token, undefined)).toBe(false)
    expect(tokensEqual(token, null)).toBe(false)
  })
})

describe('parseCookies', () => {
  it('reads name=value pairs and keeps the first of a repeated name', () => {
    const cookies = parseCookies('a=1; hk_token=abc-_; hk_token=later; junk; =x')
    expect(cookies.get('a')).toBe('1')
    expect(cookies.get('hk_token')).toBe('abc-_')
    expect(cookies.has('junk')).toBe(false)
  })
  it('handles a missing header', () => {
    expect(parseCookies(undefined).size).toBe(0)
  })
})
