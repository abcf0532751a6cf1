/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Para qué pide la entidad acompañamiento técnico. */
export type AccompanimentTopic =
  /** Apoyo para aplicar el Modelo de Madurez (no requiere un autodiagnóstico validado). */
  | 'ASSESSMENT_SUPPORT'
  /** Preparar un proyecto para postularlo a cofinanciación (requiere un autodiagnóstico validado). */
  | 'PROJECT_FORMULATION'
  /** Una hoja de ruta diferenciada a partir de un autodiagnóstico validado. */
  | 'ROADMAP';

/** Con qué rol actuó quien escribió una fila del historial, o SYSTEM si fue la plataforma. */
export type ActorRole =
  /** Asesor(a) de acompañamiento técnico. */
  | 'ADVISOR'
  /** Auditor(a). */
  | 'AUDITOR'
  /** Coordinador(a) MinTIC. */
  | 'COORDINATOR'
  /** Funcionario(a) de la entidad territorial. */
  | 'ENTITY_MEMBER'
  /** Representante legal de la entidad territorial. */
  | 'ENTITY_REPRESENTATIVE'
  /** Líder TIC de la entidad territorial. */
  | 'ENTITY_TIC_LEADER'
  /** Evaluador(a). */
  | 'EVALUATOR'
  /** Persona registrada sin rol vigente. */
  | 'GUEST'
  /** La plataforma (vencimientos, cierre de la vigencia, lista de espera, tareas programadas). */
  | 'SYSTEM';

/** Una respuesta: value para escala, porcentaje o número; yes para sí o no. */
export type AnswerInput = {
  /** Reemplaza las evidencias anteriores de la respuesta. */
  evidence?: Array<EvidenceInput> | null | undefined;
  /** La pregunta del modelo de la vigencia. */
  questionId: string | number;
  /** La respuesta de escala (0 a 4), porcentaje (0 a 100) o número (no negativo); omítalo en una de sí o no. */
  value?: number | null | undefined;
  /** La respuesta de sí o no; omítalo en las demás. */
  yes?: boolean | null | undefined;
};

/** El asesor o asesora que acompañará a la entidad: por su usuario (advisor) o por su id del directorio (advisorId), uno de los dos. */
export type AssignAdvisorInput = {
  /** Usuario (sub del token) del asesor o asesora; debe ser una persona activa del directorio con membresía vigente de asesor(a). */
  advisor?: string | null | undefined;
  /** La persona del directorio (su id) que asesorará; debe estar activa y tener membresía vigente de asesor(a). */
  advisorId?: string | number | null | undefined;
  /** El trámite que cambia. */
  caseId: string | number;
  /** La versión que el cliente consultó; si el trámite cambió desde entonces, CONFLICT. */
  expectedVersion?: number | null | undefined;
  /** Repetir la misma clave devuelve el primer resultado sin repetir el cambio. */
  idempotencyKey?: string | null | undefined;
};

/** Un cambio de estado de un trámite. */
export type CaseActionInput = {
  /** El trámite que cambia. */
  caseId: string | number;
  /** La versión que el cliente consultó; si el trámite cambió desde entonces, CONFLICT. */
  expectedVersion?: number | null | undefined;
  /** Repetir la misma clave devuelve el primer resultado sin repetir el cambio. */
  idempotencyKey?: string | null | undefined;
};

/** Un evento de un trámite: los que aceptan las máquinas de los procesos (en todas sus versiones) y, solo en el historial, CREATED, EXTEND_TERM y REASSIGN. Su nombre en español viene en label o eventLabel. */
export type CaseEvent =
  /** Aceptar el reporte de avance (Reporte de avance del plan de acción). */
  | 'ACCEPT'
  /** Aceptar la hoja de ruta (Solicitud de acompañamiento técnico). */
  | 'ACCEPT_ROADMAP'
  /** Admitir la solicitud (Solicitud de acompañamiento técnico). */
  | 'ADMIT'
  /** Vencimiento del término para firmar el convenio (Postulación a cofinanciación). */
  | 'AGREEMENT_TERM_EXPIRED'
  /** Responder la encuesta de satisfacción (Solicitud de acompañamiento técnico). */
  | 'ANSWER_SURVEY'
  /** Aprobar (Postulación a cofinanciación); Aprobar la versión propuesta del plan (Aprobación del plan de acción o de su propuesta de ajuste). */
  | 'APPROVE'
  /** Asignar asesor(a) (Solicitud de acompañamiento técnico). */
  | 'ASSIGN_ADVISOR'
  /** Asignar evaluadores (Postulación a cofinanciación). */
  | 'ASSIGN_EVALUATORS'
  /** Cancelar una sesión (Solicitud de acompañamiento técnico). */
  | 'CANCEL_SESSION'
  /** Cerrar (Postulación a cofinanciación). */
  | 'CLOSE'
  /** Cerrar sin encuesta (venció el término) (Solicitud de acompañamiento técnico). */
  | 'CLOSE_WITHOUT_SURVEY'
  /** Marcar cumplido un compromiso de la entidad (Solicitud de acompañamiento técnico). */
  | 'COMPLETE_ENTITY_COMMITMENT'
  /** Marcar cumplido un compromiso del Ministerio (Solicitud de acompañamiento técnico). */
  | 'COMPLETE_MINISTRY_COMMITMENT'
  /** Vencimiento del término de subsanación (Postulación a cofinanciación). */
  | 'CORRECTIONS_TERM_EXPIRED'
  /** Creación del trámite: la primera fila de su historial (sin estado de origen). */
  | 'CREATED'
  /** Cierre de la vigencia (Autodiagnóstico del Modelo de Madurez). */
  | 'CYCLE_CLOSED'
  /** Declarar conflicto de interés (o su ausencia) (Postulación a cofinanciación). */
  | 'DECLARE_CONFLICT'
  /** Declarar habilitada (Postulación a cofinanciación). */
  | 'DECLARE_ELIGIBLE'
  /** Declarar no habilitada (Postulación a cofinanciación). */
  | 'DECLARE_INELIGIBLE'
  /** No admitir la solicitud (Solicitud de acompañamiento técnico). */
  | 'DECLINE'
  /** Entregar la hoja de ruta (Solicitud de acompañamiento técnico). */
  | 'DELIVER_ROADMAP'
  /** Prórroga del término en curso (mutación extendTerm); el trámite sigue en el mismo estado. */
  | 'EXTEND_TERM'
  /** Dar por terminado el apoyo al autodiagnóstico (Solicitud de acompañamiento técnico). */
  | 'FINISH_SUPPORT'
  /** Promover desde la lista de espera (Postulación a cofinanciación). */
  | 'PROMOTE'
  /** Reasignación por la coordinación (mutación reassignOpenCases) del trabajo de una persona que sale a otra; el trámite sigue en el mismo estado. */
  | 'REASSIGN'
  /** Registrar el acta de una sesión (asistencia, acta y compromisos) (Solicitud de acompañamiento técnico). */
  | 'RECORD_SESSION'
  /** Rechazar (Autodiagnóstico del Modelo de Madurez; Postulación a cofinanciación). */
  | 'REJECT'
  /** Retirar a un evaluador del panel (Postulación a cofinanciación). */
  | 'REMOVE_EVALUATOR'
  /** Solicitar ajustes a la hoja de ruta (Solicitud de acompañamiento técnico). */
  | 'REQUEST_ADJUSTMENTS'
  /** Solicitar ajustes (Autodiagnóstico del Modelo de Madurez). */
  | 'REQUEST_CHANGES'
  /** Solicitar subsanación (Postulación a cofinanciación). */
  | 'REQUEST_CORRECTIONS'
  /** Reprogramar una sesión (Solicitud de acompañamiento técnico). */
  | 'RESCHEDULE_SESSION'
  /** Reenviar con ajustes (Autodiagnóstico del Modelo de Madurez); Radicar la subsanación (Postulación a cofinanciación); Radicar de nuevo la propuesta corregida (Aprobación del plan de acción o de su propuesta de ajuste); Radicar de nuevo el reporte corregido (Reporte de avance del plan de acción). */
  | 'RESUBMIT'
  /** Devolver la propuesta con observaciones (Aprobación del plan de acción o de su propuesta de ajuste); Devolver el reporte con observaciones (Reporte de avance del plan de acción). */
  | 'RETURN'
  /** Registrar hallazgos del diagnóstico (Solicitud de acompañamiento técnico). */
  | 'SAVE_FINDINGS'
  /** Editar las líneas de la hoja de ruta (Solicitud de acompañamiento técnico). */
  | 'SAVE_ROADMAP'
  /** Programar una sesión (Solicitud de acompañamiento técnico). */
  | 'SCHEDULE_SESSION'
  /** Enviar al comité (Postulación a cofinanciación). */
  | 'SEND_TO_COMMITTEE'
  /** Firmar el convenio (Postulación a cofinanciación). */
  | 'SIGN_AGREEMENT'
  /** Iniciar el diagnóstico (Solicitud de acompañamiento técnico). */
  | 'START_DIAGNOSIS'
  /** Iniciar la revisión de requisitos (Postulación a cofinanciación). */
  | 'START_ELIGIBILITY_REVIEW'
  /** Iniciar la ejecución (Postulación a cofinanciación). */
  | 'START_EXECUTION'
  /** Iniciar la formulación de la hoja de ruta (Solicitud de acompañamiento técnico). */
  | 'START_FORMULATION'
  /** Iniciar la revisión (Autodiagnóstico del Modelo de Madurez). */
  | 'START_REVIEW'
  /** Enviar el autodiagnóstico (Autodiagnóstico del Modelo de Madurez); Radicar la postulación (Postulación a cofinanciación). */
  | 'SUBMIT'
  /** Radicar la evaluación técnica (Postulación a cofinanciación). */
  | 'SUBMIT_EVALUATION'
  /** Validar (Autodiagnóstico del Modelo de Madurez). */
  | 'VALIDATE'
  /** Dejar en lista de espera (Postulación a cofinanciación). */
  | 'WAITLIST'
  /** Retirar el autodiagnóstico (Autodiagnóstico del Modelo de Madurez); Desistir de la solicitud (Solicitud de acompañamiento técnico); Retirar la postulación (Postulación a cofinanciación); Retirar la propuesta (Aprobación del plan de acción o de su propuesta de ajuste); Retirar el reporte (Reporte de avance del plan de acción). */
  | 'WITHDRAW';

