import { isSender, seesEverything, type Actor, type CaseAccess } from '../../core/auth/policy';

/** Whether the actor may change the answers of an assessment: any user of its entity (the machine's state decides when). */
export function canAnswerAssessment(actor: Actor, c: CaseAccess): boolean {
  return c.process === 'MATURITY_ASSESSMENT' && isSender(actor, c, 'ENTITY');
}

/**
 * A cycle's Índice CTI (ranking, averages, every entity's scores): the ministry and auditors at any
 * time (a provisional ranking), everyone once a coordinator has published it.
 */
export function canReadIndex(p: Actor, published: boolean): boolean {
  return published || seesEverything(p);
}
