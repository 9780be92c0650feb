// What the shell tells the page in its address, read once at startup:
// - code: the one-time entry code the browser shell's host has already spent (in exchange for an HttpOnly
//   session cookie) when it served this page. The page never sees the session token itself.
// - open: a workshop file to show first (`npm start -- file.handlekraft`, a double-clicked file in Electron).
// Both are taken out of the address bar so they are not left in history, on the projector, or in a copied
// link, and a reload does not open the file a second time.
export interface LaunchPlace {
  location: Pick<Location, 'href'>
  history: Pick<History, 'replaceState' | 'state'>
}

export interface LaunchParams {
  openPath: string | null
}

const LAUNCH_KEYS = ['code', 'open'] as const

export function takeLaunchParams(place: LaunchPlace): LaunchParams {
  const url = new URL(place.location.href)
  const openPath = url.searchParams.get('open') || null
  if (LAUNCH_KEYS.some((key) => url.searchParams.has(key))) {
    for (const key of LAUNCH_KEYS) url.searchParams.delete(key)
    try {
      place.history.replaceState(place.history.state, '', `${url.pathname}${url.search}${url.hash}`)
    } catch {
      // Some schemes (file://) may refuse; the parameters then only stay visible, nothing breaks.
    }
  }
  return { openPath }
}
