import { MACHINE_VERSIONS, PROCESS_IDS, type ProcessId } from '../../workflows/registry';

import { appPolicy, fillProcessRules } from '../../src/app/compose';
import {
  Action,
  canOpenCase,
  canReadCase,
  caseScope,
  systemActor,
  type Actor,
  type CaseAccess,
  type CaseScope,
  type EventSender,
} from '../../src/core/auth/policy';
import { ENTITY_ROLES, Role, type Principal } from '../../src/core/auth/principal';
import type { AppServices } from '../../src/core/graphql/context';
import { eventsOf } from '../../src/core/workflow/definition';
import { canSendIn, senderIn, type ProcessRules, type ProcessRulesTable } from '../../src/core/workflow/workflow-runtime';
import { canReadJourney } from '../../src/modules/cases/case.policy';
import { caseScopeOfReport, reportScope } from '../../src/modules/reports/report.policy';
import { eventSenders } from '../support/workflow';

/**
 * The policy of the composed system, and the runtime's sender check over the process rules the
 * modules declare (assembled as the system does; the rules' services are not called here).
 */
const can = (p: Principal, action: Action) => appPolicy.can(p, action);
const processRules: Partial<Record<ProcessId, ProcessRules>> = {};
fillProcessRules(processRules, {} as AppServices);
const senderOf = (process: string, event: string) => senderIn(processRules as ProcessRulesTable, process, event);
const canSendEvent = (actor: Actor, c: CaseAccess, event: string) => canSendIn(processRules as ProcessRulesTable, actor, c, event);

/*
 * The role × event matrix of the policy. Every expectation below comes from tables written here,
 * from the rules as the domain states them (Resolución 1117 de 2022 and DOMAIN), never from the
 * functions under test: if the policy module drifts, these tables say what it should have been.
 */

const OWN = '05001'; // Medellín: the entity whose case it is.
const OTHER = '76001'; // Cali: another entity.
const OWN_DEPARTMENT = '05'; // Gobernación de Antioquia: same department, still another entity.
const ASSIGNED = 'asesora.asignada@mintic.gov.co';
const NOT_ASSIGNED = 'otro.asesor@mintic.gov.co';
const PANEL_EVALUATOR = 'evaluadora.asignada@mintic.gov.co';

