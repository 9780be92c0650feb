// The quiet "Saved" in the top bar (issue 10): every change is in the workshop file when its call returns, so
// this only says whether one is still on its way ("Saving…") and where the file is. Hovering shows the full
// path; a click unfolds it with a Copy button, so a facilitator can find the file again after the evening.
import { useState, useSyncExternalStore } from 'react'
import { useTranslation } from 'react-i18next'
import type { WorkshopCommands } from '../editor/workshopCommands'
import { Disclosure } from './Disclosure'

export function SavedIndicator({ commands, path }: { commands: WorkshopCommands; path: string }) {
  const { t } = useTranslation()
  const saving = useSyncExternalStore(commands.onSavingChange, commands.isSaving)
  const [copied, setCopied] = useState<'copied' | 'failed' | null>(null)
  const name = t(saving ? 'stage.savingIn' : 'stage.savedIn', { path })

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(path)
      setCopied('copied')
    } catch {
      // No clipboard (an old or locked-down browser): the path is selected in its field, ready for Ctrl+C.
      document.querySelector<HTMLInputElement>('.saved-path')?.select()
      setCopied('failed')
    }
  }

  return (
    <Disclosure
      className={saving ? 'saved-indicator saving' : 'saved-indicator'}
      label={
        <>
          <span className="saved-mark" aria-hidden="true">
            {saving ? '…' : '✓'}
          </span>
          {t(saving ? 'stage.saving' : 'stage.saved')}
        </>
      }
      buttonName={name}
      buttonTitle={name}
      caret={false}
      panelLabel={t('stage.fileLocation')}
    >
      <label className="saved-path-label">
        {t('stage.fileLocation')}
        <input className="saved-path" readOnly value={path} onFocus={(event) => event.currentTarget.select()} />
      </label>
      <div className="actions">
        <button
          type="button"
          onClick={() => {
            setCopied(null)
            void copy()
          }}
        >
          {t('stage.copyPath')}
        </button>
      </div>
      {copied && (
        <p role="status" className="saved-copied">
          {t(copied === 'copied' ? 'stage.pathCopied' : 'stage.copyFailed')}
        </p>
      )}
    </Disclosure>
  )
}
