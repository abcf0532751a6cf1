import { Action, anyRole, isEntityUser, type ActionRule } from '../../core/auth/policy';
import { Role, type Principal } from '../../core/auth/principal';

/** Who a notification is for: every user of an entity, the coordinators, or one user (by subject). */
export interface NotificationAddress {
  audienceKind: 'ENTITY' | 'COORDINATORS' | 'USER';
  audience: string | null;
}

/** The addresses whose notifications a principal receives: always their own, plus their entity's or their role's. */
export function notificationAddresses(p: Principal): NotificationAddress[] {
  const own: NotificationAddress = { audienceKind: 'USER', audience: p.subject };
  if (isEntityUser(p)) return [own, { audienceKind: 'ENTITY', audience: p.entityCode }];
  if (p.role === Role.COORDINATOR) return [own, { audienceKind: 'COORDINATORS', audience: null }];
  return [own];
}

export function receivesNotification(p: Principal, n: NotificationAddress): boolean {
  return notificationAddresses(p).some((a) => a.audienceKind === n.audienceKind && (a.audience ?? null) === (n.audience ?? null));
}

/** Everyone reads their own notifications (those `notificationAddresses` gives them). */
export const notificationActions: Partial<Record<Action, ActionRule>> = {
  [Action.ReadNotifications]: anyRole,
};
