// The method's words on the board for the laptop, translated once per change of what they read and shared by
// the canvas and the hidden lists (names for keyboards and screen readers), so both say the same.
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { WorkshopDoc } from '@shared/model/document'
import { methodTexts, type MethodTexts } from '../board/methodTexts'

export type { MethodTexts } from '../board/methodTexts'

export function useMethodTexts(doc: WorkshopDoc): MethodTexts {
  const { t } = useTranslation()
  // What the texts read: themes (names, numbering), votes and rounds (dots), participants (owners); a patch to
  // anything else (notes moving, phones' notes arriving) keeps the same texts.
  const { theme, vote, votingRound, participant } = doc
  return useMemo(
    () => methodTexts({ theme, vote, votingRound, participant }, t),
    [theme, vote, votingRound, participant, t],
  )
}
