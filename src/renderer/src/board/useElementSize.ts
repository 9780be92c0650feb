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
  const [loaded, setLoaded] = useState(false)
  useLayoutEffect(() => {
    let alive = true
    const fonts = document.fonts
    if (!fonts) {
      setLoaded(true)
      return
    }
    Promise.all([fonts.load(`400 16px ${font}`), fonts.load(`600 16px ${font}`)])
      .catch(() => undefined)
      .then(() => {
        clearNoteTextLayouts()
        if (alive) setLoaded(true)
      })
    return () => {
      alive = false
    }
  }, [font])
  return loaded
}
