// Entry point of the participants' phone page (served by the room server, issue 13). No Konva, no i18next, no zod:
// React and the phone's own small catalog only (budget: 150 kB of JavaScript gzipped, checked by the build).
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { PhoneApp } from './PhoneApp'
import { phoneLanguage } from './phoneText'
import { RoomSession } from './roomSession'
import './participant.css'

let counter = 0
const session = new RoomSession({
  fetch: window.fetch.bind(window),
  openSocket: (url) => new WebSocket(url),
  storage: (() => {
    try {
      return window.localStorage
    } catch {
      return null
    }
  })(),
  location: window.location,
  replaceUrl: (url) => window.history.replaceState(null, '', url),
  language: phoneLanguage(navigator.language),
  // randomUUID needs a secure context, which http://192.168.x.y is not: fall back to getRandomValues.
  newId: () =>
    typeof crypto.randomUUID === 'function' && window.isSecureContext
      ? crypto.randomUUID()
      : `${Array.from(crypto.getRandomValues(new Uint8Array(12)), (b) => b.toString(16).padStart(2, '0')).join('')}${(counter++).toString(36)}`,
  setTimer: (run, ms) => window.setTimeout(run, ms),
})

const root = document.getElementById('root')
if (!root) throw new Error('participant.html has no #root')
createRoot(root).render(
  <StrictMode>
    <PhoneApp session={session} />
  </StrictMode>,
)
void session.start()
window.addEventListener('offline', () => session.networkChanged(false))
window.addEventListener('online', () => session.networkChanged(true))
