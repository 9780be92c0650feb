// Ids and secrets of the room. Record ids made from a phone's client id are derived, not random: a retried
// submission maps to the same note or dot, so the workshop itself recognises it (also after the inbox forgot it).
import { createHash, randomBytes, randomInt } from 'node:crypto'

const digest = (text: string) => createHash('sha256').update(text).digest('base64url')

export const noteIdFor = (participantId: string, clientId: string) =>
  `pn-${digest(`note\n${participantId}\n${clientId}`).slice(0, 24)}`
export const voteIdFor = (participantId: string, clientId: string) =>
  `pv-${digest(`dot\n${participantId}\n${clientId}`).slice(0, 24)}`

/** 256 random bits: the join link's key and every device token. */
export const newSecret = () => randomBytes(32).toString('base64url')
/** Tokens are kept by their hash: a lookup never compares the secret itself, and memory holds no usable token. */
export const secretKey = (secret: string) => digest(`token\n${secret}`)
export const newRoomCode = () => String(randomInt(0, 1_000_000)).padStart(6, '0')
export const newParticipantId = () => `ph-${randomBytes(9).toString('base64url')}`
export const newDeviceId = () => `dv-${randomBytes(9).toString('base64url')}`
