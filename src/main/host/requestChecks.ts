// The three gates every request passes before it reaches a route: the Host header (against DNS
// rebinding), the Origin header (against other sites driving the API), and the launch token.
import type { IncomingMessage } from 'node:http'
import { TOKEN_HEADER } from '@shared/api/httpHeaders'
import { TOKEN_COOKIE, tokensEqual } from './token'

/** The names the page may use to reach us: loopback by default, plus an explicitly chosen address. */
export function allowedHostNames(boundAddress: string): string[] {
  const names = ['127.0.0.1', 'localhost']
  if (!names.includes(boundAddress) && boundAddress !== '0.0.0.0' && boundAddress !== '::') {
    names.push(boundAddress.includes(':') ? `[${boundAddress}]` : boundAddress)
  }
  return names
}

/** `Host` must name one of our addresses with our port exactly; anything else is a rebinding attempt. */
export function isAllowedHost(hostHeader: string | undefined, port: number, hostNames: string[]): boolean {
  if (!hostHeader) return false
  return hostNames.some((name) => hostHeader.toLowerCase() === `${name}:${port}`)
}

/** `Origin` is optional (same-origin GETs omit it), but when present it must be our own page. */
export function isAllowedOrigin(originHeader: string | undefined, port: number, hostNames: string[]): boolean {
  if (originHeader === undefined) return true
  return hostNames.some((name) => originHeader.toLowerCase() === `http://${name}:${port}`)
}

export function parseCookies(cookieHeader: string | undefined): Map<string, string> {
  const cookies = new Map<string, string>()
  if (!cookieHeader) return cookies
  for (const part of cookieHeader.split(';')) {
    const eq = part.indexOf('=')
    if (eq <= 0) continue
    const name = part.slice(0, eq).trim()
    const value = part.slice(eq + 1).trim()
    // The first cookie of a name wins, as browsers send the most specific one first.
    if (!cookies.has(name)) cookies.set(name, value)
  }
  return cookies
}

/** The token a request carries in our cookie or header (the query-string token is only for the entry page). */
export function carriedToken(req: IncomingMessage): string | undefined {
  const header = req.headers[TOKEN_HEADER.toLowerCase()]
  if (typeof header === 'string' && header.length > 0) return header
  return parseCookies(req.headers.cookie).get(TOKEN_COOKIE)
}

export function hasValidToken(req: IncomingMessage, token: string): boolean {
  return tokensEqual(token, carriedToken(req))
}

export function tokenCookie(token: string): string {
  return `${TOKEN_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`
}
