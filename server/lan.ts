import { networkInterfaces } from 'node:os'

/**
 * The address students reach this machine at: its first IPv4 address on a private network (a hall's Wi-Fi or
 * wired LAN: 10/8, 172.16/12, 192.168/16), else any other non-loopback IPv4 address, else 127.0.0.1.
 */
export function lanAddress(interfaces = networkInterfaces()): string {
  const v4 = Object.values(interfaces).flatMap(list => list ?? []).filter(i => i.family === 'IPv4' && !i.internal).map(i => i.address)
  const isPrivate = (a: string) => /^(?:10\.|192\.168\.|172\.(?:1[6-9]|2\d|3[01])\.)/.test(a)
  return v4.find(isPrivate) ?? v4[0] ?? '127.0.0.1'
}
