// Headers sent with every answer, errors included: the page may load only our own code and talk only
// to us, cannot be framed, and does not leak the token-bearing URL as a referrer.
export function contentSecurityPolicy(port: number, hostNames: string[] = ['127.0.0.1', 'localhost']): string {
  const sockets = hostNames.map((name) => `ws://${name}:${port}`).join(' ')
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self' ${sockets}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ')
}

export function securityHeaders(port: number, hostNames?: string[]): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(port, hostNames),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
  }
}
