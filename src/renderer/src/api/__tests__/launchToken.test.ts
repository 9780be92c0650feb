import { describe, expect, it } from 'vitest'
import { takeLaunchToken, type TokenPlace } from '../launchToken'

function place(href: string, stored: string | null = null) {
  const storage = new Map<string, string>()
  if (stored) storage.set('handlekraft.token', stored)
  const replaced: string[] = []
  const value: TokenPlace = {
    location: { href },
    history: { state: null, replaceState: (_state, _title, url) => replaced.push(String(url)) },
    storage: { getItem: (key) => storage.get(key) ?? null, setItem: (key, v) => void storage.set(key, v) },
  }
  return { value, storage, replaced }
}

describe('takeLaunchToken', () => {
  it('takes the token from the URL, keeps it in storage and removes it from the address bar', () => {
    const p = place('http://127.0.0.1:4000/?token=abc&x=1#board')
    expect(takeLaunchToken(p.value)).toBe('abc')
    expect(p.storage.get('handlekraft.token')).toBe('abc')
    expect(p.replaced).toEqual(['/?x=1#board'])
  })

  it('falls back to the stored token after a reload', () => {
    const p = place('http://127.0.0.1:4000/', 'kept')
    expect(takeLaunchToken(p.value)).toBe('kept')
    expect(p.replaced).toEqual([])
  })

  it('answers null when there is none', () => {
    expect(takeLaunchToken(place('http://127.0.0.1:4000/').value)).toBeNull()
  })
})
