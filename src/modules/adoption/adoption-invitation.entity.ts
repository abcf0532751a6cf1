import { Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';

/**
 * One entity named in one call of `inviteToAdopt` and what became of it: invited (a notification
 * to its people follows), or skipped and why. Only INVITED rows count as invitations (the list's
 * `lastInvitedAt`, the re-invitation window); the others keep the answer a repeated idempotency
 * key returns, and the trail of who asked.
 */
@Entity({ tableName: 'adoption_invitation' })
@Unique({ properties: ['batchId', 'entityCode'] })
@Index({ properties: ['entityCode', 'outcome', 'invitedAt'] })
// The notification job and the reconciler look for invitations not yet notified.
@Index({ properties: ['outcome', 'notifiedAt'] })
export class AdoptionInvitation {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  /** One call of the mutation (from its idempotency key when it has one). */
  @Property({ type: 'uuid' })
  batchId!: string;

  @Property({ type: 'string', length: 5 })
  entityCode!: string;

  /** INVITED, ALREADY_ASSESSED, INVITED_RECENTLY or NO_PEOPLE (AdoptionOutcome). */
  @Property({ type: 'string', length: 30 })
  outcome!: string;

  @Property({ type: 'datetime' })
  invitedAt!: Date;

  /** The coordinator's subject. */
  @Property({ type: 'string', length: 200 })
  invitedBy!: string;

  /** The day from which a validated assessment counted (YYYY-MM-DD, Bogotá). */
  @Property({ type: 'string', length: 10 })
  since!: string;

  /** What the call asked for (its codes and date), to refuse an idempotency key reused for something else. */
  @Property({ type: 'string', length: 64 })
  fingerprint!: string;

  /** When its notification was written (INVITED only; null until the job ran). */
  @Property({ type: 'datetime', nullable: true })
  notifiedAt!: Date | null;
}
