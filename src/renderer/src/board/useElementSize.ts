// The size of an element, kept current with a ResizeObserver (window resizes, panels opening).
import { useLayoutEffect, useState } from 'react'
import { clearNoteTextLayouts } from './noteText'

export function useElementSize(ref: React.RefObject<HTMLElement | null>): { width: number; height: number } {
  const [size, setSize] = useState({ width: 0, height: 0 })
  useLayoutEffect(() => {
    const element = ref.current
    if (!element) return
    const measure = () => {
      const { width, height } = element.getBoundingClientRect()
      setSize((old) =>
        old.width === Math.floor(width) && old.height === Math.floor(height)
          ? old
          : { width: Math.floor(width), height: Math.floor(height) },
      )
    }
    measure()
    const observer = new ResizeObserver(measure)
    observer.observe(element)
    return () => observer.disconnect()
  }, [ref])
  return size
}

/** Konva measures text when it is set; redraw once the bundled font has loaded so notes use it. */
export function useFontLoaded(font: string): boolean {
  // Usually it has loaded long before (loadBoardFont runs as the app starts): then the board's first drawing
  // uses it, and there is no second one (a new layer, every note's text measured again) right after opening.
  const [loaded, setLoaded] = useState(() => loadedFonts.has(font))
  useLayoutEffect(() => {
    const loading = loadBoardFont(font)
    if (loadedFonts.has(font)) return setLoaded(true)
    let alive = true
    void loading.then(() => {
      if (alive) setLoaded(true)
    })
    return () => {
      alive = false
    }
  }, [font])
  return loaded
}

/** Fonts whose regular and semibold faces have loaded (or could not: then the fallback is final). */
const loadedFonts = new Set<string>()
const loadingFonts = new Map<string, Promise<void>>()

/** Loads the two weights the board draws with, once per page; text measured before is measured again. */
export function loadBoardFont(font: string): Promise<void> {
  let loading = loadingFonts.get(font)
  if (!loading) {
    const fonts = typeof document === 'undefined' ? undefined : document.fonts
    if (!fonts) loadedFonts.add(font) // nothing to wait for: the fallback is all there is
    loading = (fonts ? Promise.all([fonts.load(`400 16px ${font}`), fonts.load(`600 16px ${font}`)]) : Promise.resolve())
      .catch(() => undefined)
      .then(() => {
        clearNoteTextLayouts()
        loadedFonts.add(font)
      })
    loadingFonts.set(font, loading)
  }
  return loading
}