/** Filtros de trámites; se combinan con Y. Cada usuario ve solo los trámites a los que tiene acceso. */
export type CaseFilter = {
  /** Solo los de esta convocatoria (postulaciones). */
  callId?: string | number | null | undefined;
  /** Solo los de esta vigencia (autodiagnósticos y acompañamientos). */
  cycleId?: string | number | null | undefined;
  /** Solo los de entidades de este departamento (código DIVIPOLA de 2 dígitos), la gobernación incluida. */
  departmentCode?: string | null | undefined;
  /** Solo los de esta entidad: código DIVIPOLA de 5 dígitos (municipio) o de 2 (gobernación). */
  entityCode?: string | null | undefined;
  /** true: solo los trámites con un término vencido sin atender; false: solo los que no tienen ninguno. */
  overdue?: boolean | null | undefined;
  /** Solo los trámites de este proceso. */
  process?: Process | null | undefined;
  /** Solo los trámites en este estado. */
  state?: CaseState | null | undefined;
};

/** Un cambio de estado que exige una nota escrita (motivos, comentario, entrega). */
export type CaseNoteInput = {
  /** El trámite que cambia. */
  caseId: string | number;
  /** La versión que el cliente consultó; si el trámite cambió desde entonces, CONFLICT. */
  expectedVersion?: number | null | undefined;
  /** Repetir la misma clave devuelve el primer resultado sin repetir el cambio. */
  idempotencyKey?: string | null | undefined;
  /** Texto para la otra parte; al menos 3 caracteres. */
  note: string;
};

/** Orden de la lista de trámites. */
export type CaseOrderBy =
  /** Los más antiguos primero. */
  | 'CREATED_AT_ASC'
  /** Los cambiados más recientemente primero. */
  | 'UPDATED_AT_DESC';

/** Cómo terminó un trámite cuando su estado final no lo dice. */
export type CaseOutcome =
  /** Aprobación sin efecto: el convenio no se firmó dentro del término. */
  | 'CONVENIO_NO_FIRMADO'
  /** Rechazada por desistimiento: la subsanación no se radicó dentro del término. */
  | 'DESISTIMIENTO'
  /** Vencido: la vigencia cerró antes de que se enviara. */
  | 'EXPIRED_WITH_CYCLE';

/** Un estado de un trámite: los de todas las versiones de las máquinas de los procesos (un mismo nombre puede servir a varios). Su nombre en español para mostrar viene en stateLabel. */
export type CaseState =
  /** Aceptado: cuenta en la medición oficial (Reporte de avance del plan de acción). */
  | 'accepted'
  /** Ajustes solicitados a la hoja de ruta (Solicitud de acompañamiento técnico). */
  | 'adjustmentsRequested'
  /** Admitida (Solicitud de acompañamiento técnico). */
  | 'admitted'
  /** Asesor(a) asignado(a): primera sesión pendiente (Solicitud de acompañamiento técnico). */
  | 'advisorAssigned'
  /** Convenio firmado (Postulación a cofinanciación). */
  | 'agreementSigned'
  /** Aprobada (Postulación a cofinanciación); Aprobada: versión vigente del plan (Aprobación del plan de acción o de su propuesta de ajuste). */
  | 'approved'
  /** Ajustes solicitados (Autodiagnóstico del Modelo de Madurez). */
  | 'changesRequested'
  /** Cerrada (Postulación a cofinanciación). */
  | 'closed'
  /** En comité (Postulación a cofinanciación). */
  | 'committee'
  /** Finalizada (Solicitud de acompañamiento técnico). */
  | 'completed'
  /** Subsanación solicitada (Postulación a cofinanciación). */
  | 'correctionsRequested'
  /** No admitida (Solicitud de acompañamiento técnico). */
  | 'declined'
  /** Diagnóstico (Solicitud de acompañamiento técnico). */
  | 'diagnosis'
  /** Borrador (Autodiagnóstico del Modelo de Madurez; Postulación a cofinanciación). */
  | 'draft'
  /** Revisión de requisitos (Postulación a cofinanciación). */
  | 'eligibilityReview'
  /** Vencido por cierre de la vigencia (Autodiagnóstico del Modelo de Madurez). */
  | 'expired'
  /** Formulación de la hoja de ruta (Solicitud de acompañamiento técnico). */
  | 'formulation'
  /** En ejecución (Postulación a cofinanciación). */
  | 'inExecution'
  /** En acompañamiento (Solicitud de acompañamiento técnico). */
  | 'inProgress'
  /** Rechazado (Autodiagnóstico del Modelo de Madurez); Rechazada (Postulación a cofinanciación). */
  | 'rejected'
  /** Solicitada (Solicitud de acompañamiento técnico). */
  | 'requested'
  /** Reenviado (Autodiagnóstico del Modelo de Madurez); Subsanación radicada (Postulación a cofinanciación). */
  | 'resubmitted'
  /** Devuelta con observaciones (Aprobación del plan de acción o de su propuesta de ajuste); Devuelto para corrección (Reporte de avance del plan de acción). */
  | 'returned'
  /** Hoja de ruta entregada (Solicitud de acompañamiento técnico). */
  | 'roadmapDelivered'
  /** Enviado (Autodiagnóstico del Modelo de Madurez); Radicada (Postulación a cofinanciación); Radicada, en revisión de la coordinación (Aprobación del plan de acción o de su propuesta de ajuste); Radicado, en revisión de la coordinación (Reporte de avance del plan de acción). */
  | 'submitted'
  /** Encuesta de satisfacción pendiente (Solicitud de acompañamiento técnico). */
  | 'surveyPending'
  /** Evaluación técnica (Postulación a cofinanciación). */
  | 'technicalEvaluation'
  /** En revisión (Autodiagnóstico del Modelo de Madurez). */
  | 'underReview'
  /** Validado (Autodiagnóstico del Modelo de Madurez). */
  | 'validated'
  /** En lista de espera (Postulación a cofinanciación). */
  | 'waitlisted'
  /** Retirado (Autodiagnóstico del Modelo de Madurez); Desistida por la entidad (Solicitud de acompañamiento técnico); Retirada (Postulación a cofinanciación); Retirada por la entidad (Aprobación del plan de acción o de su propuesta de ajuste); Retirado por la entidad (Reporte de avance del plan de acción). */
  | 'withdrawn';

/** Un requisito habilitante de la convocatoria. */
export type ChecklistItemInput = {
  /** Identificador estable (A–Z, 0–9, _). */
  id: string;
  /** Si la entidad debe adjuntar al menos un documento al requisito antes de radicar la postulación. */
  requiresDocument?: boolean;
  /** El requisito, como lo leerá la entidad. */
  text: string;
};

/** Una convocatoria nueva (queda en borrador hasta publicarla). Los valores en pesos son enteros. */
export type CreateCallInput = {
  /** Días hábiles para firmar el convenio (1 a 120); sin valor, el término general. */
  agreementTermDays?: number | null | undefined;
  /** Tope de recursos FUTIC por postulación (mayor que cero, a lo sumo el presupuesto). */
  capPerApplication: number;
  /** Hasta cuándo (excluido) se radican postulaciones; posterior a opensAt. */
  closesAt: string;
  /** Días hábiles para subsanar (1 a 60); sin valor, el término general. */
  correctionsTermDays?: number | null | undefined;
  /** Meses calendario para subsanar (1 a 6), en vez de días; sin valor, el término general (un mes). No se da junto con correctionsTermDays. */
  correctionsTermMonths?: number | null | undefined;
  /** Requisitos habilitantes; sin valor, los de por defecto. */
  eligibilityChecklist?: Array<ChecklistItemInput> | null | undefined;
  /** Días hábiles del Ministerio para revisar los requisitos desde la radicación (1 a 30); sin valor, el término general (10). */
  eligibilityReviewTermDays?: number | null | undefined;
  /** Contrapartida mínima, en porcentaje entero (0 a 100) del total de cada postulación. */
  minCounterpartPercent: number;
  /** Puntaje mínimo (0 a 100); sin valor, 60. */
  minScore?: number | null | undefined;
  /** Desde cuándo se radican postulaciones. */
  opensAt: string;
  /** Rúbrica (pesos que suman 100); sin valor, la rúbrica por defecto. */
  rubric?: Array<RubricCriterionInput> | null | undefined;
  /** Título (5 a 200 caracteres). */
  title: string;
  /** Presupuesto total (mayor que cero). */
  totalBudget: number;
};

