// The overview's dates (last session, deadline, last update) as people write them in the app's language:
// "20.08.2026" / "20/08/2026". A timestamp shows its calendar day.
import { formatShortDate } from '@shared/format/format'

export function shortDate(isoDateOrTime: string, appLanguage: string): string {
  return formatShortDate(isoDateOrTime.slice(0, 10), appLanguage === 'da' ? 'da' : 'en')
}
