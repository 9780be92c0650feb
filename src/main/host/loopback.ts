// The facilitator's host serves this computer only. Its API can read and change every workshop, so it never
// listens where the network can reach it; the participants' phones will get a server of their own (the room),
// which never serves this API.
import { isIPv4 } from 'node:net'

/** 127.0.0.0/8, ::1 or the name localhost: addresses no other computer can reach. */
export function isLoopbackAddress(address: string): boolean {
  if (address === 'localhost' || address === '::1') return true
  return isIPv4(address) && address.startsWith('127.')
}

export function notLoopbackMessage(address: string): string {
  return (
    `--host ${address} is not a loopback address. Handlekraft's host serves only this computer ` +
    '(127.0.0.1, ::1 or localhost): it holds every workshop, so it is never put on the network.'
  )
}
