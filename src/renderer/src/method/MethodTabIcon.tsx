// A small line drawing per Method tab, so the tabs fit one row of the panel at 1280x720: where the panel is
// narrow only the chosen tab spells out its name, the others show their drawing (and their name on hover; the
// accessible name is always the full one). Drawn in currentColor, no icon font (offline, no dependency).
import type { MethodTab } from './MethodPanel'

const PATHS: Record<MethodTab, React.ReactNode> = {
  // Sliders: settings of the workshop.
  setup: (
    <>
      <path d="M4 7h16M4 17h16" />
      <circle cx="9" cy="7" r="2.4" fill="currentColor" />
      <circle cx="15" cy="17" r="2.4" fill="currentColor" />
    </>
  ),
  // A clock: the agenda and its timer.
  agenda: (
    <>
      <circle cx="12" cy="12" r="8.5" />
      <path d="M12 7.5V12l3.2 2.2" />
    </>
  ),
  // Notes gathered in one outline: a theme.
  themes: (
    <>
      <rect x="3" y="3" width="18" height="18" rx="3" />
      <rect x="6.5" y="6.5" width="4.5" height="4.5" fill="currentColor" />
      <rect x="13" y="6.5" width="4.5" height="4.5" fill="currentColor" />
      <rect x="6.5" y="13" width="4.5" height="4.5" fill="currentColor" />
    </>
  ),
  // Three dots: dot voting.
  voting: (
    <>
      <circle cx="6" cy="14" r="2.8" fill="currentColor" />
      <circle cx="12" cy="8" r="2.8" fill="currentColor" />
      <circle cx="18" cy="14" r="2.8" fill="currentColor" />
    </>
  ),
  // A flag: an action project with a goal.
  projects: (
    <>
      <path d="M6 21V4" />
      <path d="M6 4.5h11l-2.5 4 2.5 4H6" fill="currentColor" fillOpacity="0.35" />
    </>
  ),
  // Two actors and what flows between them: sharing.
  sharing: (
    <>
      <circle cx="6" cy="12" r="3.2" />
      <circle cx="18" cy="12" r="3.2" />
      <path d="M9.5 10.2h5M13 8.4l1.8 1.8M14.5 13.8h-5M11 15.6l-1.8-1.8" />
    </>
  ),
  // A phone with a signal: the room, participants' phones.
  room: (
    <>
      <rect x="5" y="4" width="9" height="16" rx="2" />
      <path d="M8.5 17h2" />
      <path d="M17 9.5a3.5 3.5 0 0 1 0 5M19.5 7a7 7 0 0 1 0 10" />
    </>
  ),
}

export function MethodTabIcon({ tab }: { tab: MethodTab }) {
  return (
    <svg
      className="method-tab-icon"
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      {PATHS[tab]}
    </svg>
  )
}
