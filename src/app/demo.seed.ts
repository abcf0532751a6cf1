import { randomUUID } from 'node:crypto';

import { Role, type Principal } from '../core/auth/principal';
import type { AppServices } from '../core/graphql/context';
import type { Orm } from '../core/orm/orm';
import { addMonths, addWorkingDays, atBogotaTime, bogotaDay } from '../core/time/business-calendar';
import type { OpenInit } from '../core/workflow/ports';
import type { WorkflowRuntime } from '../core/workflow/workflow-runtime';
import { requestInit } from '../modules/accompaniment/accompaniment-request';
import { DEFAULT_CHECKLIST, DEFAULT_RUBRIC } from '../modules/cofinancing/cofinancing-defaults';
import { Cycle } from '../modules/cycles/cycle.entity';
import { BOGOTA_IMPROVEMENT_ACTIONS, BOGOTA_REPORT_PUBLISHED_ON, bogotaDemoPlan } from '../modules/follow-up/bogota-demo';
import { ImprovementActionService } from '../modules/follow-up/improvement-action.service';
import { sampleAnswers, seededRandom } from '../modules/maturity/sample-answers';
import type { DirectorySnapshot } from '../modules/territorial-entities/territorial-entity.service';
import type { TerritorialEntityType } from '../modules/territorial-entities/territorial-entity.type';

const DAY = 24 * 3600 * 1000;
/** Every item of the default checklist, verified. */
const checklistMet = DEFAULT_CHECKLIST.map((i) => ({ itemId: i.id, met: true, note: 'Verificado con los documentos radicados.' }));
const coordinator: Principal = { subject: 'coordinador@mintic.gov.co', role: Role.COORDINATOR, entityCode: null };
const advisor: Principal = { subject: 'asesor@mintic.gov.co', role: Role.ADVISOR, entityCode: null };

function entityUsers(code: string, domain: string) {
  return {
    member: { subject: `lider-tic@${domain}`, role: Role.ENTITY_TIC_LEADER, entityCode: code } as Principal,
    representative: { subject: `alcaldia@${domain}`, role: Role.ENTITY_REPRESENTATIVE, entityCode: code } as Principal,
  };
}

/** The people whose tokens `npm start` prints: one per role, entity users for Medellín (05001). */
export const DEMO_USERS: readonly (Principal & { name: string })[] = [
  { subject: 'coordinador@mintic.gov.co', role: Role.COORDINATOR, entityCode: null, name: 'Coordinación CTI (demostración)' },
  { subject: 'asesor@mintic.gov.co', role: Role.ADVISOR, entityCode: null, name: 'Asesoría técnica (demostración)' },
  { subject: 'evaluador@mintic.gov.co', role: Role.EVALUATOR, entityCode: null, name: 'Evaluación (demostración)' },
  {
    subject: 'alcalde@medellin.gov.co',
    role: Role.ENTITY_REPRESENTATIVE,
    entityCode: '05001',
    name: 'Alcaldía de Medellín (demostración)',
  },
  { subject: 'lider-tic@medellin.gov.co', role: Role.ENTITY_TIC_LEADER, entityCode: '05001', name: 'Líder TIC de Medellín (demostración)' },
  {
    subject: 'funcionario@medellin.gov.co',
    role: Role.ENTITY_MEMBER,
    entityCode: '05001',
    name: 'Funcionario(a) de Medellín (demostración)',
  },
  { subject: 'auditor@controlinterno.gov.co', role: Role.AUDITOR, entityCode: null, name: 'Control interno (demostración)' },
];

/**
 * Registers demo people in the directory (their subjects are their demo addresses), each once per
 * seed, with the privacy notice recorded as accepted: they are not real persons. `onlyNew` leaves
 * alone a person the directory already knows (a demo representative handed over stays handed over).
 */
