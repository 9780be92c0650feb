// What the facilitator should know about the file itself when it opens: that it is read-only (and how to
// edit anyway), and which side files of another database were moved aside.
import { useTranslation } from 'react-i18next'
import type { MirrorState } from '../editor/documentMirror'

export function FileNotices({ state }: { state: Pick<MirrorState, 'readOnly' | 'movedAside'> }) {
  const { t } = useTranslation()
  return (
    <>
      {state.readOnly && (
        <p className="notice read-only-banner" role="status">
          {t('workshop.readOnlyBanner')}
        </p>
      )}
      {state.movedAside.map((moved) => (
        <p key={moved.file} className="notice" role="status">
          {t('workshop.sideFileMovedAside', moved)}
        </p>
      ))}
    </>
  )
}
