import { BlockList, isIP } from 'node:net'

/**
 * The address of the person behind a request, for the audit log.
 *
 * Next.js gives route handlers no socket address: `next start` only fills in `X-Forwarded-For`
 * with the socket address when the request has none, and keeps whatever a client sends. So the
 * header says who connected only when a proxy we trust wrote it, which the TRUST_PROXY setting
 * declares:
 *
 * - unset (or `0`, `false`): no proxy; the address is not recorded, since any client can write
 *   the header (the audit log trusted it, issue 15 item 7).
 * - a number N: N proxies in front, each appending the address it was connected from (nginx's
 *   `$proxy_add_x_forwarded_for`, Caddy's `reverse_proxy`); the N-th address from the right.
 * - a list of addresses or CIDR ranges (`127.0.0.1, 10.0.0.0/8, ::1`): the right-most address
 *   that is not one of them (the proxy nearest the CMS is not in the header and is trusted as the
 *   one that can reach the CMS port).
 *
 * Either way, the CMS port must be reachable from the proxy only, or anyone can pose as it.
 */
export type ProxyTrust = { kind: 'none' } | { kind: 'hops'; hops: number } | { kind: 'list'; list: BlockList }

export function parseTrustProxy(value: string | undefined): ProxyTrust {
  const text = value?.trim().toLowerCase() ?? ''
  if (text === '' || text === '0' || text === 'false' || text === 'no') return { kind: 'none' }
  if (/^\d+$/.test(text)) return { kind: 'hops', hops: Number(text) }
  const list = new BlockList()
  for (const entry of text.split(/[\s,]+/).filter(Boolean)) {
    const [address = '', prefix] = entry.split('/')
    const family = isIP(address)
    if (family === 0 || (prefix !== undefined && !/^\d+$/.test(prefix))) {
      throw new Error(
        `TRUST_PROXY: "${entry}" is neither a number of proxies nor an IP address or CIDR range (e.g. 1, or 127.0.0.1, 10.0.0.0/8).`,
      )
    }
    const type = family === 6 ? 'ipv6' : 'ipv4'
    if (prefix === undefined) list.addAddress(address, type)
    else list.addSubnet(address, Number(prefix), type)
  }
  return { kind: 'list', list }
}

/** `::ffff:1.2.3.4` (an IPv4 client on a dual-stack socket) as `1.2.3.4`. */
const plain = (address: string): string => address.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i, '$1')

export function clientAddress(forwardedFor: string | null | undefined, trust: ProxyTrust): string | undefined {
  if (trust.kind === 'none' || !forwardedFor) return undefined
  const chain = forwardedFor
    .split(',')
    .map((entry) => plain(entry.trim()))
    .filter(Boolean)
  if (chain.length === 0) return undefined
  let chosen: string | undefined
  if (trust.kind === 'hops') {
    chosen = chain[Math.max(0, chain.length - trust.hops)]
  } else {
    chosen = [...chain].reverse().find((address) => {
      const family = isIP(address)
      return family === 0 || !trust.list.check(address, family === 6 ? 'ipv6' : 'ipv4')
    })
    chosen ??= chain[0]
  }
  return chosen && isIP(chosen) ? chosen : undefined
}

/** Parsed once per value of TRUST_PROXY (tests change it between requests). */
let cached: { value: string | undefined; trust: ProxyTrust } | undefined
export function trustFromEnv(env: NodeJS.ProcessEnv = process.env): ProxyTrust {
  const value = env.TRUST_PROXY
  if (!cached || cached.value !== value) cached = { value, trust: parseTrustProxy(value) }
  return cached.trust
}
