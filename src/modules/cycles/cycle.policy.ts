import { Action, anyRole, type ActionRule } from '../../core/auth/policy';
import { Role } from '../../core/auth/principal';

/** Cycles, calls and process definitions are public programme information; coordinators manage them. */
export const programmeActions: Partial<Record<Action, ActionRule>> = {
  [Action.ReadProgramme]: anyRole,
  [Action.ManageProgramme]: (p) => p.role === Role.COORDINATOR,
};
