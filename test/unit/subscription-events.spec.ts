// The per-event iterator of graphql-ws subscriptions (src/core/http/subscriptions.ts): however a
// subscription ends (its source failing, the client leaving, the principal refused, an event's
// execution failing), it says so exactly once, which is what keeps cti_subscriptions_open right.
import { GraphQLError, type ExecutionResult } from 'graphql';

import { connectionGone, perEvent } from '../../src/core/http/subscriptions';

/** A source that yields `events`, then fails with `failure` (or stays open when there is none). */
function source(events: unknown[], failure?: Error) {
  let returned = 0;
  const iterator: AsyncIterator<unknown> & AsyncIterable<unknown> = {
    next: async () => {
      if (events.length) return { done: false, value: events.shift() };
      if (failure) throw failure;
      return new Promise<IteratorResult<unknown>>(() => undefined);
    },
    return: async () => {
      returned++;
      return { done: true, value: undefined };
    },
    [Symbol.asyncIterator]: () => iterator,
  };
  return { iterable: iterator, returned: () => returned };
}

const run = (event: unknown): ExecutionResult => ({ data: { event } });

describe('perEvent', () => {
  it('ends once when its source fails, and passes the failure on', async () => {
    const failing = source(['uno'], new Error('pub/sub caído'));
    let ended = 0;
    const events = perEvent(
      failing.iterable,
      async () => true,
      run,
      () => ended++,
    );
    await expect(events.next()).resolves.toEqual({ done: false, value: { data: { event: 'uno' } } });
    expect(ended).toBe(0);
    await expect(events.next()).rejects.toThrow('pub/sub caído');
    expect(ended).toBe(1);
    expect(failing.returned()).toBe(1);
    // graphql-ws may still return() it: no second end.
    await events.return(undefined);
    expect(ended).toBe(1);
  });

  it('ends once when the source cannot be released after failing', async () => {
    const failing = source([], new Error('pub/sub caído'));
    failing.iterable.return = async () => {
      throw new Error('tampoco se puede cerrar');
    };
    let ended = 0;
    const events = perEvent(
      failing.iterable,
      async () => true,
      run,
      () => ended++,
    );
    await expect(events.next()).rejects.toThrow('pub/sub caído');
    expect(ended).toBe(1);
  });

  it('ends once when the client leaves, when the principal is refused, and when an event fails', async () => {
    let ended = 0;
    const left = perEvent(
      source(['uno']).iterable,
      async () => true,
      run,
      () => ended++,
    );
    await left.next();
    await left.return(undefined);
    await left.return(undefined);
    expect(ended).toBe(1);

    const refused = perEvent(
      source(['uno']).iterable,
      async () => false,
      run,
      () => ended++,
    );
    await expect(refused.next()).resolves.toEqual({ done: true, value: undefined });
    expect(ended).toBe(2);

    const broken = perEvent(
      source(['uno']).iterable,
      async () => true,
      () => {
        throw new Error('la ejecución falló');
      },
      () => ended++,
    );
    await expect(broken.next()).rejects.toThrow('la ejecución falló');
    expect(ended).toBe(3);
  });
});

// A tab closed while an event was being sent: graphql-ws reports the failed write as the
// subscription's error. That is the client leaving, not an internal error to log as one.
describe('connectionGone', () => {
  const written = (code: string) =>
    new GraphQLError(`write ${code}`, { originalError: Object.assign(new Error(`write ${code}`), { code }) });
  const OPEN = 1;
  const CLOSED = 3;

  it('a write refused because the other side left', () => {
    expect(connectionGone(OPEN, [written('EPIPE')])).toBe(true);
    expect(connectionGone(OPEN, [written('ECONNRESET')])).toBe(true);
    expect(connectionGone(OPEN, [written('ERR_STREAM_DESTROYED')])).toBe(true);
  });

  it('any error once the socket is no longer open', () => {
    expect(connectionGone(CLOSED, [new GraphQLError('cualquiera')])).toBe(true);
  });

  it('not an error of the service on an open socket, nor a mix with one', () => {
    expect(connectionGone(OPEN, [new GraphQLError('falló la consulta', { originalError: new Error('boom') })])).toBe(false);
    expect(connectionGone(OPEN, [written('EPIPE'), new GraphQLError('otro')])).toBe(false);
    expect(connectionGone(OPEN, [written('EACCES')])).toBe(false);
    expect(connectionGone(OPEN, [])).toBe(false);
  });
});