/** Los términos que el programa vigila. */
export type DeadlineKind =
  /** Respuesta a la solicitud de acompañamiento (derecho de petición) */
  | 'ACCOMPANIMENT_RESPONSE'
  /** Encuesta de satisfacción del acompañamiento */
  | 'ACCOMPANIMENT_SURVEY'
  /** Firma del convenio */
  | 'AGREEMENT_SIGNATURE'
  /** Radicación del autodiagnóstico antes del cierre de la vigencia */
  | 'ASSESSMENT_SUBMISSION'
  /** Subsanación de la postulación */
  | 'CORRECTIONS'
  /** Revisión de requisitos de la postulación radicada (Ley 1755 de 2015, art. 17) */
  | 'ELIGIBILITY_REVIEW'
  /** Primera sesión de acompañamiento después de la asignación del asesor(a) */
  | 'FIRST_SESSION'
  /** Revisión del plan de acción o de su propuesta de ajuste por la coordinación */
  | 'PLAN_REVIEW'
  /** Corrección del reporte de avance devuelto */
  | 'PROGRESS_REPORT_CORRECTIONS'
  /** Revisión del reporte de avance por la coordinación */
  | 'PROGRESS_REPORT_REVIEW';

/** En qué quedó un término. */
export type DeadlineStatus =
  /** Vencido: se aplicó su consecuencia (p. ej. desistimiento). */
  | 'EXPIRED'
  /** Atendido dentro del término. */
  | 'MET'
  /** Atendido después del vencimiento. */
  | 'MET_LATE'
  /** Vencido sin respuesta del Ministerio: escalado a la coordinación. */
  | 'OVERDUE'
  /** Corriendo. */
  | 'PENDING';

/** Quién puede enviar un evento de un proceso. */
export type EventSender =
  /** El asesor o asesora asignado al trámite. */
  | 'ASSIGNEE'
  /** La coordinación MinTIC. */
  | 'COORDINATOR'
  /** Cualquier usuario de la entidad del trámite (representante o funcionario). */
  | 'ENTITY'
  /** El representante legal o el líder TIC de la entidad del trámite. */
  | 'ENTITY_LEAD'
  /** Un evaluador o evaluadora asignado a la postulación. */
  | 'EVALUATOR'
  /** El representante legal de la entidad del trámite. */
  | 'REPRESENTATIVE'
  /** La plataforma, sin intervención de una persona (vencimientos, cierre de la vigencia, lista de espera). */
  | 'SYSTEM';

/** Evidencia de una respuesta: título y una URL http(s), una referencia de archivo o un documento subido (documentId); fecha opcional. */
export type EvidenceInput = {
  /** Fecha del documento. */
  date?: string | null | undefined;
  /** Un documento subido por la carga reanudable (propósito ASSESSMENT_EVIDENCE, de la entidad, ya verificado); queda adjunto a esta respuesta. */
  documentId?: string | number | null | undefined;
  /** Referencia a un archivo ya cargado en el gestor documental de la entidad. */
  fileRef?: string | null | undefined;
  /** Título del documento. */
  title: string;
  /** Dirección http(s) del documento (o use fileRef). */
  url?: string | null | undefined;
};

/** Prórroga de un término (Ley 1755 de 2015, art. 14): una sola vez, con motivos, hasta el doble del término inicial. */
export type ExtendTermInput = {
  /** El trámite que cambia. */
  caseId: string | number;
  /** Lo que se agrega, en unidades del calendario del término (días hábiles, días calendario o meses); a lo sumo su duración inicial. */
  days: number;
  /** La versión que el cliente consultó; si el trámite cambió desde entonces, CONFLICT. */
  expectedVersion?: number | null | undefined;
  /** Repetir la misma clave devuelve el primer resultado sin repetir el cambio. */
  idempotencyKey?: string | null | undefined;
  /** Motivos de la prórroga, que se informan a la otra parte. */
  reason: string;
};

/** Filtros del ranking (el puesto sigue siendo el de toda la vigencia). */
export type IndexFilter = {
  /** Solo las entidades de este departamento (código DIVIPOLA de 2 dígitos). */
  departmentCode?: string | null | undefined;
  /** Solo las entidades de esta clase. */
  kind?: TerritorialEntityKind | null | undefined;
  /** Solo las entidades en este nivel de madurez. */
  level?: number | null | undefined;
};

/** Orden del ranking del Índice CTI. */
export type IndexOrderBy =
  /** Del menor índice al mayor. */
  | 'INDEX_ASC'
  /** Del mayor índice al menor (el puesto del ranking). */
  | 'INDEX_DESC'
  /** Por nombre de la entidad. */
  | 'NAME_ASC';

/** El siguiente paso de una entidad en su camino CTI. */
export type JourneyStepCode =
  /** Actuar en un trámite que espera a la entidad (caseId dice cuál). */
  | 'ACT_ON_CASE'
  /** Esperar: la siguiente acción es del Ministerio o del asesor asignado (caseId dice en qué trámite). */
  | 'AWAIT_MINISTRY'
  /** Con el autodiagnóstico validado y nada pendiente: solicitar acompañamiento o postularse a una convocatoria. */
  | 'REQUEST_ACCOMPANIMENT_OR_APPLY'
  /** Iniciar el autodiagnóstico en la vigencia abierta (no tiene uno validado). */
  | 'START_ASSESSMENT';

/** Por qué una pregunta impide enviar el autodiagnóstico. */
export type MissingReason =
  /** Respuesta sin la evidencia obligatoria. */
  | 'EVIDENCE_REQUIRED'
  /** Pregunta obligatoria sin responder. */
  | 'UNANSWERED';

/** A quién va dirigida una notificación. */
export type NotificationAudience =
  /** La coordinación del Ministerio. */
  | 'COORDINATORS'
  /** Todos los usuarios de la entidad territorial. */
  | 'ENTITY'
  /** Una persona. */
  | 'USER';

/** Qué causó una notificación. */
export type NotificationKind =
  /** El Ministerio invita a la entidad a aplicar el autodiagnóstico del Modelo de Madurez (Resolución 1117 de 2022). */
  | 'ADOPTION_INVITATION'
  /** Un trámite cambió de estado. */
  | 'CASE_UPDATE'
  /** Un compromiso de una sesión de acompañamiento vence el siguiente día hábil. */
  | 'COMMITMENT_DUE'
  /** Un compromiso de una sesión de acompañamiento pasó su fecha sin cumplirse. */
  | 'COMMITMENT_OVERDUE'
  /** Un término del Ministerio venció sin respuesta. */
  | 'DEADLINE_OVERDUE'
  /** Recordatorio de un término que vence pronto. */
  | 'DEADLINE_REMINDER'
  /** Un aviso a una entidad no llegó a ningún representante (no tiene uno activo, o no tiene correo de contacto): se avisa a la coordinación. */
  | 'ENTITY_WITHOUT_REPRESENTATIVE'
  /** Una acción de mejora de un producto del plan de acción pasó su fecha sin cumplirse ni cancelarse. */
  | 'IMPROVEMENT_ACTION_OVERDUE'
  /** El reporte de avance de un periodo del plan de acción venció sin todos sus valores. */
  | 'PROGRESS_REPORT_OVERDUE'
  /** Recordatorio: vence el reporte de avance de un periodo del plan de acción. */
  | 'PROGRESS_REPORT_REMINDER'
  /** Recordatorio de una sesión de acompañamiento: un día hábil antes y una hora antes. */
  | 'SESSION_REMINDER'
  /** Se programó, se movió o se canceló una sesión de acompañamiento a la que la persona está invitada. */
  | 'SESSION_SCHEDULED';

/** Una vigencia nueva: año e instantes de apertura y cierre. */
export type OpenCycleInput = {
  /** Días hábiles para responder las solicitudes de acompañamiento (1 a 30); sin valor, el término legal de 15. */
  accompanimentResponseDays?: number | null | undefined;
  /** Hasta cuándo (excluido) se reciben; posterior a opensAt. */
  closesAt: string;
  /** Versión publicada del modelo de madurez; sin valor, la publicada más reciente. */
  modelVersion?: string | null | undefined;
  /** Desde cuándo se reciben autodiagnósticos. */
  opensAt: string;
  /** Año de la vigencia (2019 a 2100; una por año). */
  year: number;
};

/** Los tres procesos de la Resolución 1117 de 2022 y los dos del seguimiento a la ejecución (aprobación de versiones del plan de acción, reportes de avance). */
export type Process =
  /** Solicitud de acompañamiento técnico */
  | 'ACCOMPANIMENT'
  /** Postulación a cofinanciación */
  | 'COFINANCING_APPLICATION'
  /** Autodiagnóstico del Modelo de Madurez */
  | 'MATURITY_ASSESSMENT'
  /** Aprobación del plan de acción o de su propuesta de ajuste */
  | 'PLAN_REVIEW'
  /** Reporte de avance del plan de acción */
  | 'PROGRESS_REPORT';

/** La vigencia cuyo Índice CTI se publica. */
export type PublishCycleIndexInput = {
  /** La vigencia (cerrada y sin autodiagnósticos pendientes). */
  cycleId: string | number;
};

/** Una definición del modelo de madurez en YAML o JSON (ver README). */
export type PublishMaturityModelInput = {
  /** El texto de la definición (YAML o JSON, a lo sumo 2 MB). */
  definition: string;
};

/** Tipo de respuesta de una pregunta del modelo de madurez. */
export type QuestionType =
  /** Número no negativo frente a una meta (value); la meta o más vale el máximo. */
  | 'NUMBER'
  /** Porcentaje de 0 a 100 (value). */
  | 'PERCENTAGE'
  /** Escala de 0 a 4 (value). */
  | 'SCALE_0_4'
  /** Sí o no (yes). */
  | 'YES_NO';

