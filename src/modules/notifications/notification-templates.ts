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

export function reminderText(c: CaseFacts, kind: string, dueAt: Date, workingDaysLeft: number): Text {
  const left =
    workingDaysLeft <= 0
      ? 'El término vence hoy'
      : `Queda${workingDaysLeft === 1 ? '' : 'n'} ${workingDaysLeft} día${workingDaysLeft === 1 ? '' : 's'} hábil${workingDaysLeft === 1 ? '' : 'es'}`;
  return {
    title: `Recordatorio: ${kindLabel(kind)} vence el ${longDate(dueAt)}`,
    body: `${left} para ${kindLabel(kind).toLowerCase()} en el trámite ${caseName(c)} («${c.stateLabel}»). El término vence el ${longDate(dueAt)} a las 11:59 p. m., hora de Colombia.`,
  };
}

export function overdueText(c: CaseFacts, kind: string, dueAt: Date): Text {
  return {
    title: `Término vencido sin respuesta: ${kindLabel(kind)}`,
    body: `El término de ${kindLabel(kind).toLowerCase()} del trámite ${caseName(c)} venció el ${longDate(dueAt)} sin respuesta del Ministerio. El trámite sigue en «${c.stateLabel}» y queda marcado como vencido hasta que se atienda.`,
  };
}

/** The e-mail around a notification's text. */
export function mailText(t: Text): string {
  return `${t.body}\n\nConsulte el detalle en la plataforma de Ciudades y Territorios Inteligentes.\n\n— Ministerio de Tecnologías de la Información y las Comunicaciones\nEste es un mensaje automático; por favor no lo responda.\n`;
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