/** Who sends each event, as the domain says (an independent copy of the rule, not the module's table). */
const expectedSenders: Record<ProcessId, Record<string, EventSender>> = {
  MATURITY_ASSESSMENT: {
    SUBMIT: 'REPRESENTATIVE',
    WITHDRAW: 'REPRESENTATIVE',
    RESUBMIT: 'REPRESENTATIVE',
    CYCLE_CLOSED: 'SYSTEM',
    START_REVIEW: 'COORDINATOR',
    REQUEST_CHANGES: 'COORDINATOR',
    VALIDATE: 'COORDINATOR',
    REJECT: 'COORDINATOR',
  },
  ACCOMPANIMENT: {
    ADMIT: 'COORDINATOR',
    DECLINE: 'COORDINATOR',
    ASSIGN_ADVISOR: 'COORDINATOR',
    START_DIAGNOSIS: 'ASSIGNEE',
    START_FORMULATION: 'ASSIGNEE',
    DELIVER_ROADMAP: 'ASSIGNEE',
    REQUEST_ADJUSTMENTS: 'ENTITY',
    ACCEPT_ROADMAP: 'ENTITY',
    WITHDRAW: 'REPRESENTATIVE',
    // Version 2: only the assigned advisor holds the sessions and writes the diagnosis and the
    // roadmap; the entity answers the survey, and the system closes it when the term lapses.
    SCHEDULE_SESSION: 'ASSIGNEE',
    RESCHEDULE_SESSION: 'ASSIGNEE',
    CANCEL_SESSION: 'ASSIGNEE',
    RECORD_SESSION: 'ASSIGNEE',
    SAVE_FINDINGS: 'ASSIGNEE',
    SAVE_ROADMAP: 'ASSIGNEE',
    FINISH_SUPPORT: 'ASSIGNEE',
    ANSWER_SURVEY: 'ENTITY',
    CLOSE_WITHOUT_SURVEY: 'SYSTEM',
    // Amendments (not machine events): each side marks its own commitments done.
    COMPLETE_ENTITY_COMMITMENT: 'ENTITY',
    COMPLETE_MINISTRY_COMMITMENT: 'ASSIGNEE',
  },
  COFINANCING_APPLICATION: {
    SUBMIT: 'REPRESENTATIVE',
    WITHDRAW: 'REPRESENTATIVE',
    RESUBMIT: 'REPRESENTATIVE',
    SIGN_AGREEMENT: 'REPRESENTATIVE',
    CORRECTIONS_TERM_EXPIRED: 'SYSTEM',
    AGREEMENT_TERM_EXPIRED: 'SYSTEM',
    START_ELIGIBILITY_REVIEW: 'COORDINATOR',
    REQUEST_CORRECTIONS: 'COORDINATOR',
    DECLARE_ELIGIBLE: 'COORDINATOR',
    DECLARE_INELIGIBLE: 'COORDINATOR',
    SEND_TO_COMMITTEE: 'COORDINATOR',
    APPROVE: 'COORDINATOR',
    WAITLIST: 'COORDINATOR',
    REJECT: 'COORDINATOR',
    START_EXECUTION: 'COORDINATOR',
    CLOSE: 'COORDINATOR',
    // Version 2: the coordinator assigns the panel; each evaluator on it declares conflicts and scores;
    // the system promotes a waitlisted application when funds are released.
    ASSIGN_EVALUATORS: 'COORDINATOR',
    DECLARE_CONFLICT: 'EVALUATOR',
    SUBMIT_EVALUATION: 'EVALUATOR',
    REMOVE_EVALUATOR: 'COORDINATOR',
    PROMOTE: 'SYSTEM',
  },
  // Follow-up: the entity's representative or TIC leader answers for the plan and its reports; the coordination decides.
  PLAN_REVIEW: { APPROVE: 'COORDINATOR', RETURN: 'COORDINATOR', RESUBMIT: 'ENTITY_LEAD', WITHDRAW: 'ENTITY_LEAD' },
  PROGRESS_REPORT: { ACCEPT: 'COORDINATOR', RETURN: 'COORDINATOR', RESUBMIT: 'ENTITY_LEAD', WITHDRAW: 'ENTITY_LEAD' },
};

/** The changes of each process that are recorded without a machine step (`WorkflowRuntime.amend`): in the table, in no machine. */
const expectedAmendments: Record<ProcessId, string[]> = {
  MATURITY_ASSESSMENT: [],
  ACCOMPANIMENT: ['COMPLETE_ENTITY_COMMITMENT', 'COMPLETE_MINISTRY_COMMITMENT'],
  COFINANCING_APPLICATION: [],
  PLAN_REVIEW: [],
  PROGRESS_REPORT: [],
};