/** Una solicitud de acompañamiento técnico con su contenido. */
export type RequestAccompanimentInput = {
  /** La persona de contacto de la entidad (su id del directorio, activa y con membresía vigente en la entidad); omitida: quien solicita. */
  contactPersonId?: string | number | null | undefined;
  /** Qué necesita la entidad y por qué (20 a 4000 caracteres). */
  description: string;
  /** Códigos de las dimensiones del modelo de interés (p. ej. PERSONAS); vacío u omitido: todas. A lo sumo 6. */
  dimensions?: Array<string> | null | undefined;
  /** Clave que el cliente genera (p. ej. un UUID); repetirla devuelve el trámite ya creado sin crear otro. */
  idempotencyKey?: string | null | undefined;
  /** La modalidad preferida. */
  modality: SessionModality;
  /** Para qué se pide el acompañamiento. */
  topic: AccompanimentTopic;
};

/** Solicitar ajustes: una nota general y comentarios por pregunta. */
export type RequestAssessmentChangesInput = {
  /** El trámite que cambia. */
  caseId: string | number;
  /** Comentarios por pregunta (a lo sumo 200), que la entidad ve junto a cada respuesta. */
  comments?: Array<ReviewCommentInput>;
  /** La versión que el cliente consultó; si el trámite cambió desde entonces, CONFLICT. */
  expectedVersion?: number | null | undefined;
  /** Repetir la misma clave devuelve el primer resultado sin repetir el cambio. */
  idempotencyKey?: string | null | undefined;
  /** Texto para la otra parte; al menos 3 caracteres. */
  note: string;
};

/** Un comentario de la coordinación sobre una pregunta. */
export type ReviewCommentInput = {
  /** La pregunta comentada. */
  questionId: string | number;
  /** El comentario (3 a 2000 caracteres). */
  text: string;
};

/** El rol de una persona en la plataforma: qué puede ver y hacer. */
export type Role =
  /** Asesor(a) de acompañamiento técnico. */
  | 'ADVISOR'
  /** Control interno o ente de control: solo lectura. */
  | 'AUDITOR'
  /** Coordinador(a) MinTIC de la estrategia CTI. */
  | 'COORDINATOR'
  /** Funcionario(a) de una entidad territorial. */
  | 'ENTITY_MEMBER'
  /** Representante legal de una entidad territorial. */
  | 'ENTITY_REPRESENTATIVE'
  /** Líder TIC (jefe de la oficina TIC) de una entidad territorial: dirige el trabajo de la entidad. */
  | 'ENTITY_TIC_LEADER'
  /** Evaluador(a) de postulaciones de cofinanciación. */
  | 'EVALUATOR'
  /** Persona registrada sin rol vigente: puede ver quién es, aceptar el aviso de privacidad y sus invitaciones. */
  | 'GUEST';

/** Un criterio de la rúbrica de evaluación. */
export type RubricCriterionInput = {
  /** Qué se evalúa y cómo (opcional). */
  description?: string | null | undefined;
  /** Identificador estable (A–Z, 0–9, _), p. ej. PERTINENCIA. */
  id: string;
  /** Nombre del criterio. */
  name: string;
  /** Peso en el puntaje, en puntos enteros; los de la rúbrica suman 100. */
  weight: number;
};

/** Un lote de respuestas (guardado parcial e idempotente): todas se guardan o ninguna. */
export type SaveAssessmentAnswersInput = {
  /** Respuestas que se guardan (reemplazan las anteriores de la misma pregunta). */
  answers?: Array<AnswerInput>;
  /** El trámite del autodiagnóstico (propio, en borrador o con ajustes solicitados). */
  caseId: string | number;
  /** Preguntas cuya respuesta se borra. */
  clear?: Array<string | number>;
};

/** Cómo se realiza el acompañamiento o una sesión. */
export type SessionModality =
  /** Presencial, en un lugar. */
  | 'IN_PERSON'
  /** Virtual, con un enlace de reunión. */
  | 'VIRTUAL';

/** Quién debe actuar en un estado. */
export type Side =
  /** El asesor o asesora asignado. */
  | 'ADVISOR'
  /** La entidad territorial. */
  | 'ENTITY'
  /** El Ministerio (coordinación). */
  | 'MINISTRY'
  /** Nadie: estado final. */
  | 'NONE';

/** Iniciar una postulación de la propia entidad a una convocatoria publicada. */
export type StartApplicationInput = {
  /** La convocatoria (publicada) a la que se postula. */
  callId: string | number;
  /** Clave que el cliente genera (p. ej. un UUID); repetirla devuelve el trámite ya creado sin crear otro. */
  idempotencyKey?: string | null | undefined;
};

/** Iniciar el autodiagnóstico de la propia entidad en una vigencia abierta. */
export type StartAssessmentInput = {
  /** La vigencia abierta. */
  cycleId: string | number;
  /** Clave que el cliente genera (p. ej. un UUID); repetirla devuelve el trámite ya creado sin crear otro. */
  idempotencyKey?: string | null | undefined;
};

/** En qué días se cuenta un término. */
export type TermCalendar =
  /** Días hábiles (lunes a viernes sin festivos de Colombia). */
  | 'BUSINESS'
  /** Días calendario. */
  | 'CALENDAR'
  /** Meses calendario: vence el día del mes siguiente con el mismo número del día en que empezó a correr (o el último del mes si no lo tiene), y si es inhábil, el siguiente día hábil. */
  | 'MONTH';

/** Filtros de entidades territoriales; se combinan con Y. */
export type TerritorialEntityFilter = {
  /** Código DIVIPOLA del departamento (2 dígitos), p. ej. "05". */
  departmentCode?: string | null | undefined;
  /** Solo las de esta clase. */
  kind?: TerritorialEntityKind | null | undefined;
  /** Texto en el nombre (sin distinguir tildes ni mayúsculas) o prefijo del código. */
  search?: string | null | undefined;
};

/** Clase de entidad territorial. */
export type TerritorialEntityKind =
  /** Gobernación (código DIVIPOLA de 2 dígitos). */
  | 'DEPARTMENT'
  /** Alcaldía de municipio o distrito, incluidos Bogotá D.C. y San Andrés. */
  | 'MUNICIPALITY'
  /** Área no municipalizada: sin alcaldía, no puede postularse. */
  | 'NON_MUNICIPALIZED_AREA';

/** Orden de la lista de entidades territoriales. */
export type TerritorialEntityOrderBy =
  /** Por código DIVIPOLA. */
  | 'CODE_ASC'
  /** Por nombre, sin distinguir tildes ni mayúsculas. */
  | 'NAME_ASC';

export type CaseFieldsFragment = { id: string, process: Process, state: CaseState, stateLabel: string, final: boolean, owner: Side, version: number, machineVersion: number, entityCode: string, cycleId: string | null, callId: string | null, assignee: string | null, lastNote: string | null, outcome: CaseOutcome | null };

export type HistoryFieldsFragment = { seq: number, event: CaseEvent, eventLabel: string, fromState: CaseState | null, toState: CaseState, toStateLabel: string, actorSubject: string, actorRole: ActorRole, payload: Record<string, unknown>, at: string, requestId: string };

export type TransitionFieldsFragment = { replayed: boolean, case: { id: string, process: Process, state: CaseState, stateLabel: string, final: boolean, owner: Side, version: number, machineVersion: number, entityCode: string, cycleId: string | null, callId: string | null, assignee: string | null, lastNote: string | null, outcome: CaseOutcome | null }, entry: { seq: number, event: CaseEvent, eventLabel: string, fromState: CaseState | null, toState: CaseState, toStateLabel: string, actorSubject: string, actorRole: ActorRole, payload: Record<string, unknown>, at: string, requestId: string } };

export type OpenCycleMutationVariables = Exact<{
  input: OpenCycleInput;
}>;


export type OpenCycleMutation = { openCycle: { id: string, year: number, opensAt: string, closesAt: string, open: boolean } };

export type CloseCycleMutationVariables = Exact<{
  id: string | number;
}>;


export type CloseCycleMutation = { closeCycle: { expired: number, cycle: { id: string, open: boolean } } };

export type CreateCallMutationVariables = Exact<{
  input: CreateCallInput;
}>;


export type CreateCallMutation = { createCall: { id: string, title: string, totalBudget: number, capPerApplication: number, minCounterpartPercent: number, open: boolean } };

export type ProgrammeQueryVariables = Exact<{ [key: string]: never; }>;


export type ProgrammeQuery = { cycles: { totalCount: number, edges: Array<{ node: { id: string, year: number, open: boolean } }> }, calls: { totalCount: number, edges: Array<{ node: { id: string, title: string, open: boolean, totalBudget: number } }> } };

export type StartAssessmentMutationVariables = Exact<{
  input: StartAssessmentInput;
}>;


export type StartAssessmentMutation = { startAssessment: { replayed: boolean, case: { id: string, process: Process, state: CaseState, stateLabel: string, final: boolean, owner: Side, version: number, machineVersion: number, entityCode: string, cycleId: string | null, callId: string | null, assignee: string | null, lastNote: string | null, outcome: CaseOutcome | null }, entry: { seq: number, event: CaseEvent, eventLabel: string, fromState: CaseState | null, toState: CaseState, toStateLabel: string, actorSubject: string, actorRole: ActorRole, payload: Record<string, unknown>, at: string, requestId: string } } };

export type RequestAccompanimentMutationVariables = Exact<{
  input: RequestAccompanimentInput;
}>;


