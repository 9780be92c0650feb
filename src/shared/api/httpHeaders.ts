// The browser shell's own HTTP headers, named once for the page (renderer/src/api/webBridge.ts) and the host
// (src/main/host). Header names are case-insensitive: Node hands them to the host in lower case, so the host looks
// them up with `.toLowerCase()`.

/** The per-launch token, for calls that do not carry the cookie. */
export const TOKEN_HEADER = 'X-Handlekraft-Token'
/** Present: the projector page says so, and the host sends it a filtered copy (src/main/api/viewFilter.ts). */
export const VIEW_HEADER = 'X-Handlekraft-View'
