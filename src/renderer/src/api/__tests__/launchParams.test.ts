import { describe, expect, it } from 'vitest'
import { takeLaunchParams, type LaunchPlace } from '../launchParams'

function place(href: string, stored: string | null = null) {
  const storage = new Map<string, string>()
  if (stored) storage.set('handlekraft.token', stored)
  const replaced: string[] = []
  const value: LaunchPlace = {
    location: { href },
    history: { state: null, replaceState: (_state, _title, url) => replaced.push(String(url)) },
    storage: { getItem: (key) => storage.get(key) ?? null, setItem: (key, v) => void storage.set(key, v) },
  }
  return { value, storage, replaced }
}

describe('takeLaunchParams', () => {
  it('takes the token from the URL, keeps it in storage and removes it from the address bar', () => {
    const p = place('http://127.0.0.1:4000/?token=abc&x=1#board')
    expect(takeLaunchParams(p.value)).toEqual({ token: 'abc', openPath: null })
    expect(p.storage.get('handlekraft.token')).toBe('abc')
    expect(p.replaced).toEqual(['/?x=1#board'])
  })

  it('takes the workshop to open, and removes it too', () => {
    const p = place(`http://127.0.0.1:4000/?token=abc&open=${encodeURIComponent('/home/m/Øster Åby.handlekraft')}`)
    expect(takeLaunchParams(p.value)).toEqual({ token: 'abc', openPath: '/home/m/Øster Åby.handlekraft' })
    expect(p.replaced).toEqual(['/'])
  })

  it('falls back to the stored token after a reload, leaving the address alone', () => {
    const p = place('http://127.0.0.1:4000/', 'kept')
    expect(takeLaunchParams(p.value)).toEqual({ token: 'kept', openPath: null })
    expect(p.replaced).toEqual([])
  })

  it('answers nulls when there is nothing, even if storage throws', () => {
    const p = place('file:///app/out/renderer/index.html')
    p.value.storage.getItem = () => {
      throw new Error('denied')
    }
    expect(takeLaunchParams(p.value)).toEqual({ token: null, openPath: null })
  })
})