/** Every kind of actor the matrix tries, relative to a case of OWN assigned to ASSIGNED and evaluated by PANEL_EVALUATOR. */
const actors = {
  COORDINATOR: { subject: 'coordinadora@mintic.gov.co', role: Role.COORDINATOR, entityCode: null },
  ADVISOR_ASSIGNED: { subject: ASSIGNED, role: Role.ADVISOR, entityCode: null },
  ADVISOR_NOT_ASSIGNED: { subject: NOT_ASSIGNED, role: Role.ADVISOR, entityCode: null },
  // Even an advisor whose subject is on the evaluation panel is not an evaluator.
  ADVISOR_NAMED_AS_EVALUATOR: { subject: PANEL_EVALUATOR, role: Role.ADVISOR, entityCode: null },
  EVALUATOR_ASSIGNED: { subject: PANEL_EVALUATOR, role: Role.EVALUATOR, entityCode: null },
  EVALUATOR: { subject: 'evaluador@mintic.gov.co', role: Role.EVALUATOR, entityCode: null },
  // Even an evaluator whose subject is the case's assignee is not its advisor.
  EVALUATOR_NAMED_AS_ASSIGNEE: { subject: ASSIGNED, role: Role.EVALUATOR, entityCode: null },
  AUDITOR: { subject: 'auditora@contraloria.gov.co', role: Role.AUDITOR, entityCode: null },
  REPRESENTATIVE_OWN: { subject: 'alcalde@medellin.gov.co', role: Role.ENTITY_REPRESENTATIVE, entityCode: OWN },
  REPRESENTATIVE_OTHER: { subject: 'alcalde@cali.gov.co', role: Role.ENTITY_REPRESENTATIVE, entityCode: OTHER },
  REPRESENTATIVE_OWN_DEPARTMENT: { subject: 'gobernador@antioquia.gov.co', role: Role.ENTITY_REPRESENTATIVE, entityCode: OWN_DEPARTMENT },
  TIC_LEADER_OWN: { subject: 'lider.tic@medellin.gov.co', role: Role.ENTITY_TIC_LEADER, entityCode: OWN },
  TIC_LEADER_OTHER: { subject: 'lider.tic@cali.gov.co', role: Role.ENTITY_TIC_LEADER, entityCode: OTHER },
  MEMBER_OWN: { subject: 'funcionaria@medellin.gov.co', role: Role.ENTITY_MEMBER, entityCode: OWN },
  MEMBER_OTHER: { subject: 'funcionario@cali.gov.co', role: Role.ENTITY_MEMBER, entityCode: OTHER },
  SYSTEM: systemActor('prueba'),
} satisfies Record<string, Actor>;
type ActorKind = keyof typeof actors;
const ACTOR_KINDS = Object.keys(actors) as ActorKind[];

/** Which actor kinds each sender rule admits; every other kind is refused. */
const admittedBy: Record<EventSender, ActorKind[]> = {
  REPRESENTATIVE: ['REPRESENTATIVE_OWN'],
  ENTITY_LEAD: ['REPRESENTATIVE_OWN', 'TIC_LEADER_OWN'],
  ENTITY: ['REPRESENTATIVE_OWN', 'TIC_LEADER_OWN', 'MEMBER_OWN'],
  COORDINATOR: ['COORDINATOR'],
  ASSIGNEE: ['ADVISOR_ASSIGNED'],
  EVALUATOR: ['EVALUATOR_ASSIGNED'],
  SYSTEM: ['SYSTEM'],
};

const caseOf = (
  process: ProcessId,
  assignee: string | null = ASSIGNED,
  evaluators: readonly string[] | null = [PANEL_EVALUATOR],
): CaseAccess => ({
  process,
  entityCode: OWN,
  assignee,
  evaluators,
});

const matrix = PROCESS_IDS.flatMap((process) =>
  Object.entries(expectedSenders[process]).flatMap(([event, sender]) =>
    ACTOR_KINDS.map((kind) => ({ process, event, sender, kind, allowed: admittedBy[sender].includes(kind) })),
  ),
);

