import type { Job, Queue } from 'bullmq';

import type { Clock } from '../../core/time/clock';
import type { CaseStore } from '../../core/workflow/case-store';
import type { NotificationCenter, NotificationDraft } from '../notifications/notification-center';
import { Audience, NotificationKind } from '../notifications/notification.entity';
import type { TerritorialDirectory } from '../territorial-entities/territorial-entity.service';
import { sinceInstant, validationsByEntity } from './adoption-facts';
import { adoptionInvitationText } from './adoption-notice';
import { AdoptionOutcome } from './adoption.type';

/** Writes the notifications of one call of inviteToAdopt (notifications queue; job id from the call). */
export const NOTIFY_ADOPTION = 'notify-adoption-invitations';
export interface NotifyAdoptionPayload {
  batchId: string;
}
export const notifyAdoptionJobId = (batchId: string) => `adoption_${batchId}`;

export async function queueAdoptionNotice(queue: Queue, batchId: string): Promise<void> {
  await queue.add(NOTIFY_ADOPTION, { batchId } satisfies NotifyAdoptionPayload, { jobId: notifyAdoptionJobId(batchId) });
}

export interface NotifyAdoptionDeps {
  store: CaseStore;
  center: NotificationCenter;
  directory: TerritorialDirectory;
  clock: Clock;
}

/**
 * Each entity invited in the call gets one notification addressed to the entity (its people read
 * it in the platform; its representative, TIC leader and members who asked for the entity's mail
 * get it by mail, see notifications/recipients.ts), written with the invitation marked notified in
 * one transaction. At least once: the dedupe key (the invitation's id) keeps a second run from
 * writing another, and the rows already marked are skipped.
 */
export async function notifyAdoption(deps: NotifyAdoptionDeps, job: Job<NotifyAdoptionPayload>): Promise<string> {
  await deps.clock.sync();
  const { knex } = deps.store;
  const rows: { id: string; entity_code: string; since: string }[] = await knex('adoption_invitation')
    .where({ batch_id: job.data.batchId, outcome: AdoptionOutcome.INVITED })
    .whereNull('notified_at')
    .orderBy('entity_code')
    .select('id', 'entity_code', 'since');
  if (!rows.length) return 'nothing';
  const directory = await deps.directory.current();
  const validations = await validationsByEntity(
    knex,
    rows.map((r) => r.entity_code),
  );
  const drafts: NotificationDraft[] = rows.map((r) => {
    const entity = directory.find(r.entity_code) ?? { code: r.entity_code, name: r.entity_code, kindLabel: 'Entidad' };
    const before = (validations.get(r.entity_code) ?? []).filter((v) => v.validatedAt.getTime() < sinceInstant(r.since).getTime());
    return {
      dedupeKey: `adoption-invitation:${r.id}`,
      caseId: null,
      kind: NotificationKind.ADOPTION_INVITATION,
      audienceKind: Audience.ENTITY,
      audience: r.entity_code,
      ...adoptionInvitationText(entity, before.at(-1) ?? null),
    };
  });
  const created = await deps.store.transaction(async (trx) => {
    const written = await deps.center.write(trx, drafts);
    await trx('adoption_invitation')
      .whereIn(
        'id',
        rows.map((r) => r.id),
      )
      .update({ notified_at: deps.store.instant(deps.clock.now()) });
    return written;
  });
  await deps.center.dispatch(created);
  return `notified ${rows.length}`;
}
