// App-wide hardening, installed once before the first window: no navigation away from our page, no new
// windows, no webviews, no permissions, and a CSP on every response.
import { app, session, type WebContents } from 'electron'
import { electronContentSecurityPolicy, isOwnRendererUrl, type RendererLocation } from './rendererLocation'

function guardContents(contents: WebContents, location: RendererLocation): void {
  contents.on('will-navigate', (event) => {
    if (!isOwnRendererUrl(event.url, location)) event.preventDefault()
  })
  contents.on('will-redirect', (event) => {
    if (!isOwnRendererUrl(event.url, location)) event.preventDefault()
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(() => ({ action: 'deny' }))
}

export function hardenApp(location: RendererLocation): void {
  app.on('web-contents-created', (_event, contents) => guardContents(contents, location))

  const ses = session.defaultSession
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))

  const csp = electronContentSecurityPolicy(location)
  ses.webRequest.onHeadersReceived((details, callback) => {
    // Drop any CSP the source sent (the dev server) so ours is the one in force, not an intersection.
    const headers = Object.fromEntries(
      Object.entries(details.responseHeaders ?? {}).filter(
        ([name]) => name.toLowerCase() !== 'content-security-policy',
      ),
    )
    callback({ responseHeaders: { ...headers, 'Content-Security-Policy': [csp] } })
  })
}
