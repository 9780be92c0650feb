// Headless system Chromium for the bench, with the flags that keep frame timing honest.
import { chromium, type Browser } from 'playwright-core'
import { STANDARD_CHROMIUM_ARGS } from '../src/main/host/chromiumFlags'


/**
 * For measuring: a headless page counts as hidden/occluded to some of Chromium's power savers, which would
 * throttle timers and requestAnimationFrame; these keep it running as a focused, visible window would.
 * `--enable-precise-memory-info` makes performance.memory exact instead of bucketed (kept for people poking
 * at the page; heapMB itself comes from CDP). Vsync stays on: rAF runs at 60 Hz, as on a typical screen.
 */
const MEASURING_ARGS = [
  '--disable-renderer-backgrounding',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  '--disable-features=CalculateNativeWinOcclusion',
  '--enable-precise-memory-info',
]

export function chromiumPath(): string {
  return process.env.CHROME_PATH || '/usr/bin/chromium'
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [...STANDARD_CHROMIUM_ARGS, ...MEASURING_ARGS],
  })
}
