import type { IncomingHttpHeaders } from 'node:http';
import { BlockList, isIP } from 'node:net';

/** What a client's address is read from: a Node or express request, or a WebSocket's upgrade request. */
export interface AddressedRequest {
  socket: { remoteAddress?: string };
  headers: IncomingHttpHeaders;
}

/** The address of the client a request came from, as the per-address limits and records key it. */
export type ClientAddress = (req: AddressedRequest) => string;

/** `::ffff:10.0.0.5` (an IPv4 client of a dual-stack socket) is `10.0.0.5`, so one client has one key and IPv4 rules match it. */
function plain(address: string): string {
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  return mapped ? mapped[1] : address;
}

/**
 * TRUST_PROXY's text (`10.0.0.5,10.0.1.0/24,::1`) → its entries, each an address or a CIDR network
 * (IPv4 or IPv6; an IPv4-mapped `::ffff:a.b.c.d` is written as the IPv4 address, its prefix in IPv4
 * bits); null when an entry is neither.
 */
export function parseTrustedProxies(text: string): string[] | null {
  const entries = text
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean);
  const parsed: string[] = [];
  for (const entry of entries) {
    const [raw, prefix, ...rest] = entry.split('/');
    const address = plain(raw);
    const family = isIP(address);
    if (!family || rest.length) return null;
    if (prefix !== undefined && (!/^\d{1,3}$/.test(prefix) || Number(prefix) > (family === 4 ? 32 : 128))) return null;
    parsed.push(prefix === undefined ? address : `${address}/${prefix}`);
  }
  return parsed.length ? parsed : null;
}

/**
 * How a request's client address is read. Without trusted proxies (TRUST_PROXY unset), it is the
 * socket's peer and X-Forwarded-For is ignored: anyone can write that header. Behind load
 * balancers, a request whose peer is one of them is read through X-Forwarded-For from the right:
 * each trusted proxy appends the address it received the request from, so the rightmost hop that
 * is not a trusted proxy was written by one and is the client; hops to its left are whatever the
 * client sent and are never believed. A hop that is not an address (a proxy that wrote garbage)
 * stops the walk at the last trusted proxy, so a malformed header cannot mint keys.
 */
export function clientAddressOf(trusted: readonly string[]): ClientAddress {
  // `trusted` is parseTrustedProxies' output: plain addresses and networks.
  if (!trusted.length) return (req) => plain(req.socket.remoteAddress ?? '');
  const proxies = new BlockList();
  for (const entry of trusted) {
    const [address, prefix] = entry.split('/');
    const family = isIP(address) === 4 ? 'ipv4' : 'ipv6';
    if (prefix === undefined) proxies.addAddress(address, family);
    else proxies.addSubnet(address, Number(prefix), family);
  }
  const isProxy = (address: string): boolean => {
    const family = isIP(address);
    return family !== 0 && proxies.check(address, family === 4 ? 'ipv4' : 'ipv6');
  };
  return (req) => {
    let address = plain(req.socket.remoteAddress ?? '');
    if (!isProxy(address)) return address;
    const header = req.headers['x-forwarded-for'];
    const hops = (Array.isArray(header) ? header.join(',') : (header ?? '')).split(',');
    for (let i = hops.length - 1; i >= 0; i--) {
      const hop = plain(hops[i].trim());
      if (!isIP(hop)) break;
      if (!isProxy(hop)) return hop;
      address = hop;
    }
    return address;
  };
}
