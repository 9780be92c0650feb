import { describe, expect, it } from 'vitest'
import { takeLaunchParams, type LaunchPlace } from '../launchParams'

function place(href: string) {
  const replaced: string[] = []
  const value: LaunchPlace = {
    location: { href },
    history: { state: null, replaceState: (_state, _title, url) => replaced.push(String(url)) },
  }
  return { value, replaced }
}

describe('takeLaunchParams', () => {
  it('removes the spent entry code from the address bar, keeping the rest', () => {
    const p = place('http://127.0.0.1:4000/?code=abc&x=1#board')
    expect(takeLaunchParams(p.value)).toEqual({ openPath: null })
    expect(p.replaced).toEqual(['/?x=1#board'])
  })

  it('takes the workshop to open, and removes it too', () => {
    const p = place(`http://127.0.0.1:4000/?code=abc&open=${encodeURIComponent('/home/m/Øster Åby.handlekraft')}`)
    expect(takeLaunchParams(p.value)).toEqual({ openPath: '/home/m/Øster Åby.handlekraft' })
    expect(p.replaced).toEqual(['/'])
  })

  it('leaves an address without launch parameters alone (a reload)', () => {
    const p = place('http://127.0.0.1:4000/?view=projector')
    expect(takeLaunchParams(p.value)).toEqual({ openPath: null })
    expect(p.replaced).toEqual([])
  })

  it('answers null for a file: page whose history refuses the change', () => {
    const p = place('file:///app/out/renderer/index.html?open=%2Fa.handlekraft')
    p.value.history.replaceState = () => {
      throw new Error('denied')
    }
    expect(takeLaunchParams(p.value)).toEqual({ openPath: '/a.handlekraft' })
  })
})