describe('who may send each event (canSendEvent)', () => {
  it('has a sender for exactly the events each machine declares, as the domain assigns them', () => {
    expect(eventSenders).toEqual(expectedSenders);
    // The table covers every version of a process: each version declares only events it has a
    // sender for, and together the versions declare every event of the table.
    for (const process of PROCESS_IDS) {
      const versions = MACHINE_VERSIONS.filter((v) => v.process === process);
      expect(versions.length).toBeGreaterThan(0);
      const amendments = expectedAmendments[process];
      const table = Object.keys(expectedSenders[process])
        .filter((event) => !amendments.includes(event))
        .sort();
      for (const { version, machine } of versions) {
        expect([version, eventsOf(machine).filter((event) => !table.includes(event))]).toEqual([version, []]);
      }
      expect([...new Set(versions.flatMap(({ machine }) => eventsOf(machine)))].sort()).toEqual(table);
      for (const amendment of amendments) expect(Object.keys(expectedSenders[process])).toContain(amendment);
    }
    for (const process of PROCESS_IDS) {
      for (const [event, sender] of Object.entries(expectedSenders[process])) expect(senderOf(process, event)).toBe(sender);
    }
  });

  it('covers every process, event and actor kind', () => {
    const events = PROCESS_IDS.reduce((n, p) => n + Object.keys(expectedSenders[p]).length, 0);
    expect(events).toBe(8 + 18 + 2 + 21 + 4 + 4);
    expect(matrix).toHaveLength(events * ACTOR_KINDS.length);
  });

  it.each(matrix)('$process.$event ($sender) by $kind → $allowed', ({ process, event, kind, allowed }) => {
    expect(canSendEvent(actors[kind], caseOf(process), event)).toBe(allowed);
  });

  it('lets auditors and evaluators off the panel send nothing, and every event has at least one sender', () => {
    for (const process of PROCESS_IDS) {
      for (const event of Object.keys(expectedSenders[process])) {
        expect(canSendEvent(actors.AUDITOR, caseOf(process), event)).toBe(false);
        expect(canSendEvent(actors.EVALUATOR, caseOf(process), event)).toBe(false);
        expect(canSendEvent(actors.EVALUATOR_NAMED_AS_ASSIGNEE, caseOf(process), event)).toBe(false);
        expect(ACTOR_KINDS.some((kind) => canSendEvent(actors[kind], caseOf(process), event))).toBe(true);
      }
    }
  });

  it('lets no advisor act on an accompaniment nobody is assigned to yet', () => {
    const advisorEvents = Object.entries(expectedSenders.ACCOMPANIMENT).filter(([, sender]) => sender === 'ASSIGNEE');
    expect(advisorEvents.map(([event]) => event)).toEqual(expect.arrayContaining(['START_DIAGNOSIS', 'RECORD_SESSION', 'DELIVER_ROADMAP']));
    for (const [event] of advisorEvents) {
      for (const kind of ACTOR_KINDS) expect(canSendEvent(actors[kind], caseOf('ACCOMPANIMENT', null), event)).toBe(false);
    }
  });

  it('lets no evaluator act on an application with no panel assigned yet', () => {
    for (const evaluators of [null, []]) {
      for (const event of ['DECLARE_CONFLICT', 'SUBMIT_EVALUATION']) {
        for (const kind of ACTOR_KINDS)
          expect(canSendEvent(actors[kind], caseOf('COFINANCING_APPLICATION', ASSIGNED, evaluators), event)).toBe(false);
      }
    }
  });

  it('refuses an event no machine declares, and an event of another process, to everyone', () => {
    for (const kind of ACTOR_KINDS) {
      expect(canSendEvent(actors[kind], caseOf('MATURITY_ASSESSMENT'), 'NOT_AN_EVENT')).toBe(false);
      expect(canSendEvent(actors[kind], caseOf('ACCOMPANIMENT'), '')).toBe(false);
      // SIGN_AGREEMENT belongs to applications; ADMIT to accompaniments.
      expect(canSendEvent(actors[kind], caseOf('MATURITY_ASSESSMENT'), 'SIGN_AGREEMENT')).toBe(false);
      expect(canSendEvent(actors[kind], caseOf('COFINANCING_APPLICATION'), 'ADMIT')).toBe(false);
    }
    expect(senderOf('MATURITY_ASSESSMENT', 'NOT_AN_EVENT')).toBeUndefined();
  });

  it('does not take an inherited property of the sender table for a rule', () => {
    for (const kind of ACTOR_KINDS) {
      for (const event of ['toString', 'constructor', '__proto__', 'hasOwnProperty']) {
        expect(canSendEvent(actors[kind], caseOf('COFINANCING_APPLICATION'), event)).toBe(false);
      }
    }
  });
});