export function demoEnroller(services: AppServices, options: { onlyNew?: boolean } = {}) {
  const done = new Set<string>();
  return async (...people: Principal[]): Promise<void> => {
    for (const p of people) {
      if (done.has(p.subject)) continue;
      done.add(p.subject);
      if (options.onlyNew && (await services.people.standing(p.subject, true))) continue;
      const named = DEMO_USERS.find((u) => u.subject === p.subject);
      await services.people.enroll({
        subject: p.subject,
        role: p.role,
        entityCode: p.entityCode,
        email: p.subject,
        name:
          named?.name ??
          `${p.role === Role.ENTITY_REPRESENTATIVE ? 'Representante' : 'Líder TIC'} ${p.entityCode ?? ''} (demostración)`.trim(),
        acceptPrivacy: true,
      });
    }
  };
}

/**
 * The entities of last cycle's published Índice: the XX001 municipality of every department (its
 * capital, Medellín excepted, but for Cundinamarca's 25001 Agua de Dios: the capital, Bogotá,
 * is 11001 and takes part as itself) and some gobernaciones.
 */
function previousCycleEntities(directory: DirectorySnapshot): TerritorialEntityType[] {
  const capitals = [...Array(100).keys()]
    .map((d) => directory.find(`${String(d).padStart(2, '0')}001`))
    .filter((e): e is TerritorialEntityType => e !== null && e.code !== '05001');
  const governorates = ['05', '08', '15', '25', '54', '68', '73', '76']
    .map((d) => directory.find(d))
    .filter((e): e is TerritorialEntityType => e !== null);
  return [...capitals, ...governorates];
}

/**
 * The entities of the Índice the year before last: every other entity of last year's (so last
 * year's shows both repeaters and first participations) and three alcaldías that did not take part
 * last year.
 */
function earlierCycleEntities(directory: DirectorySnapshot): TerritorialEntityType[] {
  const others = ['05266', '25754', '05360'].map((code) => directory.find(code)).filter((e): e is TerritorialEntityType => e !== null);
  return [...previousCycleEntities(directory).filter((_, i) => i % 2 === 0 || i === 1), ...others];
}

/** Last year's maturity of a demo entity (the first two answer alike, so they share a place). */
const lastYearMaturity = (entities: TerritorialEntityType[], i: number) =>
  i <= 1 ? 0.85 : 0.1 + 0.8 * seededRandom(`madurez-${entities[i].code}`)();

/**
 * A past cycle (`yearsAgo`: 1, last year's; 2, the year before), now closed, with a few dozen
 * validated assessments over the country and its Índice published, so `cycle(id) { index }`
 * answers with a real ranking on the first start, and last year's with each entity's change
 * against the year before. Each assessment goes the whole way through the runtime while the cycle
 * was open (a clock in the past). Last year two entities answer alike, so the ranking shows a
 * shared place; the year before, most entities stood lower and a few higher.
 */
