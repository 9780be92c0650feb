// The browser shell opens the page as /?token=…; the host then sets an HttpOnly cookie. We also keep the
// token for the X-Handlekraft-Token header and the events socket, and take it out of the address bar so it
// is not left in history, screenshots of the projector, or a copied link.
const STORAGE_KEY = 'handlekraft.token'
const PARAM = 'token'

export interface TokenPlace {
  location: Pick<Location, 'href'>
  history: Pick<History, 'replaceState' | 'state'>
  storage: Pick<Storage, 'getItem' | 'setItem'>
}

export function takeLaunchToken(place: TokenPlace): string | null {
  const url = new URL(place.location.href)
  const fromUrl = url.searchParams.get(PARAM)
  if (fromUrl) {
    try {
      place.storage.setItem(STORAGE_KEY, fromUrl)
    } catch {
      // Storage may be disabled; the cookie still authenticates, we only lose it on reload.
    }
    url.searchParams.delete(PARAM)
    place.history.replaceState(place.history.state, '', `${url.pathname}${url.search}${url.hash}`)
    return fromUrl
  }
  try {
    return place.storage.getItem(STORAGE_KEY)
  } catch {
    return null
  }
}
