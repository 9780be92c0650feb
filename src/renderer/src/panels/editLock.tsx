// A read-only workshop (a file nobody may write, a read-only share or disc) can be looked at, presented and
// exported, but not changed: every editing control is disabled from this one flag, and says why in its
// tooltip and accessible description (the banner's text, shortened). Viewing, presenting and exporting
// controls never use it. Main refuses edits of a read-only workshop anyway; this keeps the UI honest.
import { createContext, useContext, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import './editLock.css'

/** Whether the open workshop is read-only; App provides it from the workshop's snapshot. */
export const ReadOnlyContext = createContext(false)

/** The id of the hidden text every locked control is described by. */
export const READ_ONLY_REASON_ID = 'read-only-reason'

export interface EditLock {
  locked: boolean
  /** Spread onto a locked control: its tooltip and accessible description. Empty when not locked. */
  reason: { title?: string; 'aria-describedby'?: string }
}

export function useEditLock(): EditLock {
  const locked = useContext(ReadOnlyContext)
  const { t } = useTranslation()
  return { locked, reason: locked ? { title: t('readOnly.reason'), 'aria-describedby': READ_ONLY_REASON_ID } : {} }
}

/** The reason as text in the page, for aria-describedby; shown once, only in a read-only workshop. */
export function ReadOnlyReason() {
  const { t } = useTranslation()
  const { locked } = useEditLock()
  if (!locked) return null
  return (
    <span id={READ_ONLY_REASON_ID} className="visually-hidden">
      {t('readOnly.reason')}
    </span>
  )
}

/**
 * Disables every form control inside at once (a disabled fieldset), for parts of the Method panel that only
 * edit. Without a lock it is a plain wrapper, so it changes no layout.
 */
export function EditLockGroup({ children }: { children: ReactNode }) {
  const { locked, reason } = useEditLock()
  if (!locked) return <>{children}</>
  return (
    <fieldset className="edit-lock" disabled {...reason}>
      {children}
    </fieldset>
  )
}