async function seedPublishedIndex(
  em: ReturnType<Orm['em']['fork']>,
  services: AppServices,
  now: Date,
  yearsAgo: 1 | 2 = 1,
): Promise<number> {
  const year = now.getUTCFullYear() - yearsAgo;
  const shift = (yearsAgo - 1) * 365 * DAY;
  // Opened with its close far ahead and closed once every assessment is validated: a draft of a
  // cycle already closed would be expired by the worker while the seed is still submitting it, and
  // one closing soon would get its reminder mails in that instant.
  const cycle = await services.programme.openCycle(em, coordinator, {
    year,
    opensAt: new Date(now.getTime() - 420 * DAY - shift),
    closesAt: new Date(now.getTime() + 365 * DAY),
  });
  const at = new Date(now.getTime() - 200 * DAY - shift);
  const runtime = services.runtime.withClock({ now: () => at, sync: async () => undefined });
  const meta = () => ({ requestId: `demo-${randomUUID()}` });
  const { model } = await services.models.ofCycle(em, cycle.id);
  const directory = await services.directory.current();
  const lastYears = previousCycleEntities(directory);
  const entities = yearsAgo === 1 ? lastYears : earlierCycleEntities(directory);
  for (const [i, entity] of entities.entries()) {
    // Last year's people act only through the runtime here: the directory registers this year's.
    const users = entityUsers(entity.code, `${entity.code}.demo.gov.co`);
    const opened = await runtime.open(
      users.member,
      { process: 'MATURITY_ASSESSMENT', entityCode: entity.code, departmentCode: entity.departmentCode, cycleId: cycle.id, callId: null },
      meta(),
    );
    // Last year: a spread of maturities from Inicial to Optimizado; the second entity (Bogotá)
    // answers exactly like the first (Barranquilla), so they share a place. The year before: last
    // year's maturity less a step of -0.1 to +0.3 (most entities have progressed since), or a
    // maturity of its own for one that did not take part last year.
    const last = lastYears.findIndex((e) => e.code === entity.code);
    const seed = yearsAgo === 1 && i === 1 ? entities[0].code : `${entity.code}${yearsAgo === 1 ? '' : `-${year}`}`;
    const maturity =
      yearsAgo === 1
        ? lastYearMaturity(entities, i)
        : last < 0
          ? 0.1 + 0.6 * seededRandom(`madurez-${entity.code}-${year}`)()
          : Math.min(0.95, Math.max(0.05, lastYearMaturity(lastYears, last) - (0.3 * seededRandom(`avance-${entity.code}`)() - 0.1)));
    await services.assessments.saveAnswers(
      em,
      users.member,
      opened.kase.id,
      sampleAnswers(model, seed, maturity, { evidenceDate: `${year}-05-15` }),
      [],
    );
    for (const [who, type] of [
      [users.representative, 'SUBMIT'],
      [coordinator, 'START_REVIEW'],
      [coordinator, 'VALIDATE'],
    ] as const) {
      await runtime.send(who, opened.kase.id, { type }, {}, meta());
    }
  }
  await services.programme.closeCycle(em, cycle.id, `demo-${randomUUID()}`);
  await services.cti.publish(em, coordinator, cycle.id);
  return entities.length;
}

/** A runtime whose clock reads `hour` o'clock, Bogotá time, on `day` (YYYY-MM-DD). */
function runtimeOn(services: AppServices, day: string, hour = 10): WorkflowRuntime {
  const at = atBogotaTime(day, hour);
  return services.runtime.withClock({ now: () => at, sync: async () => undefined });
}

/** When the demo files each step of Bogotá's plan (Bogotá days; the plan was adopted on May 31, 2023). */
const BOGOTA_PLAN_DAYS = { imported: '2023-07-10', approved: '2023-07-14' };

/**
 * Bogotá's action plan as the 2024-1 follow-up report publishes it (bogota-demo.ts): imported by its
 * representative and approved by the coordination in July 2023; the 2023 values reported on
 * January 31, 2024 and accepted on February 5, and 3.1.1's 2024 value reported and accepted on June
 * 28, 2024, so the official measurement at the report's cut (June 30, 2024) counts them all and gives
 * the published figures; and the improvement actions of the report's §9, recorded when it was
 * published (October 2024).
 */
