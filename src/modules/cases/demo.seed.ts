import { randomUUID } from 'node:crypto';
import type { Principal } from '../../core/auth/principal';
import { Role } from '../../core/auth/principal';
import type { AppServices } from '../../core/graphql/context';
import type { Orm } from '../../core/orm/orm';
import { Cycle } from '../cycles/cycle.entity';
import { addWorkingDays, atBogotaTime, bogotaDay } from '../../core/time/business-calendar';
import type { WorkflowRuntime } from '../../core/workflow/workflow-runtime';

const DAY = 24 * 3600 * 1000;
const coordinator: Principal = { subject: 'coordinador@mintic.gov.co', role: Role.COORDINATOR, entityCode: null };
const advisor: Principal = { subject: 'asesor@mintic.gov.co', role: Role.ADVISOR, entityCode: null };

function entityUsers(code: string, domain: string) {
  return {
    member: { subject: `lider-tic@${domain}`, role: Role.ENTITY_MEMBER, entityCode: code } as Principal,
    representative: { subject: `alcaldia@${domain}`, role: Role.ENTITY_REPRESENTATIVE, entityCode: code } as Principal,
  };
}

export interface DemoSeedResult {
  seeded: boolean;
  cases: number;
}

/**
 * The embedded default's demo: an open cycle and call, and a few entities at different points of
 * their path, all moved through the workflow runtime so their history is real. Medellín (05001),
 * whose tokens `npm start` prints, is left untouched to walk the path by hand. Runs once: a
 * database that already has a cycle is left alone.
 */
export async function seedDemo(orm: Orm, services: AppServices, now = new Date()): Promise<DemoSeedResult> {
  const em = orm.em.fork();
  if ((await em.count(Cycle, {})) > 0) return { seeded: false, cases: 0 };
  const meta = () => ({ requestId: `demo-${randomUUID()}` });
  const cycle = await services.programme.openCycle(em, coordinator, {
    year: now.getUTCFullYear(),
    opensAt: new Date(now.getTime() - 60 * DAY),
    closesAt: new Date(now.getTime() + 90 * DAY),
  });
  const call = await services.programme.createCall(em, coordinator, {
    title: `Convocatoria de cofinanciación CTI ${now.getUTCFullYear()}`,
    opensAt: new Date(now.getTime() - 40 * DAY),
    closesAt: new Date(now.getTime() + 45 * DAY),
    totalBudget: 40_000_000_000,
    capPerApplication: 2_500_000_000,
    minCounterpartPercent: 20,
  });
  // Some cases are filed in the past (10:00 Bogotá, N business days ago), so their terms run late
  // or near their end on the first start: the worker then escalates and reminds at once.
  const businessDaysAgo = (n: number): WorkflowRuntime => {
    const at = atBogotaTime(addWorkingDays(bogotaDay(now), -n), 10);
    return services.runtime.withClock({ now: () => at, sync: async () => undefined });
  };
  let runtime = services.runtime;
  let cases = 0;
  const start = async (who: Principal, code: string, departmentCode: string, process: 'MATURITY_ASSESSMENT' | 'ACCOMPANIMENT' | 'COFINANCING_APPLICATION') => {
    cases++;
    const outcome = await runtime.open(
      who,
      { process, entityCode: code, departmentCode, cycleId: process === 'COFINANCING_APPLICATION' ? null : cycle.id, callId: process === 'COFINANCING_APPLICATION' ? call.id : null },
      meta(),
    );
    return outcome.kase.id;
  };
  const send = async (who: Principal, caseId: string, events: { type: string; [k: string]: unknown }[]) => {
    for (const event of events) await runtime.send(who, caseId, event, {}, meta());
  };
  const validate = async (code: string, departmentCode: string, domain: string) => {
    const users = entityUsers(code, domain);
    const id = await start(users.member, code, departmentCode, 'MATURITY_ASSESSMENT');
    await send(users.representative, id, [{ type: 'SUBMIT' }]);
    await send(coordinator, id, [{ type: 'START_REVIEW' }, { type: 'VALIDATE' }]);
    return users;
  };

  // Barranquilla: validated, accompaniment requested 20 business days ago and never answered: past
  // its 15-day term, so the worker flags it overdue and tells the coordinators.
  runtime = businessDaysAgo(20);
  const barranquilla = await validate('08001', '08', 'barranquilla.gov.co');
  await start(barranquilla.member, '08001', '08', 'ACCOMPANIMENT');

  // Bogotá: validated, accompaniment in diagnosis with the demo advisor, application with
  // corrections requested 8 business days ago: 2 of its 10 days are left, so Bogotá is reminded.
  runtime = businessDaysAgo(8);
  const bogota = await validate('11001', '11', 'bogota.gov.co');
  const advisory = await start(bogota.member, '11001', '11', 'ACCOMPANIMENT');
  await send(coordinator, advisory, [{ type: 'ADMIT' }, { type: 'ASSIGN_ADVISOR', advisor: advisor.subject }]);
  await send(advisor, advisory, [{ type: 'START_DIAGNOSIS' }]);
  const application = await start(bogota.member, '11001', '11', 'COFINANCING_APPLICATION');
  await send(bogota.representative, application, [{ type: 'SUBMIT' }]);
  await send(coordinator, application, [
    { type: 'START_ELIGIBILITY_REVIEW' },
    { type: 'REQUEST_CORRECTIONS', note: 'Ajuste la contrapartida: el certificado de disponibilidad presupuestal no cubre el 20 % exigido.' },
  ]);
  runtime = services.runtime;

  // Cali: assessment under review with changes requested.
  const cali = entityUsers('76001', 'cali.gov.co');
  const caliAssessment = await start(cali.member, '76001', '76', 'MATURITY_ASSESSMENT');
  await send(cali.representative, caliAssessment, [{ type: 'SUBMIT' }]);
  await send(coordinator, caliAssessment, [
    { type: 'START_REVIEW' },
    { type: 'REQUEST_CHANGES', note: 'Adjunte la evidencia de la dimensión Gobernanza (plan de desarrollo vigente).' },
  ]);

  // Gobernación de Boyacá: a draft assessment.
  await start(entityUsers('15', 'boyaca.gov.co').member, '15', '15', 'MATURITY_ASSESSMENT');
  return { seeded: true, cases };
}
