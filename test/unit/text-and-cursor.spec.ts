import { decodeCursor, encodeCursor, toConnection } from '../../src/core/graphql/connection';
import { likeTerm, normalizeForSearch } from '../../src/core/text';

describe('normalizeForSearch', () => {
  it.each([
    ['BOGOTÁ, D.C.', 'bogota, d.c.'],
    ['  San   Andrés de Tumaco ', 'san andres de tumaco'],
    ['CÚCUTA', 'cucuta'],
    ['NARIÑO', 'narino'],
  ])('%s → %s', (input, output) => expect(normalizeForSearch(input)).toBe(output));

  it('drops LIKE wildcards from search terms', () => {
    expect(likeTerm('50%_\\ Medellín')).toBe('50 medellin');
  });
});

describe('cursors', () => {
  it('round-trip the ordering keys', () => {
    const cursor = encodeCursor('NAME_ASC', ['medellin', '05001']);
    expect(decodeCursor(cursor, 'NAME_ASC', 2)).toEqual(['medellin', '05001']);
  });

  it.each([
    ['garbage', '%%%'],
    ['another ordering', encodeCursor('CODE_ASC', ['05001'])],
    ['the wrong number of keys', encodeCursor('NAME_ASC', ['medellin'])],
    ['a non-array', Buffer.from('{"a":1}').toString('base64url')],
  ])('are refused when %s', (_label, cursor) => {
    expect(() => decodeCursor(cursor, 'NAME_ASC', 2)).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }),
    );
  });
});

describe('toConnection', () => {
  const build = (rows: number[], first: number, after?: string) =>
    toConnection({ rows, first, after, totalCount: 99, cursorOf: (n) => `c${n}`, toNode: (n) => ({ n }) });

  it('uses the extra row only to tell that a next page exists', () => {
    expect(build([1, 2, 3], 2)).toEqual({
      edges: [
        { cursor: 'c1', node: { n: 1 } },
        { cursor: 'c2', node: { n: 2 } },
      ],
      totalCount: 99,
      pageInfo: { hasNextPage: true, hasPreviousPage: false, startCursor: 'c1', endCursor: 'c2' },
    });
  });

  it('reports an empty last page after a cursor', () => {
    expect(build([], 2, 'c9').pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: true, startCursor: null, endCursor: null });
  });
});