describe('which cases each actor sees', () => {
  const expectedScope: Record<ActorKind, CaseScope> = {
    COORDINATOR: { kind: 'ALL' },
    ADVISOR_ASSIGNED: { kind: 'ASSIGNEE', subject: ASSIGNED },
    ADVISOR_NOT_ASSIGNED: { kind: 'ASSIGNEE', subject: NOT_ASSIGNED },
    ADVISOR_NAMED_AS_EVALUATOR: { kind: 'ASSIGNEE', subject: PANEL_EVALUATOR },
    EVALUATOR_ASSIGNED: { kind: 'EVALUATOR', subject: PANEL_EVALUATOR },
    EVALUATOR: { kind: 'EVALUATOR', subject: 'evaluador@mintic.gov.co' },
    EVALUATOR_NAMED_AS_ASSIGNEE: { kind: 'EVALUATOR', subject: ASSIGNED },
    AUDITOR: { kind: 'ALL' },
    REPRESENTATIVE_OWN: { kind: 'ENTITY', entityCode: OWN },
    REPRESENTATIVE_OTHER: { kind: 'ENTITY', entityCode: OTHER },
    REPRESENTATIVE_OWN_DEPARTMENT: { kind: 'ENTITY', entityCode: OWN_DEPARTMENT },
    TIC_LEADER_OWN: { kind: 'ENTITY', entityCode: OWN },
    TIC_LEADER_OTHER: { kind: 'ENTITY', entityCode: OTHER },
    MEMBER_OWN: { kind: 'ENTITY', entityCode: OWN },
    MEMBER_OTHER: { kind: 'ENTITY', entityCode: OTHER },
    SYSTEM: { kind: 'ALL' },
  };
  /** Whether each kind reads a case of OWN assigned to ASSIGNED and evaluated by PANEL_EVALUATOR. */
  const readsCase: Record<ActorKind, boolean> = {
    COORDINATOR: true,
    ADVISOR_ASSIGNED: true,
    ADVISOR_NOT_ASSIGNED: false,
    ADVISOR_NAMED_AS_EVALUATOR: false,
    EVALUATOR_ASSIGNED: true,
    EVALUATOR: false,
    EVALUATOR_NAMED_AS_ASSIGNEE: false,
    AUDITOR: true,
    REPRESENTATIVE_OWN: true,
    REPRESENTATIVE_OTHER: false,
    REPRESENTATIVE_OWN_DEPARTMENT: false,
    TIC_LEADER_OWN: true,
    TIC_LEADER_OTHER: false,
    MEMBER_OWN: true,
    MEMBER_OTHER: false,
    SYSTEM: true,
  };
  /** Whether each kind reads a case of OWN that nobody is assigned to. */
  const readsUnassignedCase: Record<ActorKind, boolean> = { ...readsCase, ADVISOR_ASSIGNED: false };
  /** Whether each kind reads a case of OWN assigned to ASSIGNED with no evaluation panel. */
  const readsCaseWithoutPanel: Record<ActorKind, boolean> = { ...readsCase, EVALUATOR_ASSIGNED: false };

  it.each(ACTOR_KINDS)('caseScope of %s', (kind) => {
    expect(caseScope(actors[kind])).toEqual(expectedScope[kind]);
  });

  it.each(ACTOR_KINDS.flatMap((kind) => PROCESS_IDS.map((process) => ({ kind, process }))))(
    'canReadCase: $kind on a $process case',
    ({ kind, process }) => {
      expect(canReadCase(actors[kind], caseOf(process))).toBe(readsCase[kind]);
      expect(canReadCase(actors[kind], caseOf(process, null))).toBe(readsUnassignedCase[kind]);
      expect(canReadCase(actors[kind], caseOf(process, ASSIGNED, null))).toBe(readsCaseWithoutPanel[kind]);
    },
  );

  it('gives an entity user with no entity code nothing at all', () => {
    for (const role of [Role.ENTITY_REPRESENTATIVE, Role.ENTITY_MEMBER]) {
      const p: Principal = { subject: 'sin-entidad', role, entityCode: null };
      expect(caseScope(p)).toEqual({ kind: 'NONE' });
      expect(canReadCase(p, caseOf('MATURITY_ASSESSMENT'))).toBe(false);
      expect(canOpenCase(p, OWN)).toBe(false);
      expect(canReadJourney(p, OWN)).toBe(false);
      for (const process of PROCESS_IDS) {
        for (const event of Object.keys(expectedSenders[process])) expect(canSendEvent(p, caseOf(process), event)).toBe(false);
      }
    }
  });
});

