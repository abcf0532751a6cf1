import { Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';

export const PersonStatus = { ACTIVE: 'ACTIVE', DEACTIVATED: 'DEACTIVATED', ANONYMIZED: 'ANONYMIZED' } as const;
export type PersonStatus = (typeof PersonStatus)[keyof typeof PersonStatus];

/**
 * Someone who signs in: identified by the identity provider's subject, reached at a verified
 * contact address. What they may do is their membership (below), never their token's claims.
 */
@Entity({ tableName: 'person' })
@Index({ properties: ['email'] })
@Index({ properties: ['contactEmail'] })
export class Person {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  /** The identity provider's `sub`; replaced by the pseudonym when the person is anonymised. */
  @Unique()
  @Property({ type: 'string', length: 200 })
  subject!: string;

  /** A stable name for audits that survives anonymisation (e.g. `P-3F9A61C2`). */
  @Unique()
  @Property({ type: 'string', length: 20 })
  pseudonym!: string;

  /** The e-mail the identity provider last gave (lower case), and whether it said it was verified. */
  @Property({ type: 'string', length: 320, nullable: true })
  email!: string | null;

  @Property({ type: 'boolean', default: false })
  emailVerified!: boolean;

  @Property({ type: 'string', length: 200, nullable: true })
  name!: string | null;

  /** Where the programme writes to them: a verified address (the identity provider's, or the invitation's). */
  @Property({ type: 'string', length: 320, nullable: true })
  contactEmail!: string | null;

  @Property({ type: 'string', length: 40, nullable: true })
  phone!: string | null;

  /** A new contact address the person asked for, until they confirm it with the code mailed to it (only its hash is kept). */
  @Property({ type: 'string', length: 320, nullable: true })
  pendingContactEmail!: string | null;

  @Property({ type: 'string', length: 64, nullable: true })
  pendingContactCodeHash!: string | null;

  @Property({ type: 'datetime', nullable: true })
  pendingContactExpiresAt!: Date | null;

  @Property({ type: 'string', length: 15 })
  status!: PersonStatus;

  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  lastSignInAt!: Date | null;

  @Property({ type: 'datetime', nullable: true })
  deactivatedAt!: Date | null;

  @Property({ type: 'datetime', nullable: true })
  anonymizedAt!: Date | null;

  /** Mail preferences: kinds of notification not mailed (JSON array of kinds), and a daily digest instead of one mail each. */
  @Property({ type: 'text', default: '[]' })
  mailMutedKinds!: string;

  @Property({ type: 'boolean', default: false })
  mailDigest!: boolean;

  /** Entity members receive their entity's notices by mail only when they opt in. */
  @Property({ type: 'boolean', default: false })
  entityMailOptIn!: boolean;
}

/** The roles a membership gives: the ministry's, or one entity's. */
export const MembershipRole = {
  COORDINATOR: 'COORDINATOR',
  ADVISOR: 'ADVISOR',
  EVALUATOR: 'EVALUATOR',
  AUDITOR: 'AUDITOR',
  REPRESENTATIVE: 'REPRESENTATIVE',
  TIC_LEADER: 'TIC_LEADER',
  MEMBER: 'MEMBER',
} as const;
export type MembershipRole = (typeof MembershipRole)[keyof typeof MembershipRole];

/**
 * What a person may do, and since when: one current membership per person at most, one current
 * representative per entity at most (both enforced by partial unique indexes). An ended membership
 * stays, so who acted for an entity when is never lost.
 */
@Entity({ tableName: 'membership' })
@Index({ properties: ['personId', 'startedAt'] })
@Index({ properties: ['entityCode', 'role'] })
@Index({
  name: 'membership_one_current',
  expression: 'create unique index membership_one_current on membership (person_id) where ended_at is null',
})
@Index({
  name: 'membership_one_representative',
  expression:
    "create unique index membership_one_representative on membership (entity_code) where role = 'REPRESENTATIVE' and ended_at is null",
})
export class Membership {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  personId!: string;

  @Property({ type: 'string', length: 20 })
  role!: MembershipRole;

  /** The entity's DIVIPOLA code for entity roles; null for the ministry's. */
  @Property({ type: 'string', length: 5, nullable: true })
  entityCode!: string | null;

  @Property({ type: 'datetime' })
  startedAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  endedAt!: Date | null;
}

/** The audit trail of the directory: who did what to whose access, when, and why. */
@Entity({ tableName: 'membership_event' })
@Index({ properties: ['personId', 'at'] })
@Index({ properties: ['entityCode', 'at'] })
export class MembershipEvent {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'datetime' })
  at!: Date;

  /** The person who did it; null: the system (seeds, the CLI, an expiry). */
  @Property({ type: 'uuid', nullable: true })
  actorPersonId!: string | null;

  /** The person it was done to (for invitations: null until someone accepts). */
  @Property({ type: 'uuid', nullable: true })
  personId!: string | null;

  @Property({ type: 'string', length: 5, nullable: true })
  entityCode!: string | null;

  /** INVITED, INVITATION_RESENT, INVITATION_REVOKED, JOINED, ENDED, TRANSFERRED, DEACTIVATED, REACTIVATED, ANONYMIZED, ENROLLED, REASSIGNED, CONTACT_UPDATED. */
  @Property({ type: 'string', length: 30 })
  action!: string;

  @Property({ type: 'string', length: 20, nullable: true })
  role!: MembershipRole | null;

  @Property({ type: 'text', nullable: true })
  reason!: string | null;
}

/** A single-use, expiring link to join the directory with a role; only the code's hash is stored. */
@Entity({ tableName: 'invitation' })
@Index({ properties: ['email'] })
@Index({ properties: ['entityCode', 'createdAt'] })
export class Invitation {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Unique()
  @Property({ type: 'string', length: 64 })
  codeHash!: string;

  /** Lower case; the first sign-in with this verified address may accept it. */
  @Property({ type: 'string', length: 320 })
  email!: string;

  @Property({ type: 'string', length: 200, nullable: true })
  name!: string | null;

  @Property({ type: 'string', length: 20 })
  role!: MembershipRole;

  @Property({ type: 'string', length: 5, nullable: true })
  entityCode!: string | null;

  @Property({ type: 'uuid', nullable: true })
  invitedByPersonId!: string | null;

  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  acceptedAt!: Date | null;

  @Property({ type: 'uuid', nullable: true })
  acceptedByPersonId!: string | null;

  @Property({ type: 'datetime', nullable: true })
  revokedAt!: Date | null;

  /** When its mail was sent (null: queued, or lost with Redis: `resendInvitation` issues a new link). */
  @Property({ type: 'datetime', nullable: true })
  mailedAt!: Date | null;
}

/** That a person accepted a version of the privacy notice (Ley 1581 de 2012), and when. */
@Entity({ tableName: 'privacy_acceptance' })
@Unique({ properties: ['personId', 'version'] })
export class PrivacyAcceptance {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  personId!: string;

  @Property({ type: 'string', length: 20 })
  version!: string;

  @Property({ type: 'datetime' })
  acceptedAt!: Date;
}