export type RequestAccompanimentMutation = { requestAccompaniment: { replayed: boolean, case: { id: string, process: Process, state: CaseState, stateLabel: string, final: boolean, owner: Side, version: number, machineVersion: number, entityCode: string, cycleId: string | null, callId: string | null, assignee: string | null, lastNote: string | null, outcome: CaseOutcome | null }, entry: { seq: number, event: CaseEvent, eventLabel: string, fromState: CaseState | null, toState: CaseState, toStateLabel: string, actorSubject: string, actorRole: ActorRole, payload: Record<string, unknown>, at: string, requestId: string } } };

export type StartApplicationMutationVariables = Exact<{
  input: StartApplicationInput;
}>;


export type StartApplicationMutation = { startApplication: { replayed: boolean, case: { id: string, process: Process, state: CaseState, stateLabel: string, final: boolean, owner: Side, version: number, machineVersion: number, entityCode: string, cycleId: string | null, callId: string | null, assignee: string | null, lastNote: string | null, outcome: CaseOutcome | null }, entry: { seq: number, event: CaseEvent, eventLabel: string, fromState: CaseState | null, toState: CaseState, toStateLabel: string, actorSubject: string, actorRole: ActorRole, payload: Record<string, unknown>, at: string, requestId: string } } };

export type SubmitAssessmentMutationVariables = Exact<{
  input: CaseActionInput;
}>;


export type SubmitAssessmentMutation = { submitAssessment: { replayed: boolean, case: { id: string, process: Process, state: CaseState, stateLabel: string, final: boolean, owner: Side, version: number, machineVersion: number, entityCode: string, cycleId: string | null, callId: string | null, assignee: string | null, lastNote: string | null, outcome: CaseOutcome | null }, entry: { seq: number, event: CaseEvent, eventLabel: string, fromState: CaseState | null, toState: CaseState, toStateLabel: string, actorSubject: string, actorRole: ActorRole, payload: Record<string, unknown>, at: string, requestId: string } } };

export type RejectAssessmentMutationVariables = Exact<{
  input: CaseNoteInput;
}>;


export type RejectAssessmentMutation = { rejectAssessment: { replayed: boolean, case: { id: string, process: Process, state: CaseState, stateLabel: string, final: boolean, owner: Side, version: number, machineVersion: number, entityCode: string, cycleId: string | null, callId: string | null, assignee: string | null, lastNote: string | null, outcome: CaseOutcome | null }, entry: { seq: number, event: CaseEvent, eventLabel: string, fromState: CaseState | null, toState: CaseState, toStateLabel: string, actorSubject: string, actorRole: ActorRole, payload: Record<string, unknown>, at: string, requestId: string } } };

export type AssignAdvisorMutationVariables = Exact<{
  input: AssignAdvisorInput;
}>;


export type AssignAdvisorMutation = { assignAdvisor: { replayed: boolean, case: { id: string, process: Process, state: CaseState, stateLabel: string, final: boolean, owner: Side, version: number, machineVersion: number, entityCode: string, cycleId: string | null, callId: string | null, assignee: string | null, lastNote: string | null, outcome: CaseOutcome | null }, entry: { seq: number, event: CaseEvent, eventLabel: string, fromState: CaseState | null, toState: CaseState, toStateLabel: string, actorSubject: string, actorRole: ActorRole, payload: Record<string, unknown>, at: string, requestId: string } } };

export type CaseQueryVariables = Exact<{
  id: string | number;
  last?: number | null | undefined;
}>;


export type CaseQuery = { case: { id: string, process: Process, state: CaseState, stateLabel: string, final: boolean, owner: Side, version: number, machineVersion: number, entityCode: string, cycleId: string | null, callId: string | null, assignee: string | null, lastNote: string | null, outcome: CaseOutcome | null, availableEvents: Array<{ event: CaseEvent, label: string, mutation: string }>, entity: { code: string, name: string, departmentCode: string }, history: Array<{ seq: number, event: CaseEvent, eventLabel: string, fromState: CaseState | null, toState: CaseState, toStateLabel: string, actorSubject: string, actorRole: ActorRole, payload: Record<string, unknown>, at: string, requestId: string }> } | null };

export type CasesQueryVariables = Exact<{
  filter?: CaseFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  orderBy?: CaseOrderBy | null | undefined;
  last?: number | null | undefined;
}>;


export type CasesQuery = { cases: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, process: Process, state: CaseState, stateLabel: string, final: boolean, owner: Side, version: number, machineVersion: number, entityCode: string, cycleId: string | null, callId: string | null, assignee: string | null, lastNote: string | null, outcome: CaseOutcome | null, entity: { code: string, name: string }, history: Array<{ seq: number, event: CaseEvent, toState: CaseState }> } }> } };

export type JourneyQueryVariables = Exact<{
  code: string;
}>;


export type JourneyQuery = { territorialEntity: { code: string, name: string, journey: { assessment: { id: string, process: Process, state: CaseState, stateLabel: string, final: boolean, owner: Side, version: number, machineVersion: number, entityCode: string, cycleId: string | null, callId: string | null, assignee: string | null, lastNote: string | null, outcome: CaseOutcome | null } | null, advisory: { id: string, process: Process, state: CaseState, stateLabel: string, final: boolean, owner: Side, version: number, machineVersion: number, entityCode: string, cycleId: string | null, callId: string | null, assignee: string | null, lastNote: string | null, outcome: CaseOutcome | null } | null, application: { id: string, process: Process, state: CaseState, stateLabel: string, final: boolean, owner: Side, version: number, machineVersion: number, entityCode: string, cycleId: string | null, callId: string | null, assignee: string | null, lastNote: string | null, outcome: CaseOutcome | null } | null, nextStep: { code: JourneyStepCode, description: string, caseId: string | null } } | null } | null };

export type ProcessDefinitionsQueryVariables = Exact<{
  allVersions?: boolean | null | undefined;
}>;


export type ProcessDefinitionsQuery = { processDefinitions: Array<{ id: string, process: Process, label: string, version: number, initialState: CaseState, mermaid: string, states: Array<{ name: CaseState, label: string, owner: Side, final: boolean, events: Array<CaseEvent>, deadline: { days: number, calendar: TermCalendar, onExpire: CaseEvent | null, remindBefore: Array<number> } | null }>, events: Array<{ type: CaseEvent, label: string, sender: EventSender, mutation: string | null }> }> };

export type DeadlineFieldsFragment = { id: string, kind: DeadlineKind, label: string, state: CaseState, owner: Side, calendar: TermCalendar, days: number | null, startedAt: string, dueAt: string, originalDueAt: string, status: DeadlineStatus, remaining: number | null, overdue: boolean, onExpire: CaseEvent | null, extendedDays: number | null, extensionReason: string | null, closedAt: string | null };

export type CaseDeadlinesQueryVariables = Exact<{
  id: string | number;
}>;


export type CaseDeadlinesQuery = { case: { id: string, state: CaseState, version: number, outcome: CaseOutcome | null, lastNote: string | null, deadlines: Array<{ id: string, kind: DeadlineKind, label: string, state: CaseState, owner: Side, calendar: TermCalendar, days: number | null, startedAt: string, dueAt: string, originalDueAt: string, status: DeadlineStatus, remaining: number | null, overdue: boolean, onExpire: CaseEvent | null, extendedDays: number | null, extensionReason: string | null, closedAt: string | null }>, history: Array<{ seq: number, event: CaseEvent, eventLabel: string, fromState: CaseState | null, toState: CaseState, toStateLabel: string, actorSubject: string, actorRole: ActorRole, payload: Record<string, unknown>, at: string, requestId: string }> } | null };

export type OverdueCasesQueryVariables = Exact<{
  overdue: boolean;
  process?: Process | null | undefined;
}>;


export type OverdueCasesQuery = { cases: { totalCount: number, edges: Array<{ node: { id: string, state: CaseState } }> } };

export type ExtendTermMutationVariables = Exact<{
  input: ExtendTermInput;
}>;


export type ExtendTermMutation = { extendTerm: { replayed: boolean, case: { id: string, process: Process, state: CaseState, stateLabel: string, final: boolean, owner: Side, version: number, machineVersion: number, entityCode: string, cycleId: string | null, callId: string | null, assignee: string | null, lastNote: string | null, outcome: CaseOutcome | null }, entry: { seq: number, event: CaseEvent, eventLabel: string, fromState: CaseState | null, toState: CaseState, toStateLabel: string, actorSubject: string, actorRole: ActorRole, payload: Record<string, unknown>, at: string, requestId: string } } };

export type NotificationFieldsFragment = { id: string, kind: NotificationKind, caseId: string | null, audience: NotificationAudience, title: string, body: string, createdAt: string, read: boolean, readAt: string | null };

export type NotificationsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  unreadOnly?: boolean | null | undefined;
}>;


export type NotificationsQuery = { notifications: { totalCount: number, unreadCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, kind: NotificationKind, caseId: string | null, audience: NotificationAudience, title: string, body: string, createdAt: string, read: boolean, readAt: string | null } }> } };

export type MarkNotificationsReadMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type MarkNotificationsReadMutation = { markNotificationsRead: { marked: number, unreadCount: number, notifications: Array<{ id: string, read: boolean }> } };

export type MarkAllNotificationsReadMutationVariables = Exact<{ [key: string]: never; }>;


export type MarkAllNotificationsReadMutation = { markAllNotificationsRead: { marked: number, unreadCount: number } };

export type TermExtendableQueryVariables = Exact<{
  id: string | number;
}>;


export type TermExtendableQuery = { case: { id: string, deadlines: Array<{ id: string, status: DeadlineStatus, extendable: boolean }> } | null };

