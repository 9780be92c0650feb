// The address chooser, on fake interface lists only: no test sends anything to a LAN address.
import type { NetworkInterfaceInfo } from 'node:os'
import { describe, expect, it } from 'vitest'
import { candidateAddresses } from '../addresses'
import { createWindowLimiter } from '../rateLimit'

const v4 = (address: string, internal = false): NetworkInterfaceInfo =>
  ({
    address,
    family: 'IPv4',
    internal,
    netmask: '255.255.255.0',
    mac: '00:00:00:00:00:00',
    cidr: `${address}/24`,
  }) as NetworkInterfaceInfo
const v6 = (address: string): NetworkInterfaceInfo =>
  ({
    address,
    family: 'IPv6',
    internal: false,
    netmask: 'ffff::',
    mac: '00:00:00:00:00:00',
    cidr: `${address}/64`,
    scopeid: 0,
  }) as NetworkInterfaceInfo

describe('candidate addresses', () => {
  const interfaces = {
    lo: [v4('127.0.0.1', true)],
    'Ethernet 2': [v4('10.20.0.5'), v6('fe80::1')],
    'Wi-Fi': [v4('192.168.137.1'), v6('fe80::2')],
    docker0: [v4('169.254.3.3')],
  }

  it('lists non-internal IPv4 addresses, the default route first, without loopback, IPv6 or link-local', () => {
    expect(candidateAddresses(interfaces, '192.168.137.1')).toEqual([
      { address: '192.168.137.1', interface: 'Wi-Fi', defaultRoute: true },
      { address: '10.20.0.5', interface: 'Ethernet 2', defaultRoute: false },
    ])
  })

  it('still lists every address when there is no default route (a hotspot without internet)', () => {
    expect(candidateAddresses(interfaces, null).map((entry) => entry.address)).toEqual(['10.20.0.5', '192.168.137.1'])
  })

  it('is empty on a laptop with no network: the panel explains how to turn on a hotspot', () => {
    expect(candidateAddresses({ lo: [v4('127.0.0.1', true)] }, null)).toEqual([])
  })
})

describe('window limiter', () => {
  it('allows `limit` events per window and says when to retry', () => {
    let now = 0
    const limiter = createWindowLimiter(2, 60_000, () => now)
    expect(limiter.take('a').ok).toBe(true)
    expect(limiter.take('a').ok).toBe(true)
    expect(limiter.take('a')).toEqual({ ok: false, retryAfterSeconds: 60 })
    expect(limiter.take('b').ok).toBe(true)
    now = 60_001
    expect(limiter.take('a').ok).toBe(true)
  })
})