describe('who opens cases and reads journeys', () => {
  const opensForOwn: Record<ActorKind, boolean> = {
    COORDINATOR: false,
    ADVISOR_ASSIGNED: false,
    ADVISOR_NOT_ASSIGNED: false,
    ADVISOR_NAMED_AS_EVALUATOR: false,
    EVALUATOR_ASSIGNED: false,
    EVALUATOR: false,
    EVALUATOR_NAMED_AS_ASSIGNEE: false,
    AUDITOR: false,
    REPRESENTATIVE_OWN: true,
    REPRESENTATIVE_OTHER: false,
    REPRESENTATIVE_OWN_DEPARTMENT: false,
    TIC_LEADER_OWN: true,
    TIC_LEADER_OTHER: false,
    MEMBER_OWN: true,
    MEMBER_OTHER: false,
    SYSTEM: false,
  };
  const readsOwnJourney: Record<Exclude<ActorKind, 'SYSTEM'>, boolean> = {
    COORDINATOR: true,
    ADVISOR_ASSIGNED: false,
    ADVISOR_NOT_ASSIGNED: false,
    ADVISOR_NAMED_AS_EVALUATOR: false,
    EVALUATOR_ASSIGNED: false,
    EVALUATOR: false,
    EVALUATOR_NAMED_AS_ASSIGNEE: false,
    AUDITOR: true,
    REPRESENTATIVE_OWN: true,
    REPRESENTATIVE_OTHER: false,
    REPRESENTATIVE_OWN_DEPARTMENT: false,
    TIC_LEADER_OWN: true,
    TIC_LEADER_OTHER: false,
    MEMBER_OWN: true,
    MEMBER_OTHER: false,
  };

  it.each(ACTOR_KINDS)('canOpenCase for %s', (kind) => {
    expect(canOpenCase(actors[kind], OWN)).toBe(opensForOwn[kind]);
  });

  it.each(Object.keys(readsOwnJourney) as Exclude<ActorKind, 'SYSTEM'>[])('canReadJourney for %s', (kind) => {
    expect(canReadJourney(actors[kind], OWN)).toBe(readsOwnJourney[kind]);
  });

  it('lets each entity user open cases and read the journey of their own entity only', () => {
    expect(canOpenCase(actors.REPRESENTATIVE_OTHER, OTHER)).toBe(true);
    expect(canOpenCase(actors.MEMBER_OTHER, OTHER)).toBe(true);
    expect(canOpenCase(actors.REPRESENTATIVE_OWN_DEPARTMENT, OWN_DEPARTMENT)).toBe(true);
    expect(canReadJourney(actors.MEMBER_OTHER, OTHER)).toBe(true);
    expect(canReadJourney(actors.REPRESENTATIVE_OWN_DEPARTMENT, OWN_DEPARTMENT)).toBe(true);
    // A department's code is a prefix of its municipalities' codes; it owns none of them.
    expect(canReadJourney(actors.REPRESENTATIVE_OWN_DEPARTMENT, OWN)).toBe(false);
    expect(canOpenCase(actors.MEMBER_OWN, OWN_DEPARTMENT)).toBe(false);
  });
});

