import { Role } from '../../core/auth/principal';

/** Who reads the adoption list: the ministry's coordinators and the auditors (control interno). */
export const readsAdoption = (p: { role: string }): boolean => p.role === Role.COORDINATOR || p.role === Role.AUDITOR;

/** Who invites entities to take part: the ministry's coordinators. */
export const invitesToAdopt = (p: { role: string }): boolean => p.role === Role.COORDINATOR;
