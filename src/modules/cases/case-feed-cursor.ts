import { BadUserInputError } from '../../core/errors/app-error';
import { ProblemCode } from '../../core/errors/problems';

/**
 * The opaque form of a position in the case-change feed (`case_history.global_seq`): what
 * `CaseChange.cursor` and `CaseConnection.feedCursor` give and `caseChanged(after:)` takes.
 */
const CURSOR_PREFIX = 'CaseChange:';

export function feedCursorOf(position: number): string {
  return Buffer.from(`${CURSOR_PREFIX}${position}`, 'utf8').toString('base64url');
}

/** The position a cursor names; anything that is not one of ours is refused (path `after`). */
export function feedPositionOf(cursor: string): number {
  const text = cursor.length <= 64 ? Buffer.from(cursor, 'base64url').toString('utf8') : '';
  const position = text.startsWith(CURSOR_PREFIX) ? Number(text.slice(CURSOR_PREFIX.length)) : NaN;
  if (!Number.isSafeInteger(position) || position < 0 || feedCursorOf(position) !== cursor) {
    throw new BadUserInputError('Cursor inválido: use el campo cursor de un CaseChange recibido o el feedCursor de cases', {
      path: 'after',
      code: ProblemCode.INVALID_FORMAT,
    });
  }
  return position;
}
