// What the shell tells the page in its address, read once at startup:
// - token: the browser shell opens the page as /?token=…; the host then sets an HttpOnly cookie. We also
//   keep the token (sessionStorage) for the X-Handlekraft-Token header and the events socket.
// - open: a workshop file to show first (`npm start -- file.handlekraft`, a double-clicked file in Electron).
// Both are taken out of the address bar so the token is not left in history, on the projector, or in a
// copied link, and a reload does not open the file a second time.
const TOKEN_STORAGE_KEY = 'handlekraft.token'

export interface LaunchPlace {
  location: Pick<Location, 'href'>
  history: Pick<History, 'replaceState' | 'state'>
  storage: Pick<Storage, 'getItem' | 'setItem'>
}

export interface LaunchParams {
  token: string | null
  openPath: string | null
}

export function takeLaunchParams(place: LaunchPlace): LaunchParams {
  const url = new URL(place.location.href)
  const tokenInUrl = url.searchParams.get('token')
  const openPath = url.searchParams.get('open') || null
  let token = tokenInUrl
  if (tokenInUrl) {
    try {
      place.storage.setItem(TOKEN_STORAGE_KEY, tokenInUrl)
    } catch {
      // Storage may be disabled; the cookie still authenticates, we only lose the header on reload.
    }
  } else {
    try {
      token = place.storage.getItem(TOKEN_STORAGE_KEY)
    } catch {
      token = null
    }
  }
  if (url.searchParams.has('token') || url.searchParams.has('open')) {
    url.searchParams.delete('token')
    url.searchParams.delete('open')
    try {
      place.history.replaceState(place.history.state, '', `${url.pathname}${url.search}${url.hash}`)
    } catch {
      // Some schemes (file://) may refuse; the parameters then only stay visible, nothing breaks.
    }
  }
  return { token, openPath }
}
