// Where the room can listen: this computer's IPv4 addresses that other devices can reach (not loopback, not
// internal), the one with the default route first — on a hall's Wi-Fi or the laptop's own hotspot that is the
// address phones reach. Pure over an interface list, so it is tested with fake lists, never the real network.
import { createSocket } from 'node:dgram'
import { networkInterfaces, type NetworkInterfaceInfo } from 'node:os'
import type { CandidateAddress } from '@shared/room/contract'

export type InterfaceList = NodeJS.Dict<NetworkInterfaceInfo[]>

/** Link-local (169.254/16) means "no DHCP answered": phones on a real network cannot reach it. */
const isLinkLocal = (address: string) => address.startsWith('169.254.')

export function candidateAddresses(interfaces: InterfaceList, defaultRoute: string | null): CandidateAddress[] {
  const found: CandidateAddress[] = []
  for (const [name, infos] of Object.entries(interfaces)) {
    for (const info of infos ?? []) {
      if (info.family !== 'IPv4' || info.internal || isLinkLocal(info.address)) continue
      if (found.some((known) => known.address === info.address)) continue
      found.push({ address: info.address, interface: name, defaultRoute: info.address === defaultRoute })
    }
  }
  // Default route first, then link-local-free addresses in a stable order.
  return found.sort((a, b) => Number(b.defaultRoute) - Number(a.defaultRoute) || a.interface.localeCompare(b.interface))
}

/**
 * The local address the system would use for the default route. A UDP socket's connect() only asks the
 * routing table: no packet is sent (192.0.2.1 is a documentation address, TEST-NET-1). No route: null.
 */
export function findDefaultRouteAddress(): Promise<string | null> {
  return new Promise((resolveAddress) => {
    const socket = createSocket('udp4')
    const done = (address: string | null) => {
      try {
        socket.close()
      } catch {
        // already closed
      }
      resolveAddress(address)
    }
    socket.on('error', () => done(null))
    try {
      socket.connect(9, '192.0.2.1', () => {
        try {
          done(socket.address().address)
        } catch {
          done(null)
        }
      })
    } catch {
      done(null)
    }
  })
}

export async function machineCandidates(): Promise<CandidateAddress[]> {
  return candidateAddresses(networkInterfaces(), await findDefaultRouteAddress())
}