describe('reportScope: whose view of the data a report holds', () => {
  const scope = (kind: ActorKind, k: 'FOLLOW_UP' | 'CTI_INDEX' | 'CASELOAD', entity: string | null = OWN) =>
    reportScope(actors[kind], k, entity);

  it("gives a plan's follow-up one view for all who may read the plan, and none to others", () => {
    for (const kind of ['SYSTEM', 'COORDINATOR', 'AUDITOR', 'REPRESENTATIVE_OWN', 'MEMBER_OWN'] as ActorKind[])
      expect([kind, scope(kind, 'FOLLOW_UP')]).toEqual([kind, 'PLAN']);
    for (const kind of [
      'ADVISOR_ASSIGNED',
      'EVALUATOR_ASSIGNED',
      'REPRESENTATIVE_OTHER',
      'MEMBER_OTHER',
      'REPRESENTATIVE_OWN_DEPARTMENT',
    ] as ActorKind[]) {
      expect([kind, scope(kind, 'FOLLOW_UP')]).toEqual([kind, null]);
    }
  });

  it('gives the Índice whole to the ministry and auditors, the published one to advisors and evaluators, and an entity its own view', () => {
    expect(scope('COORDINATOR', 'CTI_INDEX')).toBe('ALL');
    expect(scope('AUDITOR', 'CTI_INDEX')).toBe('ALL');
    expect(scope('ADVISOR_ASSIGNED', 'CTI_INDEX')).toBe('PUBLIC');
    expect(scope('MEMBER_OWN', 'CTI_INDEX')).toBe(`ENTITY:${OWN}`);
    expect(scope('REPRESENTATIVE_OTHER', 'CTI_INDEX')).toBe(`ENTITY:${OTHER}`);
  });

  it('gives each role the caseload of the cases it may see, and reads that scope back', () => {
    expect(scope('COORDINATOR', 'CASELOAD')).toBe('ALL');
    expect(scope('MEMBER_OWN', 'CASELOAD')).toBe(`ENTITY:${OWN}`);
    expect(scope('ADVISOR_ASSIGNED', 'CASELOAD')).toBe(`ASSIGNEE:${actors.ADVISOR_ASSIGNED.subject}`);
    expect(scope('EVALUATOR_ASSIGNED', 'CASELOAD')).toBe(`EVALUATOR:${actors.EVALUATOR_ASSIGNED.subject}`);
    for (const kind of ['COORDINATOR', 'MEMBER_OWN', 'ADVISOR_ASSIGNED', 'EVALUATOR_ASSIGNED'] as ActorKind[]) {
      expect(caseScopeOfReport(scope(kind, 'CASELOAD')!)).toEqual(caseScope(actors[kind]));
    }
  });
});

describe('the action map per role', () => {
  const A = Action;
  // What every role with access does with the directory: see itself, its own data, and people (each the people its scope allows).
  const person = [A.ReadOwnIdentity, A.ManageOwnPerson, A.ReadPeople];
  const reader = [A.ReadTerritorialEntities, ...person, A.ReadProgramme, A.ReadCases, A.ReadNotifications, A.ReadPlans, A.RequestReports];
  // Everyone who works cases uploads documents; auditors only read them, and with coordinators read the downloads' trail.
  const entityUser = [...reader, A.OpenCases, A.ActOnCases, A.WritePlans, A.UploadDocuments];
  const expected: Record<Role, Action[]> = {
    [Role.COORDINATOR]: [
      ...reader,
      A.ManageProgramme,
      A.ActOnCases,
      A.InvitePeople,
      A.ManagePeople,
      A.UploadDocuments,
      A.ReadDocumentDownloads,
      A.OpenQueueConsole,
      A.ReadAdoption,
      A.InviteToAdopt,
    ],
    [Role.ADVISOR]: [...reader, A.ActOnCases, A.UploadDocuments],
    // Evaluators act on the applications whose panel they are on (DECLARE_CONFLICT, SUBMIT_EVALUATION).
    [Role.EVALUATOR]: [...reader, A.ActOnCases, A.UploadDocuments],
    // Auditors read who has not adopted the model; only coordinators invite.
    [Role.AUDITOR]: [...reader, A.ReadDocumentDownloads, A.ReadAdoption],
    // The representative invites the entity's TIC leader and members.
    [Role.ENTITY_REPRESENTATIVE]: [...entityUser, A.InvitePeople],
    [Role.ENTITY_TIC_LEADER]: entityUser,
    [Role.ENTITY_MEMBER]: entityUser,
    // Signed in without a current role: who they are, the privacy notice and their invitations, nothing of the programme's.
    [Role.GUEST]: [A.ReadOwnIdentity, A.ManageOwnPerson],
  };

  it.each(Object.values(Role))('%s', (role) => {
    const p: Principal = {
      subject: 's',
      role,
      entityCode: ENTITY_ROLES.has(role) ? OWN : null,
    };
    for (const action of Object.values(Action)) expect([action, can(p, action)]).toEqual([action, expected[role].includes(action)]);
  });
});
