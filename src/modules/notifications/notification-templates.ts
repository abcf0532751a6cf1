import { processLabel, type ProcessId } from '../../../workflows/registry';
import { deadlineKindLabels, type DeadlineKind } from '../../../workflows/shared';

import { endOfDay } from '../../core/time/business-calendar';

/** Spanish texts of notifications and their e-mails (es-CO dates, Bogotá time). */

export interface CaseFacts {
  process: string;
  entityCode: string;
  entityName: string;
  stateLabel: string;
}

export interface Text {
  title: string;
  body: string;
}

const longDate = (d: Date) =>
  d.toLocaleDateString('es-CO', { timeZone: 'America/Bogota', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
const kindLabel = (kind: string) => deadlineKindLabels[kind as DeadlineKind] ?? kind;
const caseName = (c: CaseFacts) => `${processLabel[c.process as ProcessId] ?? c.process} de ${c.entityName} (${c.entityCode})`;

export function caseUpdateText(c: CaseFacts, eventLabel: string, note: string | null): Text {
  return {
    title: `${processLabel[c.process as ProcessId] ?? c.process}: ${eventLabel}`,
    body: [`El trámite ${caseName(c)} está ahora en «${c.stateLabel}».`, note ? `Observaciones: ${note}` : null].filter(Boolean).join('\n'),
  };
}

/**
 * What an entity's corrections term still allows, said in every reminder of it (Ley 1755 de 2015,
 * art. 17): the one extension while it is unused, and the desistimiento that follows the term.
 */
export function correctionsTermNote(extended: boolean): string {
  return extended
    ? 'La prórroga ya se concedió y no hay otra: si la subsanación no se radica antes del vencimiento, la postulación se rechazará por desistimiento (Ley 1755 de 2015, art. 17).'
    : 'Si necesita más tiempo, puede solicitar una sola vez, antes del vencimiento, la prórroga por un término igual desde el trámite en la plataforma. Si la subsanación no se radica dentro del término ni de su prórroga, la postulación se rechazará por desistimiento (Ley 1755 de 2015, art. 17).';
}

export function reminderText(c: CaseFacts, kind: string, dueAt: Date, workingDaysLeft: number, note?: string): Text {
  const left =
    workingDaysLeft <= 0
      ? 'El término vence hoy'
      : `Queda${workingDaysLeft === 1 ? '' : 'n'} ${workingDaysLeft} día${workingDaysLeft === 1 ? '' : 's'} hábil${workingDaysLeft === 1 ? '' : 'es'}`;
  return {
    title: `Recordatorio: ${kindLabel(kind)} vence el ${longDate(dueAt)}`,
    body: `${left} para ${kindLabel(kind).toLowerCase()} en el trámite ${caseName(c)} («${c.stateLabel}»). El término vence el ${longDate(dueAt)} a las 11:59 p. m., hora de Colombia.${note ? ` ${note}` : ''}`,
  };
}

export function overdueText(c: CaseFacts, kind: string, dueAt: Date): Text {
  return {
    title: `Término vencido sin respuesta: ${kindLabel(kind)}`,
    body: `El término de ${kindLabel(kind).toLowerCase()} del trámite ${caseName(c)} venció el ${longDate(dueAt)} sin respuesta del Ministerio. El trámite sigue en «${c.stateLabel}» y queda marcado como vencido hasta que se atienda.`,
  };
}

const SIGNATURE =
  '— Ministerio de Tecnologías de la Información y las Comunicaciones\nMensaje automático de la plataforma. Si responde, su respuesta llega a la coordinación del programa.';

/** The e-mail around a notification's text. */
export function mailText(t: Text): string {
  return `${t.body}\n\nConsulte el detalle en la plataforma de Ciudades y Territorios Inteligentes.\n\n${SIGNATURE}\n`;
}

/** What the coordinators are told when an entity's notice reached no representative. */
export function withoutRepresentativeText(
  entity: { code: string; name: string },
  notice: { title: string },
  gap: 'NONE' | 'NO_ADDRESS',
  reached: number,
): Text {
  const why =
    gap === 'NONE'
      ? 'la entidad no tiene un representante activo en el directorio'
      : 'su representante no tiene un correo de contacto registrado';
  const others =
    reached === 0
      ? 'Ninguna persona de la entidad recibió el aviso por correo.'
      : `Lo recibi${reached === 1 ? 'ó 1 persona' : `eron ${reached} personas`} de la entidad (líder TIC o funcionarios que pidieron recibir los avisos).`;
  return {
    title:
      gap === 'NONE'
        ? `La entidad ${entity.name} (${entity.code}) no tiene representante activo`
        : `El representante de ${entity.name} (${entity.code}) no tiene correo de contacto`,
    body: `El aviso «${notice.title}» no llegó a ningún representante de ${entity.name} (${entity.code}): ${why}. ${others} Invite o designe un representante en el directorio de personas. Este aviso se envía una vez al día por entidad; otros avisos del mismo día tampoco llegan al representante mientras no se corrija.`,
  };
}

/** The daily digest: the notices a person chose to receive once a day, oldest first. */
export function digestText(day: string, items: { title: string; body: string; createdAt: Date }[], total = items.length): Text {
  const when = (d: Date) => d.toLocaleString('es-CO', { timeZone: 'America/Bogota', dateStyle: 'long', timeStyle: 'short' });
  const list = items.map((n, i) => `${i + 1}. ${n.title}\n   ${when(n.createdAt)}\n   ${n.body.replace(/\n/g, '\n   ')}`).join('\n\n');
  return {
    title: `Resumen diario de avisos (${longDate(endOfDay(day))})`,
    body: `${total === 1 ? 'Este es el aviso' : `Estos son los ${total} avisos`} de la plataforma que usted pidió recibir en un resumen diario:\n\n${list}${total > items.length ? `\n\nY ${total - items.length} avisos más: consúltelos en la plataforma.` : ''}\n\nLos avisos con efectos legales (subsanaciones, términos por vencer, desistimientos) le llegan siempre de inmediato. Puede cambiar sus preferencias de correo en la plataforma.`,
  };
}

/** What a notification about an action plan's progress report needs to say. */
export interface PlanReportFacts {
  planTitle: string;
  entityName: string;
  period: string;
  /** The last day to report (Bogotá), YYYY-MM-DD. */
  dueOn: string;
  missing: string[];
}

const dayText = (day: string) => longDate(endOfDay(day));
const productList = (codes: string[]) => {
  const shown = codes.slice(0, 10).join(', ');
  return codes.length > 10 ? `${shown} y ${codes.length - 10} más` : shown;
};
const productCount = (n: number) => `${n} producto${n === 1 ? '' : 's'}`;

export function planReportReminderText(f: PlanReportFacts, workingDaysLeft: number): Text {
  const left =
    workingDaysLeft <= 0
      ? 'Vence hoy'
      : `Queda${workingDaysLeft === 1 ? '' : 'n'} ${workingDaysLeft} día${workingDaysLeft === 1 ? '' : 's'} hábil${workingDaysLeft === 1 ? '' : 'es'}`;
  return {
    title: `Recordatorio: el reporte de avance del periodo ${f.period} vence el ${dayText(f.dueOn)}`,
    body: `${left} para reportar el avance del periodo ${f.period} del plan de acción «${f.planTitle}». Falta el valor de ${productCount(f.missing.length)}: ${productList(f.missing)}.`,
  };
}

export function planReportOverdueText(f: PlanReportFacts): Text {
  return {
    title: `Reporte de avance vencido: periodo ${f.period} de ${f.entityName}`,
    body: `El reporte de avance del periodo ${f.period} del plan de acción «${f.planTitle}» (${f.entityName}) venció el ${dayText(f.dueOn)} sin el valor de ${productCount(f.missing.length)}: ${productList(f.missing)}.`,
  };
}

/** What the notice of an overdue improvement action says. */
export interface ImprovementOverdueFacts {
  planTitle: string;
  entityName: string;
  productCode: string;
  action: string;
  responsible: string;
  /** The day it was due (Bogotá), YYYY-MM-DD. */
  dueOn: string;
}

export function improvementActionOverdueText(f: ImprovementOverdueFacts): Text {
  const action = f.action.length > 200 ? `${f.action.slice(0, 199)}…` : f.action;
  return {
    title: `Acción de mejora vencida: producto ${f.productCode} de ${f.entityName}`,
    body: `La acción de mejora del producto ${f.productCode} del plan de acción «${f.planTitle}» venció el ${dayText(f.dueOn)} sin cumplirse: «${action}» (responsable: ${f.responsible}). Actualice su estado en la plataforma: En ejecución con una nueva fecha, Cumplida o Cancelada con una nota.`,
  };
}

/** What the notices of an accompaniment session say about it. */
export interface SessionFacts {
  entityName: string;
  entityCode: string;
  /** 1, 2, … in the order sessions were scheduled. */
  number: number;
  startsAt: Date;
  durationMinutes: number;
  modality: 'VIRTUAL' | 'IN_PERSON';
  place: string | null;
  meetingUrl: string | null;
  agenda: string;
}

const clipped = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
const whenText = (d: Date) => d.toLocaleString('es-CO', { timeZone: 'America/Bogota', dateStyle: 'full', timeStyle: 'short' });
const whereText = (s: SessionFacts) =>
  s.modality === 'VIRTUAL' ? `Virtual, en ${s.meetingUrl ?? '(sin enlace)'}` : `Presencial, en ${s.place ?? '(sin lugar)'}`;
const sessionName = (s: SessionFacts) => `la sesión ${s.number} del acompañamiento técnico a ${s.entityName} (${s.entityCode})`;
const sessionDetails = (s: SessionFacts) =>
  `Fecha: ${whenText(s.startsAt)}, hora de Colombia (${s.durationMinutes} minutos).\nModalidad: ${whereText(s)}.\nAgenda: ${clipped(s.agenda, 600)}`;

/** The invitees' notice of a session scheduled, moved or cancelled (`reason`: why it was cancelled). */
export function sessionNoticeText(s: SessionFacts, change: 'SCHEDULED' | 'MOVED' | 'CANCELLED', reason: string | null = null): Text {
  switch (change) {
    case 'SCHEDULED':
      return {
        title: `Sesión de acompañamiento programada: ${whenText(s.startsAt)}`,
        body: `Usted está invitado(a) a ${sessionName(s)}.\n${sessionDetails(s)}`,
      };
    case 'MOVED':
      return {
        title: `Sesión de acompañamiento reprogramada: ${whenText(s.startsAt)}`,
        body: `Se reprogramó ${sessionName(s)}, a la que usted está invitado(a). Los nuevos datos:\n${sessionDetails(s)}`,
      };
    case 'CANCELLED':
      return {
        title: `Sesión de acompañamiento cancelada: ${whenText(s.startsAt)}`,
        body: `Se canceló ${sessionName(s)}, prevista para el ${whenText(s.startsAt)}, hora de Colombia.${reason ? `\nMotivos: ${clipped(reason, 600)}` : ''}`,
      };
  }
}

/** An invitee's reminder of a session: a business day before, or an hour before. */
export function sessionReminderText(s: SessionFacts, slot: 'DAY_BEFORE' | 'HOUR_BEFORE'): Text {
  return {
    title:
      slot === 'HOUR_BEFORE'
        ? `Recordatorio: la sesión de acompañamiento empieza en una hora (${whenText(s.startsAt)})`
        : `Recordatorio: sesión de acompañamiento el ${whenText(s.startsAt)}`,
    body: `Le recordamos ${sessionName(s)}, a la que usted está invitado(a).\n${sessionDetails(s)}`,
  };
}

/** What the notices of a session's commitment say about it. */
export interface CommitmentFacts {
  entityName: string;
  entityCode: string;
  description: string;
  owner: 'ENTITY' | 'MINISTRY';
  responsible: string | null;
  /** The Bogotá day it is due, YYYY-MM-DD. */
  dueOn: string;
  sessionNumber: number;
}

const ownerText = (c: CommitmentFacts) =>
  `${c.owner === 'ENTITY' ? `la entidad (${c.entityName})` : 'el Ministerio'}${c.responsible ? `, responsable: ${clipped(c.responsible, 200)}` : ''}`;

/** The owner's reminder, a business day before a commitment's due day. */
export function commitmentDueText(c: CommitmentFacts): Text {
  return {
    title: `Recordatorio: un compromiso de acompañamiento vence el ${dayText(c.dueOn)}`,
    body: `El compromiso de la sesión ${c.sessionNumber} del acompañamiento técnico a ${c.entityName} (${c.entityCode}) vence el ${dayText(c.dueOn)}: «${clipped(c.description, 600)}». Le corresponde a ${ownerText(c)}. Márquelo cumplido en la plataforma cuando lo esté.`,
  };
}

/** The coordinators' and the owner's notice of a commitment past its due day. */
export function commitmentOverdueText(c: CommitmentFacts): Text {
  return {
    title: `Compromiso de acompañamiento vencido: ${c.entityName} (${c.entityCode})`,
    body: `El compromiso de la sesión ${c.sessionNumber} del acompañamiento técnico a ${c.entityName} (${c.entityCode}) venció el ${dayText(c.dueOn)} sin cumplirse: «${clipped(c.description, 600)}». Le corresponde a ${ownerText(c)}.`,
  };
}
