// The few browser globals the bench's in-page functions use. bench/ is compiled with the Node tsconfig
// (no DOM library, on purpose: main-side code must not see DOM types), so functions sent to page.evaluate
// reach these through `globalThis as unknown as PageGlobals`. Types only: nothing here runs.

export interface PageElement {
  dataset: Record<string, string | undefined>
}

export interface PageGlobals {
  document: {
    querySelector(selector: string): PageElement | null
    addEventListener(type: string, listener: () => void, options: { capture: boolean; once: boolean }): void
  }
  requestAnimationFrame(callback: (time: number) => void): number
  /** Where the bench keeps its frame recording between page.evaluate calls. */
  __benchFrames?: { times: number[]; views: (string | null)[]; drawing: (string | null)[]; running: boolean }
  /** The timeStamp of the last wheel event the page received (performance.now() clock). */
  __benchLastWheel?: number
  addEventListener(type: string, listener: (event: { timeStamp: number }) => void, options: { capture: boolean }): void
}
