import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/knex';

import type { Actor } from '../../core/auth/policy';
import { PreconditionFailedError } from '../../core/errors/app-error';
import { sqlOf } from '../../core/orm/orm';
import type { WorkflowCase } from '../../core/workflow/case.entity';
import { OutboxMessage } from '../../core/workflow/outbox.entity';
import { CofinancingCall } from './call.entity';
import { CofinancingApplication, FundReservation } from './cofinancing.entity';
import { formatPesos } from './money';
import { WAITLIST_PROMOTION } from './promote-waitlist.job';

/**
 * Reserves the application's FUTIC amount against its call with one conditional UPDATE: it adds
 * to `committed` only while the sum stays within the budget, so no interleaving of concurrent
 * approvals (PostgreSQL re-checks the condition on the row it waited for; SQLite writes one at a
 * time) can ever over-commit the fund.
 */
export async function reserveFunds(em: EntityManager, actor: Actor, kase: WorkflowCase, at: Date): Promise<void> {
  const app = await em.findOneOrFail(CofinancingApplication, { caseId: kase.id });
  const amount = app.futicTotal;
  const db = sqlOf(em);
  const reserved = await db('cofinancing_call')
    .where('id', kase.callId!)
    .andWhereRaw('?? + ? <= ??', ['committed', amount, 'total_budget'])
    .update({ committed: db.raw('?? + ?', ['committed', amount]) });
  if (reserved !== 1) {
    const call = await em.findOneOrFail(CofinancingCall, { id: kase.callId! }, { refresh: true });
    const remaining = call.totalBudget - call.committed;
    throw new PreconditionFailedError(
      'FUNDS_EXHAUSTED',
      `La convocatoria no tiene recursos suficientes: quedan ${formatPesos(remaining)} por comprometer y la postulación requiere ${formatPesos(amount)}`,
      { remaining, requested: amount },
    );
  }
  await em.insert(FundReservation, {
    caseId: kase.id,
    callId: kase.callId!,
    amount,
    reservedBy: actor.subject,
    reservedAt: at,
    releasedAt: null,
    releaseReason: null,
  });
}

/** Returns an approval's funds to the call and asks the worker to promote the waitlist (through the outbox). */
export async function releaseFunds(em: EntityManager, kase: WorkflowCase, reason: string, at: Date): Promise<void> {
  const reservation = await em.findOne(FundReservation, { caseId: kase.id, releasedAt: null });
  if (!reservation) return;
  await em.nativeUpdate(FundReservation, { caseId: kase.id, releasedAt: null }, { releasedAt: at, releaseReason: reason });
  const db = sqlOf(em);
  await db('cofinancing_call')
    .where('id', reservation.callId)
    .update({ committed: db.raw('?? - ?', ['committed', reservation.amount]) });
  await em.insert(OutboxMessage, {
    id: randomUUID(),
    caseId: kase.id,
    caseVersion: kase.version,
    kind: WAITLIST_PROMOTION,
    payload: { callId: reservation.callId },
    createdAt: at,
    processedAt: null,
  });
}