async function seedBogotaPlan(
  em: ReturnType<Orm['em']['fork']>,
  services: AppServices,
  bogota: ReturnType<typeof entityUsers>,
): Promise<void> {
  const meta = () => ({ requestId: `demo-${randomUUID()}` });
  const demo = bogotaDemoPlan();
  const { plan, outcome } = await services.plans.import(
    em,
    bogota.representative,
    {
      title: demo.title,
      description: demo.description,
      startYear: 2023,
      endYear: 2032,
      periodicity: 'ANNUAL',
      format: 'CSV',
      content: demo.csv,
    },
    meta(),
    runtimeOn(services, BOGOTA_PLAN_DAYS.imported),
  );
  await runtimeOn(services, BOGOTA_PLAN_DAYS.approved, 15).send(
    coordinator,
    outcome.kase.id,
    { type: 'APPROVE', note: 'Plan de acción de la Política Bogotá Territorio Inteligente revisado y aprobado.' },
    {},
    meta(),
  );
  // The reports as they were made: each period's report filed by the representative on the day it was
  // submitted and accepted by the coordination on the day it was, through the PROGRESS_REPORT process.
  const groups = new Map<string, typeof demo.reports>();
  for (const r of demo.reports) {
    const key = `${r.period}|${r.submittedOn}|${r.acceptedOn}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  for (const reports of groups.values()) {
    const { period, submittedOn, acceptedOn } = reports[0];
    const filedAt = atBogotaTime(submittedOn, 10);
    const filed = await services.progressReviews
      .at({ now: () => filedAt, sync: async () => undefined }, runtimeOn(services, submittedOn))
      .submit(em, bogota.representative, `demo-${randomUUID()}`, {
        planId: plan.id,
        period,
        items: reports.map((r) => ({
          productCode: r.productCode,
          value: r.value,
          narrative:
            r.source === 'report'
              ? 'Valor publicado en el informe de seguimiento 2024-1 de la Política Bogotá Territorio Inteligente (Secretaría Distrital de Planeación).'
              : 'Valor reconstruido para la demostración: da el PAHV y el PAA que publica el anexo 1 del informe de seguimiento 2024-1 (script src/modules/follow-up/seed/fit-bogota-plan.ts).',
          evidence: [{ title: 'Informe de seguimiento 2024-1, Secretaría Distrital de Planeación', url: null }],
        })),
      });
    await runtimeOn(services, acceptedOn, 16).send(
      coordinator,
      filed.case.id,
      { type: 'ACCEPT', note: 'Reporte revisado y aceptado por la coordinación.' },
      {},
      meta(),
    );
  }
  // §9's improvement actions, through the service at the day the report was published: the official
  // measurement of that day (the June figures) calls for each one.
  const published = atBogotaTime(BOGOTA_REPORT_PUBLISHED_ON, 10);
  const improvements = new ImprovementActionService({ now: () => published, sync: async () => undefined }, services.plans);
  for (const a of BOGOTA_IMPROVEMENT_ACTIONS) {
    const action = await improvements.add(em, bogota.representative, {
      planId: plan.id,
      productCode: a.productCode,
      action: a.action,
      responsible: a.responsible,
      dueOn: a.dueOn,
    });
    if (a.status !== 'PENDING')
      await improvements.update(em, bogota.representative, { id: action.id, status: a.status, statusNote: a.statusNote });
  }
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
  const enroll = demoEnroller(services);
  await enroll(...DEMO_USERS, coordinator, advisor);
  const cycle = await services.programme.openCycle(em, coordinator, {
    year: now.getUTCFullYear(),
    opensAt: new Date(now.getTime() - 60 * DAY),
    closesAt: new Date(now.getTime() + 90 * DAY),
  });
  const draftCall = await services.calls.create(em, coordinator, {
    title: `Convocatoria de cofinanciación CTI ${now.getUTCFullYear()}`,
    opensAt: new Date(now.getTime() - 40 * DAY),
    closesAt: new Date(now.getTime() + 45 * DAY),
    totalBudget: 40_000_000_000,
    capPerApplication: 2_500_000_000,
    minCounterpartPercent: 20,
    // The demo's applications are filed without documents: its call asks for none before submission
    // (an entity may still attach them to any item, e.g. Bogotá's CDP while it corrects it).
    eligibilityChecklist: DEFAULT_CHECKLIST.map(({ id, text }) => ({ id, text })),
  });
  const call = await services.calls.publish(em, coordinator, draftCall.id);
  // Some cases are filed in the past (10:00 Bogotá, N business days ago), so their terms run late
  // or near their end on the first start: the worker then escalates and reminds at once.
  const businessDaysAgo = (n: number): WorkflowRuntime => {
    const at = atBogotaTime(addWorkingDays(bogotaDay(now), -n), 10);
    return services.runtime.withClock({ now: () => at, sync: async () => undefined });
  };
  let runtime = services.runtime;
  let cases = 0;
  const start = async (
    who: Principal,
    code: string,
    departmentCode: string,
    process: 'MATURITY_ASSESSMENT' | 'ACCOMPANIMENT' | 'COFINANCING_APPLICATION',
    init?: OpenInit,
  ) => {
    cases++;
    const outcome = await runtime.open(
      who,
      {
        process,
        entityCode: code,
        departmentCode,
        cycleId: process === 'COFINANCING_APPLICATION' ? null : cycle.id,
        callId: process === 'COFINANCING_APPLICATION' ? call.id : null,
      },
      meta(),
      init,
    );
    return outcome.kase.id;
  };
  /** The directory's id of a demo person (enrolled before). */
  const personOf = async (who: Principal) => (await services.people.standing(who.subject, true))!.personId;
  /** An accompaniment requested by the entity's TIC leader (its contact), with what it asks for. */
  const requestAccompaniment = async (who: Principal, code: string, departmentCode: string, description: string) =>
    start(
      who,
      code,
      departmentCode,
      'ACCOMPANIMENT',
      requestInit(
        {
          topic: 'ROADMAP',
          dimensions: ['GOBERNANZA', 'PERSONAS'],
          description,
          contactPersonId: await personOf(who),
          modality: 'VIRTUAL',
        },
        [...model.dimensionNames.keys()],
      ),
    );
  const send = async (who: Principal, caseId: string, events: { type: string; [k: string]: unknown }[]) => {
    for (const event of events) await runtime.send(who, caseId, event, {}, meta());
  };
  const { model } = await services.models.ofCycle(em, cycle.id);
  const answer = (who: Principal, caseId: string, code: string, maturity: number, options: { skipOptional?: boolean } = {}) =>
    services.assessments.saveAnswers(em, who, caseId, sampleAnswers(model, code, maturity, { ...options, evidenceDate: '2025-06-30' }), []);
  const validate = async (code: string, departmentCode: string, domain: string) => {
    const users = entityUsers(code, domain);
    await enroll(users.member, users.representative);
    const id = await start(users.member, code, departmentCode, 'MATURITY_ASSESSMENT');
    await answer(users.member, id, code, 0.6);
    await send(users.representative, id, [{ type: 'SUBMIT' }]);
    await send(coordinator, id, [{ type: 'START_REVIEW' }, { type: 'VALIDATE' }]);
    return users;
  };

  // Barranquilla: validated, accompaniment requested 20 business days ago and never answered: past
  // its 15-day term, so the worker flags it overdue and tells the coordinators.
  runtime = businessDaysAgo(20);
  const barranquilla = await validate('08001', '08', 'barranquilla.gov.co');
  await requestAccompaniment(
    barranquilla.member,
    '08001',
    '08',
    'Solicitamos una hoja de ruta para priorizar las iniciativas de movilidad y gobierno digital a partir del autodiagnóstico validado.',
  );

  // Bogotá: validated, accompaniment in diagnosis with the demo advisor, application with
  // corrections requested almost a month ago, so Bogotá is reminded.
  runtime = businessDaysAgo(8);
  const bogota = await validate('11001', '11', 'bogota.gov.co');
  const advisory = await requestAccompaniment(
    bogota.member,
    '11001',
    '11',
    'Necesitamos una hoja de ruta diferenciada para la estrategia Bogotá Territorio Inteligente a partir del autodiagnóstico validado.',
  );
  // Admitted and assigned 6 business days ago: the first session's term (10 business days) still has
  // its reminders ahead, so none goes out for a term the recorded session already met. The advisor
  // held the session the next business day with Bogotá's TIC leader, then started the diagnosis. It
  // was scheduled half an hour before it started, so none of its own reminders was still ahead either.
  runtime = businessDaysAgo(6);
  await send(coordinator, advisory, [{ type: 'ADMIT' }, { type: 'ASSIGN_ADVISOR', advisor: advisor.subject }]);
  const firstSession = randomUUID();
  const sessionDay = addWorkingDays(bogotaDay(now), -5);
  const sessionStart = atBogotaTime(sessionDay, 8);
  const scheduledAt = atBogotaTime(sessionDay, 7, 30);
  runtime = services.runtime.withClock({ now: () => scheduledAt, sync: async () => undefined });
  await send(advisor, advisory, [
    {
      type: 'SCHEDULE_SESSION',
      sessionId: firstSession,
      startsAt: sessionStart.toISOString(),
      durationMinutes: 60,
      modality: 'VIRTUAL',
      place: null,
      meetingUrl: 'https://meet.example.org/cti-bogota',
      agenda: 'Presentación del equipo, alcance del acompañamiento y cronograma del diagnóstico.',
      inviteeIds: [await personOf(bogota.member)],
    },
  ]);
  runtime = businessDaysAgo(5);
  await send(advisor, advisory, [
    {
      type: 'RECORD_SESSION',
      sessionId: firstSession,
      attendance: [{ personId: await personOf(bogota.member), attended: true }],
      minutes: 'Se acordó el alcance del acompañamiento y el cronograma del diagnóstico a partir del autodiagnóstico validado.',
      actaDocumentId: null,
      commitments: [],
    },
    { type: 'START_DIAGNOSIS' },
  ]);
  // Its corrections were requested a month ago less three days (the day after is when the month
  // starts to run): its month (Ley 1755 art. 17) ends within the week, so Bogotá is reminded that
  // it may still ask for the extension.
  const monthStarted = addMonths(bogotaDay(new Date(now.getTime() + 3 * DAY)), -1);
  const requestedAt = new Date(atBogotaTime(monthStarted, 10).getTime() - DAY);
  runtime = services.runtime.withClock({ now: () => requestedAt, sync: async () => undefined });
  const application = await start(bogota.member, '11001', '11', 'COFINANCING_APPLICATION');
  await services.applications.save(em, bogota.member, {
    caseId: application,
    title: 'Red de sensores de calidad del aire y tablero abierto para Bogotá',
    description:
      'Despliegue de 120 sensores de calidad del aire en las 20 localidades, con un tablero de datos abiertos y formación a las alcaldías locales (Política Bogotá Territorio Inteligente, objetivo 5).',
    dimensions: ['MEDIO_AMBIENTE', 'CALIDAD_DE_VIDA', 'GOBERNANZA'],
    budgetLines: [
      {
        component: 'EQUIPMENT',
        description: '120 estaciones de monitoreo con sensores PM2,5 y PM10',
        futicAmount: 1_200_000_000,
        counterpartAmount: 150_000_000,
      },
      {
        component: 'TECHNOLOGICAL_SERVICES',
        description: 'Conectividad y plataforma de datos abiertos por 24 meses',
        futicAmount: 380_000_000,
        counterpartAmount: 120_000_000,
      },
      { component: 'WORK_TEAM', description: 'Gerencia del proyecto y analistas de datos', futicAmount: 0, counterpartAmount: 160_000_000 },
      {
        component: 'TRAINING',
        description: 'Formación a 20 alcaldías locales en uso de los datos',
        futicAmount: 90_000_000,
        counterpartAmount: 30_000_000,
      },
    ],
  });
  await send(bogota.representative, application, [{ type: 'SUBMIT' }]);
  await send(coordinator, application, [{ type: 'START_ELIGIBILITY_REVIEW' }]);
  await services.applications.recordChecklist(em, coordinator, application, [
    ...checklistMet.filter((i) => i.itemId !== 'CDP_CONTRAPARTIDA'),
    {
      itemId: 'CDP_CONTRAPARTIDA',
      met: false,
      note: 'El certificado de disponibilidad presupuestal no cubre el 20 % de contrapartida exigido.',
    },
  ]);
  await send(coordinator, application, [
    {
      type: 'REQUEST_CORRECTIONS',
      note: 'Ajuste la contrapartida: el certificado de disponibilidad presupuestal no cubre el 20 % exigido.',
    },
  ]);
  runtime = services.runtime;

  // Bogotá's CTI strategy: its action plan as its 2024-1 follow-up report publishes it (what the
  // report does not print reconstructed by seed/fit-bogota-plan.ts), filed in the past.
  await seedBogotaPlan(em, services, bogota);

  // Cali: assessment under review with changes requested.
  const cali = entityUsers('76001', 'cali.gov.co');
  await enroll(cali.member, cali.representative);
  const caliAssessment = await start(cali.member, '76001', '76', 'MATURITY_ASSESSMENT');
  await answer(cali.member, caliAssessment, '76001', 0.55);
  await send(cali.representative, caliAssessment, [{ type: 'SUBMIT' }]);
  const [governance] = model.definition.dimensions.filter((d) => d.id === 'GOBERNANZA').map((d) => d.subdimensions[0].questions[0].id);
  await send(coordinator, caliAssessment, [
    { type: 'START_REVIEW' },
    {
      type: 'REQUEST_CHANGES',
      note: 'Adjunte la evidencia de la dimensión Gobernanza (plan de desarrollo vigente).',
      ...(governance
        ? {
            comments: [
              { questionId: governance, text: 'El enlace no abre: adjunte el acuerdo del concejo que adopta el plan de desarrollo.' },
            ],
          }
        : {}),
    },
  ]);

  // Gobernación de Boyacá: a draft assessment, its required questions answered and the optional ones not yet.
  const boyaca = entityUsers('15', 'boyaca.gov.co');
  await enroll(boyaca.member, boyaca.representative);
  const boyacaDraft = await start(boyaca.member, '15', '15', 'MATURITY_ASSESSMENT');
  await answer(boyaca.member, boyacaDraft, '15', 0.4, { skipOptional: true });

  // The year before's Índice first, then last year's: published in the order they happened.
  cases += await seedPublishedIndex(em, services, now, 2);
  cases += await seedPublishedIndex(em, services, now);

  // Applications further along, from capitals validated in last year's cycle (it still qualifies them).
  const apply = async (code: string, departmentCode: string, domain: string, title: string, futic: number, counterpart: number) => {
    const users = entityUsers(code, domain);
    await enroll(users.member, users.representative);
    const id = await start(users.member, code, departmentCode, 'COFINANCING_APPLICATION');
    await services.applications.save(em, users.member, {
      caseId: id,
      title,
      description: `${title}: proyecto de la estrategia de ciudad inteligente, con indicadores de resultado y plan de sostenibilidad.`,
      dimensions: ['GOBERNANZA', 'PERSONAS'],
      budgetLines: [
        {
          component: 'TECHNOLOGICAL_SERVICES',
          description: 'Plataforma y servicios en la nube',
          futicAmount: Math.round(futic * 0.7),
          counterpartAmount: Math.round(counterpart * 0.5),
        },
        {
          component: 'TRAINING',
          description: 'Apropiación y formación a la ciudadanía',
          futicAmount: futic - Math.round(futic * 0.7),
          counterpartAmount: counterpart - Math.round(counterpart * 0.5),
        },
      ],
    });
    await send(users.representative, id, [{ type: 'SUBMIT' }]);
    await send(coordinator, id, [{ type: 'START_ELIGIBILITY_REVIEW' }]);
    await services.applications.recordChecklist(em, coordinator, id, checklistMet);
    await send(coordinator, id, [{ type: 'DECLARE_ELIGIBLE' }]);
    return { id, users };
  };
  const evaluator = (subject: string): Principal => ({ subject, role: Role.EVALUATOR, entityCode: null });
  const panel = ['evaluador@mintic.gov.co', 'evaluadora2@mintic.gov.co', 'evaluador3@mintic.gov.co'];
  await enroll(...panel.map(evaluator));
  const score = (id: string, who: string, base: number) =>
    send(evaluator(who), id, [
      { type: 'DECLARE_CONFLICT', evaluator: who, conflict: false },
      {
        type: 'SUBMIT_EVALUATION',
        evaluator: who,
        scores: DEFAULT_RUBRIC.map((c, k) => ({
          criterionId: c.id,
          score: Math.min(100, base + 3 * k),
          justification: `${c.name}: sustentado en la ficha técnica y el presupuesto.`,
        })),
      },
    ]);

  // Bucaramanga: evaluated by three (one declared a conflict), approved, agreement signed, in
  // execution with its first disbursement paid.
  const bucaramanga = await apply(
    '68001',
    '68',
    'bucaramanga.gov.co',
    'Gobierno abierto y trámites en línea para Bucaramanga',
    1_800_000_000,
    600_000_000,
  );
  await send(coordinator, bucaramanga.id, [{ type: 'ASSIGN_EVALUATORS', evaluators: panel }]);
  await send(evaluator(panel[2]), bucaramanga.id, [
    {
      type: 'DECLARE_CONFLICT',
      evaluator: panel[2],
      conflict: true,
      note: 'Asesoré a la alcaldía de Bucaramanga en la formulación de este proyecto en 2025.',
    },
  ]);
  await score(bucaramanga.id, panel[0], 78);
  await score(bucaramanga.id, panel[1], 84);
  await send(coordinator, bucaramanga.id, [{ type: 'APPROVE' }]);
  await send(bucaramanga.users.representative, bucaramanga.id, [
    { type: 'SIGN_AGREEMENT', agreementNumber: `CONV-FUTIC-${now.getUTCFullYear()}-001` },
  ]);
  const year = now.getUTCFullYear() + 1;
  await services.applications.setSchedule(em, coordinator, bucaramanga.id, [
    { dueOn: `${year}-02-15`, amount: 720_000_000 },
    { dueOn: `${year}-07-15`, amount: 720_000_000 },
    { dueOn: `${year}-11-15`, amount: 360_000_000 },
  ]);
  // Through the runtime: the step also writes the project's action plan (one product per budget line).
  await send(coordinator, bucaramanga.id, [{ type: 'START_EXECUTION' }]);
  await services.applications.recordPayment(em, coordinator, bucaramanga.id, {
    instalment: 1,
    reference: `OP-${year}-000123`,
    paidOn: bogotaDay(now),
  });

  // Pereira: in committee with its score; Manizales: in technical evaluation, waiting for the demo
  // evaluator (the EVALUATOR token) to declare and score.
  const pereira = await apply(
    '66001',
    '66',
    'pereira.gov.co',
    'Movilidad inteligente y semaforización adaptativa en Pereira',
    2_200_000_000,
    700_000_000,
  );
  await send(coordinator, pereira.id, [{ type: 'ASSIGN_EVALUATORS', evaluators: panel.slice(0, 2) }]);
  await score(pereira.id, panel[0], 66);
  await score(pereira.id, panel[1], 72);
  const manizales = await apply(
    '17001',
    '17',
    'manizales.gov.co',
    'Gestión del riesgo con alertas tempranas para Manizales',
    950_000_000,
    300_000_000,
  );
  await send(coordinator, manizales.id, [{ type: 'ASSIGN_EVALUATORS', evaluators: panel.slice(0, 2) }]);
  await score(manizales.id, panel[1], 80);
  return { seeded: true, cases };
}