export type MaturityStepFragment = { replayed: boolean, case: { id: string, state: CaseState, version: number }, entry: { seq: number, event: CaseEvent, fromState: CaseState | null, toState: CaseState } };

export type OpenMaturityCycleMutationVariables = Exact<{
  input: OpenCycleInput;
}>;


export type OpenMaturityCycleMutation = { openCycle: { id: string, year: number, open: boolean, modelVersion: string, indexPublishedAt: string | null } };

export type SaveAssessmentAnswersMutationVariables = Exact<{
  input: SaveAssessmentAnswersInput;
}>;


export type SaveAssessmentAnswersMutation = { saveAssessmentAnswers: { id: string, state: CaseState, version: number, editable: boolean } };

export type MaturityAssessmentQueryVariables = Exact<{
  id: string | number;
}>;


export type MaturityAssessmentQuery = { assessment: { id: string, cycleId: string, entityCode: string, state: CaseState, version: number, editable: boolean, modelVersion: string, completeness: { questions: number, answered: number, required: number, requiredAnswered: number, percent: number, complete: boolean, dimensions: Array<{ dimension: string, dimensionName: string, questions: number, answered: number, required: number, requiredAnswered: number, missingEvidence: number, percent: number, complete: boolean }>, missing: Array<{ questionId: string, dimension: string, reason: MissingReason }> } | null, answers: Array<{ questionId: string, value: number | null, yes: boolean | null, normalised: number, answeredBy: string, evidence: Array<{ title: string, url: string | null, fileRef: string | null, date: string | null }> }> | null, comments: Array<{ questionId: string, text: string, round: number, author: string }> | null } | null };

export type AssessmentScoresQueryVariables = Exact<{
  id: string | number;
}>;


export type AssessmentScoresQuery = { assessment: { id: string, state: CaseState, modelVersion: string, index: number | null, level: number | null, levelName: string | null, rank: number | null, scores: Array<{ dimension: string, dimensionName: string, score: number, level: number, levelName: string, subdimensions: Array<{ subdimension: string, subdimensionName: string, score: number, level: number, levelName: string }> }> | null } | null };

export type StartAssessmentReviewMutationVariables = Exact<{
  input: CaseActionInput;
}>;


export type StartAssessmentReviewMutation = { startAssessmentReview: { replayed: boolean, case: { id: string, state: CaseState, version: number }, entry: { seq: number, event: CaseEvent, fromState: CaseState | null, toState: CaseState } } };

export type RequestAssessmentChangesMutationVariables = Exact<{
  input: RequestAssessmentChangesInput;
}>;


export type RequestAssessmentChangesMutation = { requestAssessmentChanges: { replayed: boolean, case: { id: string, state: CaseState, version: number }, entry: { seq: number, event: CaseEvent, fromState: CaseState | null, toState: CaseState } } };

export type ResubmitAssessmentMutationVariables = Exact<{
  input: CaseActionInput;
}>;


export type ResubmitAssessmentMutation = { resubmitAssessment: { replayed: boolean, case: { id: string, state: CaseState, version: number }, entry: { seq: number, event: CaseEvent, fromState: CaseState | null, toState: CaseState } } };

export type ValidateAssessmentMutationVariables = Exact<{
  input: CaseActionInput;
}>;


export type ValidateAssessmentMutation = { validateAssessment: { replayed: boolean, case: { id: string, state: CaseState, version: number }, entry: { seq: number, event: CaseEvent, fromState: CaseState | null, toState: CaseState } } };

export type SubmitMaturityAssessmentMutationVariables = Exact<{
  input: CaseActionInput;
}>;


export type SubmitMaturityAssessmentMutation = { submitAssessment: { replayed: boolean, case: { id: string, state: CaseState, version: number }, entry: { seq: number, event: CaseEvent, fromState: CaseState | null, toState: CaseState } } };

export type RejectMaturityAssessmentMutationVariables = Exact<{
  input: CaseNoteInput;
}>;


export type RejectMaturityAssessmentMutation = { rejectAssessment: { replayed: boolean, case: { id: string, state: CaseState, version: number }, entry: { seq: number, event: CaseEvent, fromState: CaseState | null, toState: CaseState } } };

export type CycleIndexQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
  orderBy?: IndexOrderBy | null | undefined;
  filter?: IndexFilter | null | undefined;
}>;


export type CycleIndexQuery = { cycle: { id: string, index: { totalCount: number, published: boolean, publishedAt: string | null, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { rank: number, assessmentId: string, entityCode: string, index: number, level: number, levelName: string, entity: { name: string } | null, scores: Array<{ dimension: string, score: number, level: number }>, comparison: { department: { label: string, count: number, average: number, difference: number }, kind: { label: string, average: number } } } }>, national: { count: number, index: number, dimensions: Array<{ dimension: string, score: number }> }, departments: Array<{ departmentCode: string, departmentName: string, count: number, index: number }>, kinds: Array<{ kind: TerritorialEntityKind, count: number, index: number }>, distribution: Array<{ level: number, name: string, count: number, percent: number }> } } | null };

export type CycleIndexPageQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
  orderBy?: IndexOrderBy | null | undefined;
  filter?: IndexFilter | null | undefined;
}>;


export type CycleIndexPageQuery = { cycle: { id: string, index: { totalCount: number, published: boolean, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { rank: number, entityCode: string, index: number } }> } } | null };

export type PublishCycleIndexMutationVariables = Exact<{
  input: PublishCycleIndexInput;
}>;


export type PublishCycleIndexMutation = { publishCycleIndex: { id: string, open: boolean, indexPublishedAt: string | null } };

export type EntityAssessmentsQueryVariables = Exact<{
  code: string;
}>;


export type EntityAssessmentsQuery = { territorialEntity: { code: string, assessments: Array<{ id: string, cycleId: string, state: CaseState, index: number | null, level: number | null, rank: number | null, scores: Array<{ dimension: string, score: number, level: number }> | null, answers: Array<{ questionId: string }> | null }> } | null };

export type MaturityModelsQueryVariables = Exact<{ [key: string]: never; }>;


export type MaturityModelsQuery = { maturityModels: Array<{ version: string, title: string, questionCount: number, publishedBy: string }> };

export type MaturityModelQueryVariables = Exact<{
  version: string | number;
}>;


export type MaturityModelQuery = { maturityModel: { version: string, title: string, questionCount: number, levels: Array<{ level: number, name: string, min: number, max: number }>, dimensions: Array<{ id: string, code: string, weight: number, subdimensions: Array<{ id: string, code: string, weight: number, questions: Array<{ id: string, code: string, type: QuestionType, weight: number, required: boolean, evidenceRequired: boolean, target: number | null }> }> }> } | null };

export type CycleModelQueryVariables = Exact<{
  id: string | number;
}>;


export type CycleModelQuery = { cycle: { id: string, year: number, modelVersion: string, model: { version: string, dimensions: Array<{ id: string, code: string, subdimensions: Array<{ id: string, code: string, questions: Array<{ id: string, code: string, type: QuestionType }> }> }>, levels: Array<{ name: string, min: number, max: number }> } } | null };

export type PublishMaturityModelMutationVariables = Exact<{
  input: PublishMaturityModelInput;
}>;


export type PublishMaturityModelMutation = { publishMaturityModel: { created: boolean, model: { version: string, title: string, questionCount: number } } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { subject: string, role: Role, roleLabel: string, entityCode: string | null, entity: { code: string, name: string, kind: TerritorialEntityKind } | null } };

export type TerritorialEntitiesQueryVariables = Exact<{
  filter?: TerritorialEntityFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  orderBy?: TerritorialEntityOrderBy | null | undefined;
}>;


export type TerritorialEntitiesQuery = { territorialEntities: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { code: string, name: string, kind: TerritorialEntityKind, kindLabel: string, departmentCode: string, departmentName: string, latitude: number, longitude: number, eligibleToApply: boolean } }> } };

export type TerritorialEntityQueryVariables = Exact<{
  code: string;
}>;


export type TerritorialEntityQuery = { territorialEntity: { code: string, name: string, kind: TerritorialEntityKind, kindLabel: string, departmentCode: string, departmentName: string, latitude: number, longitude: number, eligibleToApply: boolean } | null };

export type TerritorialEntityFieldsFragment = { code: string, name: string, kind: TerritorialEntityKind, kindLabel: string, departmentCode: string, departmentName: string, latitude: number, longitude: number, eligibleToApply: boolean };

