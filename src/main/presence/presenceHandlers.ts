// The API methods of the presence channel: the facilitator's window reports its view; any view (the projector
// too) reads the presence now. Inputs arrive validated by createApi.
import type { ApiOutput, ApiParsedInput } from '@shared/api/contract'
import type { PresenceChannel } from './presenceChannel'

type Method = 'presence.view' | 'presence.get'
export type PresenceHandlers = { [M in Method]: (input: ApiParsedInput<M>) => ApiOutput<M> }

/** `requireOpen` refuses a workshop this process has not open (the same not-open error as every method). */
export function presenceHandlers(
  channel: PresenceChannel,
  requireOpen: (workshopId: string) => void,
): PresenceHandlers {
  return {
    'presence.view': ({ workshopId, view, settled, at }) => {
      requireOpen(workshopId)
      channel.setView(workshopId, view, settled, at)
      return {}
    },
    'presence.get': ({ workshopId }) => {
      requireOpen(workshopId)
      return channel.get(workshopId)
    },
  }
}
