// The client address the anonymous budget is kept by (issue 23, review item 1): the socket's peer,
// unless it is a trusted load balancer, then the rightmost X-Forwarded-For hop that is not one.
import { clientAddressOf, parseTrustedProxies, type AddressedRequest } from '../../src/core/http/client-address';

const from = (peer: string, forwardedFor?: string | string[]): AddressedRequest => ({
  socket: { remoteAddress: peer },
  headers: forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor },
});

describe('clientAddressOf', () => {
  const none = clientAddressOf([]);
  const behind = clientAddressOf(parseTrustedProxies('10.0.0.5,10.1.0.0/16,fd00::/8')!);

  it('without trusted proxies is the peer, whatever X-Forwarded-For says', () => {
    expect(none(from('192.0.2.1', '198.51.100.9'))).toBe('192.0.2.1');
    expect(none(from('::ffff:192.0.2.1'))).toBe('192.0.2.1');
  });

  it('from a peer that is not a trusted proxy is the peer', () => {
    expect(behind(from('192.0.2.1', '198.51.100.9'))).toBe('192.0.2.1');
  });

  it('from a trusted proxy is the rightmost hop that is not a trusted proxy', () => {
    expect(behind(from('10.0.0.5', '198.51.100.9'))).toBe('198.51.100.9');
    // Whatever the client wrote to the left of it is not believed.
    expect(behind(from('10.0.0.5', '1.2.3.4, 198.51.100.9'))).toBe('198.51.100.9');
    // Chains of trusted proxies (an edge proxy in 10.1/16 before the load balancer), IPv4-mapped peers.
    expect(behind(from('::ffff:10.0.0.5', '1.2.3.4, 198.51.100.9, 10.1.2.3'))).toBe('198.51.100.9');
    expect(behind(from('fd00::1', '2001:db8::7'))).toBe('2001:db8::7');
    // Several header lines are one list.
    expect(behind(from('10.0.0.5', ['1.2.3.4', '198.51.100.9']))).toBe('198.51.100.9');
  });

  it('from a trusted proxy with no usable hop is the last trusted proxy', () => {
    expect(behind(from('10.0.0.5'))).toBe('10.0.0.5');
    expect(behind(from('10.0.0.5', '10.1.9.9'))).toBe('10.1.9.9');
    expect(behind(from('10.0.0.5', 'unknown'))).toBe('10.0.0.5');
    expect(behind(from('10.0.0.5', '198.51.100.9, basura'))).toBe('10.0.0.5');
  });
});