export const CaseFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"process"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"final"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"machineVersion"}},{"kind":"Field","name":{"kind":"Name","value":"entityCode"}},{"kind":"Field","name":{"kind":"Name","value":"cycleId"}},{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"}},{"kind":"Field","name":{"kind":"Name","value":"lastNote"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}}]} as unknown as DocumentNode<CaseFieldsFragment, unknown>;
export const HistoryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HistoryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseHistoryEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"eventLabel"}},{"kind":"Field","name":{"kind":"Name","value":"fromState"}},{"kind":"Field","name":{"kind":"Name","value":"toState"}},{"kind":"Field","name":{"kind":"Name","value":"toStateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"actorSubject"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"payload"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}}]} as unknown as DocumentNode<HistoryFieldsFragment, unknown>;
export const TransitionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TransitionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseTransitionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HistoryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"process"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"final"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"machineVersion"}},{"kind":"Field","name":{"kind":"Name","value":"entityCode"}},{"kind":"Field","name":{"kind":"Name","value":"cycleId"}},{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"}},{"kind":"Field","name":{"kind":"Name","value":"lastNote"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HistoryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseHistoryEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"eventLabel"}},{"kind":"Field","name":{"kind":"Name","value":"fromState"}},{"kind":"Field","name":{"kind":"Name","value":"toState"}},{"kind":"Field","name":{"kind":"Name","value":"toStateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"actorSubject"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"payload"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}}]} as unknown as DocumentNode<TransitionFieldsFragment, unknown>;
export const DeadlineFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeadlineFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deadline"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"calendar"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"originalDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"onExpire"}},{"kind":"Field","name":{"kind":"Name","value":"extendedDays"}},{"kind":"Field","name":{"kind":"Name","value":"extensionReason"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}}]} as unknown as DocumentNode<DeadlineFieldsFragment, unknown>;
export const NotificationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}}]}}]} as unknown as DocumentNode<NotificationFieldsFragment, unknown>;
export const MaturityStepFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaturityStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseTransitionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"fromState"}},{"kind":"Field","name":{"kind":"Name","value":"toState"}}]}}]}}]} as unknown as DocumentNode<MaturityStepFragment, unknown>;
export const TerritorialEntityFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TerritorialEntityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TerritorialEntity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"departmentName"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"eligibleToApply"}}]}}]} as unknown as DocumentNode<TerritorialEntityFieldsFragment, unknown>;
export const OpenCycleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenCycle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenCycleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openCycle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"open"}}]}}]}}]} as unknown as DocumentNode<OpenCycleMutation, OpenCycleMutationVariables>;
export const CloseCycleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseCycle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeCycle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expired"}},{"kind":"Field","name":{"kind":"Name","value":"cycle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"open"}}]}}]}}]}}]} as unknown as DocumentNode<CloseCycleMutation, CloseCycleMutationVariables>;
export const CreateCallDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCall"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCallInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCall"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"totalBudget"}},{"kind":"Field","name":{"kind":"Name","value":"capPerApplication"}},{"kind":"Field","name":{"kind":"Name","value":"minCounterpartPercent"}},{"kind":"Field","name":{"kind":"Name","value":"open"}}]}}]}}]} as unknown as DocumentNode<CreateCallMutation, CreateCallMutationVariables>;
export const ProgrammeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cycles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"open"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"calls"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"totalBudget"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProgrammeQuery, ProgrammeQueryVariables>;
export const StartAssessmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartAssessmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TransitionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"process"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"final"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"machineVersion"}},{"kind":"Field","name":{"kind":"Name","value":"entityCode"}},{"kind":"Field","name":{"kind":"Name","value":"cycleId"}},{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"}},{"kind":"Field","name":{"kind":"Name","value":"lastNote"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HistoryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseHistoryEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"eventLabel"}},{"kind":"Field","name":{"kind":"Name","value":"fromState"}},{"kind":"Field","name":{"kind":"Name","value":"toState"}},{"kind":"Field","name":{"kind":"Name","value":"toStateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"actorSubject"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"payload"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TransitionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseTransitionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HistoryFields"}}]}}]}}]} as unknown as DocumentNode<StartAssessmentMutation, StartAssessmentMutationVariables>;
export const RequestAccompanimentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestAccompaniment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestAccompanimentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestAccompaniment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TransitionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"process"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"final"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"machineVersion"}},{"kind":"Field","name":{"kind":"Name","value":"entityCode"}},{"kind":"Field","name":{"kind":"Name","value":"cycleId"}},{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"}},{"kind":"Field","name":{"kind":"Name","value":"lastNote"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HistoryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseHistoryEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"eventLabel"}},{"kind":"Field","name":{"kind":"Name","value":"fromState"}},{"kind":"Field","name":{"kind":"Name","value":"toState"}},{"kind":"Field","name":{"kind":"Name","value":"toStateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"actorSubject"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"payload"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TransitionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseTransitionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HistoryFields"}}]}}]}}]} as unknown as DocumentNode<RequestAccompanimentMutation, RequestAccompanimentMutationVariables>;
export const StartApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartApplicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TransitionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"process"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"final"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"machineVersion"}},{"kind":"Field","name":{"kind":"Name","value":"entityCode"}},{"kind":"Field","name":{"kind":"Name","value":"cycleId"}},{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"}},{"kind":"Field","name":{"kind":"Name","value":"lastNote"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HistoryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseHistoryEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"eventLabel"}},{"kind":"Field","name":{"kind":"Name","value":"fromState"}},{"kind":"Field","name":{"kind":"Name","value":"toState"}},{"kind":"Field","name":{"kind":"Name","value":"toStateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"actorSubject"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"payload"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TransitionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseTransitionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HistoryFields"}}]}}]}}]} as unknown as DocumentNode<StartApplicationMutation, StartApplicationMutationVariables>;
export const SubmitAssessmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TransitionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"process"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"final"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"machineVersion"}},{"kind":"Field","name":{"kind":"Name","value":"entityCode"}},{"kind":"Field","name":{"kind":"Name","value":"cycleId"}},{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"}},{"kind":"Field","name":{"kind":"Name","value":"lastNote"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HistoryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseHistoryEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"eventLabel"}},{"kind":"Field","name":{"kind":"Name","value":"fromState"}},{"kind":"Field","name":{"kind":"Name","value":"toState"}},{"kind":"Field","name":{"kind":"Name","value":"toStateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"actorSubject"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"payload"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TransitionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseTransitionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HistoryFields"}}]}}]}}]} as unknown as DocumentNode<SubmitAssessmentMutation, SubmitAssessmentMutationVariables>;
export const RejectAssessmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseNoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TransitionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"process"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"final"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"machineVersion"}},{"kind":"Field","name":{"kind":"Name","value":"entityCode"}},{"kind":"Field","name":{"kind":"Name","value":"cycleId"}},{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"}},{"kind":"Field","name":{"kind":"Name","value":"lastNote"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HistoryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseHistoryEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"eventLabel"}},{"kind":"Field","name":{"kind":"Name","value":"fromState"}},{"kind":"Field","name":{"kind":"Name","value":"toState"}},{"kind":"Field","name":{"kind":"Name","value":"toStateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"actorSubject"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"payload"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TransitionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseTransitionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HistoryFields"}}]}}]}}]} as unknown as DocumentNode<RejectAssessmentMutation, RejectAssessmentMutationVariables>;
export const AssignAdvisorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignAdvisor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignAdvisorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignAdvisor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TransitionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"process"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"final"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"machineVersion"}},{"kind":"Field","name":{"kind":"Name","value":"entityCode"}},{"kind":"Field","name":{"kind":"Name","value":"cycleId"}},{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"}},{"kind":"Field","name":{"kind":"Name","value":"lastNote"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HistoryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseHistoryEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"eventLabel"}},{"kind":"Field","name":{"kind":"Name","value":"fromState"}},{"kind":"Field","name":{"kind":"Name","value":"toState"}},{"kind":"Field","name":{"kind":"Name","value":"toStateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"actorSubject"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"payload"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TransitionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseTransitionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HistoryFields"}}]}}]}}]} as unknown as DocumentNode<AssignAdvisorMutation, AssignAdvisorMutationVariables>;
export const CaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Case"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseFields"}},{"kind":"Field","name":{"kind":"Name","value":"availableEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"mutation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HistoryFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"process"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"final"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"machineVersion"}},{"kind":"Field","name":{"kind":"Name","value":"entityCode"}},{"kind":"Field","name":{"kind":"Name","value":"cycleId"}},{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"}},{"kind":"Field","name":{"kind":"Name","value":"lastNote"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HistoryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseHistoryEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"eventLabel"}},{"kind":"Field","name":{"kind":"Name","value":"fromState"}},{"kind":"Field","name":{"kind":"Name","value":"toState"}},{"kind":"Field","name":{"kind":"Name","value":"toStateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"actorSubject"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"payload"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}}]} as unknown as DocumentNode<CaseQuery, CaseQueryVariables>;
export const CasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Cases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseOrderBy"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseFields"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"toState"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"process"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"final"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"machineVersion"}},{"kind":"Field","name":{"kind":"Name","value":"entityCode"}},{"kind":"Field","name":{"kind":"Name","value":"cycleId"}},{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"}},{"kind":"Field","name":{"kind":"Name","value":"lastNote"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}}]} as unknown as DocumentNode<CasesQuery, CasesQueryVariables>;
export const JourneyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Journey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"territorialEntity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"journey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"advisory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextStep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"process"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"final"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"machineVersion"}},{"kind":"Field","name":{"kind":"Name","value":"entityCode"}},{"kind":"Field","name":{"kind":"Name","value":"cycleId"}},{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"}},{"kind":"Field","name":{"kind":"Name","value":"lastNote"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}}]} as unknown as DocumentNode<JourneyQuery, JourneyQueryVariables>;
export const ProcessDefinitionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProcessDefinitions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"allVersions"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"processDefinitions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"allVersions"},"value":{"kind":"Variable","name":{"kind":"Name","value":"allVersions"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"process"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"initialState"}},{"kind":"Field","name":{"kind":"Name","value":"mermaid"}},{"kind":"Field","name":{"kind":"Name","value":"states"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"final"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"calendar"}},{"kind":"Field","name":{"kind":"Name","value":"onExpire"}},{"kind":"Field","name":{"kind":"Name","value":"remindBefore"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"sender"}},{"kind":"Field","name":{"kind":"Name","value":"mutation"}}]}}]}}]}}]} as unknown as DocumentNode<ProcessDefinitionsQuery, ProcessDefinitionsQueryVariables>;
export const CaseDeadlinesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseDeadlines"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"lastNote"}},{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeadlineFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HistoryFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeadlineFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deadline"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"calendar"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"originalDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"onExpire"}},{"kind":"Field","name":{"kind":"Name","value":"extendedDays"}},{"kind":"Field","name":{"kind":"Name","value":"extensionReason"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HistoryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseHistoryEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"eventLabel"}},{"kind":"Field","name":{"kind":"Name","value":"fromState"}},{"kind":"Field","name":{"kind":"Name","value":"toState"}},{"kind":"Field","name":{"kind":"Name","value":"toStateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"actorSubject"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"payload"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}}]} as unknown as DocumentNode<CaseDeadlinesQuery, CaseDeadlinesQueryVariables>;
export const OverdueCasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OverdueCases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"overdue"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"process"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Process"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"overdue"},"value":{"kind":"Variable","name":{"kind":"Name","value":"overdue"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"process"},"value":{"kind":"Variable","name":{"kind":"Name","value":"process"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OverdueCasesQuery, OverdueCasesQueryVariables>;
export const ExtendTermDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExtendTerm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExtendTermInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"extendTerm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TransitionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"process"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"final"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"machineVersion"}},{"kind":"Field","name":{"kind":"Name","value":"entityCode"}},{"kind":"Field","name":{"kind":"Name","value":"cycleId"}},{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"}},{"kind":"Field","name":{"kind":"Name","value":"lastNote"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HistoryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseHistoryEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"eventLabel"}},{"kind":"Field","name":{"kind":"Name","value":"fromState"}},{"kind":"Field","name":{"kind":"Name","value":"toState"}},{"kind":"Field","name":{"kind":"Name","value":"toStateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"actorSubject"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"payload"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TransitionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseTransitionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HistoryFields"}}]}}]}}]} as unknown as DocumentNode<ExtendTermMutation, ExtendTermMutationVariables>;
export const NotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Notifications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unreadOnly"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"unreadOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unreadOnly"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotificationFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}}]}}]} as unknown as DocumentNode<NotificationsQuery, NotificationsQueryVariables>;
export const MarkNotificationsReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkNotificationsRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNotificationsRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"marked"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"notifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"read"}}]}}]}}]}}]} as unknown as DocumentNode<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const MarkAllNotificationsReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkAllNotificationsRead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markAllNotificationsRead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"marked"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}}]}}]}}]} as unknown as DocumentNode<MarkAllNotificationsReadMutation, MarkAllNotificationsReadMutationVariables>;
export const TermExtendableDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TermExtendable"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"extendable"}}]}}]}}]}}]} as unknown as DocumentNode<TermExtendableQuery, TermExtendableQueryVariables>;
export const OpenMaturityCycleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenMaturityCycle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenCycleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openCycle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"modelVersion"}},{"kind":"Field","name":{"kind":"Name","value":"indexPublishedAt"}}]}}]}}]} as unknown as DocumentNode<OpenMaturityCycleMutation, OpenMaturityCycleMutationVariables>;
export const SaveAssessmentAnswersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveAssessmentAnswers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveAssessmentAnswersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveAssessmentAnswers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"editable"}}]}}]}}]} as unknown as DocumentNode<SaveAssessmentAnswersMutation, SaveAssessmentAnswersMutationVariables>;
export const MaturityAssessmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MaturityAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cycleId"}},{"kind":"Field","name":{"kind":"Name","value":"entityCode"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"editable"}},{"kind":"Field","name":{"kind":"Name","value":"modelVersion"}},{"kind":"Field","name":{"kind":"Name","value":"completeness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questions"}},{"kind":"Field","name":{"kind":"Name","value":"answered"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"requiredAnswered"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"dimensions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"dimensionName"}},{"kind":"Field","name":{"kind":"Name","value":"questions"}},{"kind":"Field","name":{"kind":"Name","value":"answered"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"requiredAnswered"}},{"kind":"Field","name":{"kind":"Name","value":"missingEvidence"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questionId"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questionId"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"yes"}},{"kind":"Field","name":{"kind":"Name","value":"normalised"}},{"kind":"Field","name":{"kind":"Name","value":"answeredBy"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"fileRef"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questionId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"author"}}]}}]}}]}}]} as unknown as DocumentNode<MaturityAssessmentQuery, MaturityAssessmentQueryVariables>;
export const AssessmentScoresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssessmentScores"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"modelVersion"}},{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"levelName"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"dimensionName"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"levelName"}},{"kind":"Field","name":{"kind":"Name","value":"subdimensions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subdimension"}},{"kind":"Field","name":{"kind":"Name","value":"subdimensionName"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"levelName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AssessmentScoresQuery, AssessmentScoresQueryVariables>;
export const StartAssessmentReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartAssessmentReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startAssessmentReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaturityStep"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaturityStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseTransitionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"fromState"}},{"kind":"Field","name":{"kind":"Name","value":"toState"}}]}}]}}]} as unknown as DocumentNode<StartAssessmentReviewMutation, StartAssessmentReviewMutationVariables>;
export const RequestAssessmentChangesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestAssessmentChanges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestAssessmentChangesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestAssessmentChanges"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaturityStep"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaturityStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseTransitionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"fromState"}},{"kind":"Field","name":{"kind":"Name","value":"toState"}}]}}]}}]} as unknown as DocumentNode<RequestAssessmentChangesMutation, RequestAssessmentChangesMutationVariables>;
export const ResubmitAssessmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResubmitAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resubmitAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaturityStep"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaturityStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseTransitionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"fromState"}},{"kind":"Field","name":{"kind":"Name","value":"toState"}}]}}]}}]} as unknown as DocumentNode<ResubmitAssessmentMutation, ResubmitAssessmentMutationVariables>;
export const ValidateAssessmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ValidateAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"validateAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaturityStep"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaturityStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseTransitionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"fromState"}},{"kind":"Field","name":{"kind":"Name","value":"toState"}}]}}]}}]} as unknown as DocumentNode<ValidateAssessmentMutation, ValidateAssessmentMutationVariables>;
export const SubmitMaturityAssessmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitMaturityAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaturityStep"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaturityStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseTransitionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"fromState"}},{"kind":"Field","name":{"kind":"Name","value":"toState"}}]}}]}}]} as unknown as DocumentNode<SubmitMaturityAssessmentMutation, SubmitMaturityAssessmentMutationVariables>;
export const RejectMaturityAssessmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectMaturityAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseNoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaturityStep"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaturityStep"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseTransitionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"fromState"}},{"kind":"Field","name":{"kind":"Name","value":"toState"}}]}}]}}]} as unknown as DocumentNode<RejectMaturityAssessmentMutation, RejectMaturityAssessmentMutationVariables>;
export const CycleIndexDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CycleIndex"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"IndexOrderBy"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"IndexFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cycle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"index"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"assessmentId"}},{"kind":"Field","name":{"kind":"Name","value":"entityCode"}},{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"levelName"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comparison"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"average"}},{"kind":"Field","name":{"kind":"Name","value":"difference"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"average"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"national"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"dimensions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"departmentName"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"index"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kinds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"index"}}]}},{"kind":"Field","name":{"kind":"Name","value":"distribution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CycleIndexQuery, CycleIndexQueryVariables>;
export const CycleIndexPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CycleIndexPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"IndexOrderBy"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"IndexFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cycle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"index"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"entityCode"}},{"kind":"Field","name":{"kind":"Name","value":"index"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CycleIndexPageQuery, CycleIndexPageQueryVariables>;
export const PublishCycleIndexDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishCycleIndex"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublishCycleIndexInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishCycleIndex"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"indexPublishedAt"}}]}}]}}]} as unknown as DocumentNode<PublishCycleIndexMutation, PublishCycleIndexMutationVariables>;
export const EntityAssessmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EntityAssessments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"territorialEntity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"assessments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cycleId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questionId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EntityAssessmentsQuery, EntityAssessmentsQueryVariables>;
export const MaturityModelsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MaturityModels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maturityModels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"questionCount"}},{"kind":"Field","name":{"kind":"Name","value":"publishedBy"}}]}}]}}]} as unknown as DocumentNode<MaturityModelsQuery, MaturityModelsQueryVariables>;
export const MaturityModelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MaturityModel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maturityModel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"questionCount"}},{"kind":"Field","name":{"kind":"Name","value":"levels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dimensions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"subdimensions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceRequired"}},{"kind":"Field","name":{"kind":"Name","value":"target"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MaturityModelQuery, MaturityModelQueryVariables>;
export const CycleModelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CycleModel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cycle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"modelVersion"}},{"kind":"Field","name":{"kind":"Name","value":"model"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"dimensions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"subdimensions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"levels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CycleModelQuery, CycleModelQueryVariables>;
export const PublishMaturityModelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishMaturityModel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublishMaturityModelInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishMaturityModel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"model"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"questionCount"}}]}}]}}]}}]} as unknown as DocumentNode<PublishMaturityModelMutation, PublishMaturityModelMutationVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"roleLabel"}},{"kind":"Field","name":{"kind":"Name","value":"entityCode"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const TerritorialEntitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TerritorialEntities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TerritorialEntityFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TerritorialEntityOrderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"territorialEntities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TerritorialEntityFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TerritorialEntityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TerritorialEntity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"departmentName"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"eligibleToApply"}}]}}]} as unknown as DocumentNode<TerritorialEntitiesQuery, TerritorialEntitiesQueryVariables>;
export const TerritorialEntityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TerritorialEntity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"territorialEntity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TerritorialEntityFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TerritorialEntityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TerritorialEntity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"departmentName"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"eligibleToApply"}}]}}]} as unknown as DocumentNode<TerritorialEntityQuery, TerritorialEntityQueryVariables>;