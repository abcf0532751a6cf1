/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
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

/** Cómo se acumulan las metas y los valores de un producto entre periodos (método de Bogotá). */
export type Annualization =
  /** Constante: la misma meta cada periodo; cuenta el valor del último periodo con meta. */
  | 'CONSTANT'
  /** Creciente: cada meta es un nivel acumulado y el avance es el último valor. */
  | 'INCREASING'
  /** Suma: cada periodo aporta lo suyo y el avance es la suma de los valores. */
  | 'SUM';

/** La respuesta de la entidad a la encuesta de satisfacción al terminar el acompañamiento. */
export type AnswerAccompanimentSurveyInput = {
  /** El trámite que cambia. */
  caseId: string | number;
  /** Un comentario (opcional; a lo sumo 2000 caracteres). */
  comment?: string | null | undefined;
  /** La versión que el cliente consultó; si el trámite cambió desde entonces, CONFLICT. */
  expectedVersion?: number | null | undefined;
  /** Repetir la misma clave devuelve el primer resultado sin repetir el cambio. */
  idempotencyKey?: string | null | undefined;
  /** La calificación del acompañamiento, de 1 (muy insatisfecha) a 5 (muy satisfecha). */
  score: number;
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

/** Evaluadores que se suman al panel de una postulación en evaluación técnica: por su usuario (evaluators) o por su id del directorio (evaluatorIds), una de las dos formas. */
export type AssignEvaluatorsInput = {
  /** El trámite que cambia. */
  caseId: string | number;
  /** Las personas del directorio (sus ids) que se suman al panel, con las mismas condiciones que evaluators. */
  evaluatorIds?: Array<string | number> | null | undefined;
  /** Usuarios (sub del token) de los evaluadores; se suman a los ya asignados. Cada uno debe ser una persona activa del directorio con membresía vigente de evaluador(a), sin membresía (vigente o pasada) en la entidad que postula. */
  evaluators?: Array<string> | null | undefined;
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

/** Qué cambios recibir: los filtros de `cases` (el estado es el de llegada) y un trámite; solo llegan los de trámites visibles para quien se suscribe. */
export type CaseChangeFilter = {
  /** Solo los de esta convocatoria (postulaciones). */
  callId?: string | number | null | undefined;
  /** Solo los cambios de este trámite. */
  caseId?: string | number | null | undefined;
  /** Solo los de esta vigencia (autodiagnósticos y acompañamientos). */
  cycleId?: string | number | null | undefined;
  /** Solo los de entidades de este departamento (código DIVIPOLA de 2 dígitos), la gobernación incluida. */
  departmentCode?: string | null | undefined;
  /** Solo los de esta entidad: código DIVIPOLA de 5 dígitos (municipio) o de 2 (gobernación). */
  entityCode?: string | null | undefined;
  /** Solo los trámites de este proceso. */
  process?: Process | null | undefined;
  /** Solo los trámites en este estado. */
  state?: CaseState | null | undefined;
};

/** Una decisión (aprobar, aceptar) con una nota opcional para la otra parte. */
export type CaseDecisionInput = {
  /** El trámite que cambia. */
  caseId: string | number;
  /** La versión que el cliente consultó; si el trámite cambió desde entonces, CONFLICT. */
  expectedVersion?: number | null | undefined;
  /** Repetir la misma clave devuelve el primer resultado sin repetir el cambio. */
  idempotencyKey?: string | null | undefined;
  /** Comentario para la otra parte (opcional; a lo sumo 5000 caracteres). */
  note?: string | null | undefined;
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

/** La declaración de conflicto de interés de quien evalúa. */
export type DeclareConflictInput = {
  /** El trámite que cambia. */
  caseId: string | number;
  /** true: tiene conflicto de interés y queda excluido de la evaluación. */
  conflict: boolean;
  /** La versión que el cliente consultó; si el trámite cambió desde entonces, CONFLICT. */
  expectedVersion?: number | null | undefined;
  /** Repetir la misma clave devuelve el primer resultado sin repetir el cambio. */
  idempotencyKey?: string | null | undefined;
  /** Motivos; obligatorios si hay conflicto. */
  note?: string | null | undefined;
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

/** El nuevo nombre de un objetivo del plan, con su justificación. */
export type PlanObjectiveNameInput = {
  /** Código del objetivo. */
  code: string;
  /** Por qué se propone este cambio (entre 10 y 2000 caracteres). */
  justification: string;
  /** Su nuevo nombre. */
  name: string;
};

/** Lo que cambia de un producto (lo omitido queda igual), con su justificación. */
export type PlanProductChangeInput = {
  /** Nueva anualización. */
  annualization?: Annualization | null | undefined;
  /** Nueva línea base del indicador (de 0 a 1.000.000.000.000). */
  baseline?: number | null | undefined;
  /** Código del producto (uno del plan; en add, uno nuevo). */
  code: string;
  /** Nuevo indicador. */
  indicator?: string | null | undefined;
  /** Por qué se propone este cambio (entre 10 y 2000 caracteres). */
  justification: string;
  /** Nuevo nombre. */
  name?: string | null | undefined;
  /** Nuevo sector o entidad responsable (a lo sumo 120 caracteres); un texto en blanco lo quita. */
  sector?: string | null | undefined;
  /** Metas que cambian (las demás quedan igual). */
  targets?: Array<PlanTargetChangeInput> | null | undefined;
  /** Peso en puntos; todos los pesos del plan, tras el cambio, deben sumar 100. */
  weight?: number | null | undefined;
};

/** Un producto nuevo: nombre, indicador, peso, anualización y al menos una meta son obligatorios; sector y línea base, opcionales. */
export type PlanProductNewInput = {
  /** Nueva anualización. */
  annualization?: Annualization | null | undefined;
  /** Nueva línea base del indicador (de 0 a 1.000.000.000.000). */
  baseline?: number | null | undefined;
  /** Código del producto (uno del plan; en add, uno nuevo). */
  code: string;
  /** Nuevo indicador. */
  indicator?: string | null | undefined;
  /** Por qué se propone este cambio (entre 10 y 2000 caracteres). */
  justification: string;
  /** Nuevo nombre. */
  name?: string | null | undefined;
  /** El objetivo al que pertenece (uno del plan, o uno nuevo; a uno nuevo se le da nombre en objectives). */
  objectiveCode: string;
  /** Nuevo sector o entidad responsable (a lo sumo 120 caracteres); un texto en blanco lo quita. */
  sector?: string | null | undefined;
  /** Metas que cambian (las demás quedan igual). */
  targets?: Array<PlanTargetChangeInput> | null | undefined;
  /** Peso en puntos; todos los pesos del plan, tras el cambio, deben sumar 100. */
  weight?: number | null | undefined;
};

/** Un producto que se quita (solo uno sin avances reportados), con su justificación. */
export type PlanProductRemovalInput = {
  /** Código del producto. */
  code: string;
  /** Por qué se propone este cambio (entre 10 y 2000 caracteres). */
  justification: string;
};

/** Una meta de un producto que cambia. */
export type PlanTargetChangeInput = {
  /** Periodo del plan: 2024 (anual), 2024-S1 (semestral) o 2024-T1 (trimestral). */
  period: string;
  /** La nueva meta (de 0 a 1.000.000.000.000); null la quita. */
  value?: number | null | undefined;
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

/** El comentario de la coordinación sobre un producto del reporte. */
export type ProgressProductCommentInput = {
  /** Qué debe corregir la entidad en ese producto (entre 3 y 2000 caracteres). */
  comment: string;
  /** Un producto del reporte. */
  productCode: string;
};

/** Un evaluador que sale del panel, con los motivos. */
export type RemoveEvaluatorInput = {
  /** El trámite que cambia. */
  caseId: string | number;
  /** Usuario (sub) del evaluador que sale del panel; no debe haber radicado su evaluación. */
  evaluator: string;
  /** La versión que el cliente consultó; si el trámite cambió desde entonces, CONFLICT. */
  expectedVersion?: number | null | undefined;
  /** Repetir la misma clave devuelve el primer resultado sin repetir el cambio. */
  idempotencyKey?: string | null | undefined;
  /** Motivos (al menos 10 caracteres). */
  note: string;
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

/** Pedir ajustes a la hoja de ruta entregada (entidad): una nota general y comentarios por línea. */
export type RequestRoadmapAdjustmentsInput = {
  /** El trámite que cambia. */
  caseId: string | number;
  /** Comentarios por línea, a lo sumo 60 y uno por línea (en los trámites de la versión 1, que no tienen líneas, se omiten). */
  comments?: Array<RoadmapLineCommentInput>;
  /** La versión que el cliente consultó; si el trámite cambió desde entonces, CONFLICT. */
  expectedVersion?: number | null | undefined;
  /** Repetir la misma clave devuelve el primer resultado sin repetir el cambio. */
  idempotencyKey?: string | null | undefined;
  /** Texto para la otra parte; al menos 3 caracteres. */
  note: string;
};

/** Radicar de nuevo una propuesta devuelta. Sin cambios, va como estaba (justification, si se da, reemplaza la de conjunto). Con cambios: en un ajuste, reemplazan los de la propuesta anterior y se calculan desde la versión base; en una primera versión, corrigen sus propios productos. */
export type ResubmitPlanVersionInput = {
  /** Productos nuevos. */
  add?: Array<PlanProductNewInput> | null | undefined;
  /** El trámite que cambia. */
  caseId: string | number;
  /** La versión que el cliente consultó; si el trámite cambió desde entonces, CONFLICT. */
  expectedVersion?: number | null | undefined;
  /** Repetir la misma clave devuelve el primer resultado sin repetir el cambio. */
  idempotencyKey?: string | null | undefined;
  /** Nueva justificación de conjunto (entre 10 y 5000 caracteres); sin valor, queda la anterior. */
  justification?: string | null | undefined;
  /** Objetivos que cambian de nombre. */
  objectives?: Array<PlanObjectiveNameInput> | null | undefined;
  /** Productos que cambian. */
  products?: Array<PlanProductChangeInput> | null | undefined;
  /** Productos que se quitan (solo los que no tienen avances reportados). */
  remove?: Array<PlanProductRemovalInput> | null | undefined;
  /** Nuevo título; sin valor, queda el de la versión base (en una primera versión, el suyo). Su justificación es la de conjunto. */
  title?: string | null | undefined;
};

/** La devolución de un reporte con observaciones generales (note) y por producto. */
export type ReturnProgressReportInput = {
  /** El trámite que cambia. */
  caseId: string | number;
  /** Comentarios por producto (cada producto del reporte a lo sumo una vez). */
  comments?: Array<ProgressProductCommentInput>;
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

/** El comentario de la entidad sobre una línea de la hoja de ruta entregada. */
export type RoadmapLineCommentInput = {
  /** El comentario (3 a 2000 caracteres). */
  comment: string;
  /** La línea comentada (de la hoja de ruta entregada). */
  lineId: string | number;
};

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

/** La firma del convenio por el representante legal. */
export type SignAgreementInput = {
  /** Número del convenio, si ya lo tiene. */
  agreementNumber?: string | null | undefined;
  /** El trámite que cambia. */
  caseId: string | number;
  /** El convenio firmado, subido por la carga reanudable (propósito SIGNED_AGREEMENT, de la entidad, ya verificado); queda adjunto al convenio en el mismo paso. */
  documentId?: string | number | null | undefined;
  /** La versión que el cliente consultó; si el trámite cambió desde entonces, CONFLICT. */
  expectedVersion?: number | null | undefined;
  /** Repetir la misma clave devuelve el primer resultado sin repetir el cambio. */
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

export type CaseActionResultFragment = { id: string, state: CaseState, stateLabel: string, version: number, final: boolean, updatedAt: string, availableEvents: Array<{ id: string, event: CaseEvent, label: string, mutation: string }> };

export type CasesSubmitAssessmentMutationVariables = Exact<{
  input: CaseActionInput;
}>;


export type CasesSubmitAssessmentMutation = { submitAssessment: { replayed: boolean, case: { id: string, state: CaseState, stateLabel: string, version: number, final: boolean, updatedAt: string, availableEvents: Array<{ id: string, event: CaseEvent, label: string, mutation: string }> } } };

export type CasesResubmitAssessmentMutationVariables = Exact<{
  input: CaseActionInput;
}>;


export type CasesResubmitAssessmentMutation = { resubmitAssessment: { replayed: boolean, case: { id: string, state: CaseState, stateLabel: string, version: number, final: boolean, updatedAt: string, availableEvents: Array<{ id: string, event: CaseEvent, label: string, mutation: string }> } } };

export type CasesWithdrawAssessmentMutationVariables = Exact<{
  input: CaseActionInput;
}>;


export type CasesWithdrawAssessmentMutation = { withdrawAssessment: { replayed: boolean, case: { id: string, state: CaseState, stateLabel: string, version: number, final: boolean, updatedAt: string, availableEvents: Array<{ id: string, event: CaseEvent, label: string, mutation: string }> } } };

export type CasesStartAssessmentReviewMutationVariables = Exact<{
  input: CaseActionInput;
}>;


export type CasesStartAssessmentReviewMutation = { startAssessmentReview: { replayed: boolean, case: { id: string, state: CaseState, stateLabel: string, version: number, final: boolean, updatedAt: string, availableEvents: Array<{ id: string, event: CaseEvent, label: string, mutation: string }> } } };

export type CasesRequestAssessmentChangesMutationVariables = Exact<{
  input: RequestAssessmentChangesInput;
}>;


export type CasesRequestAssessmentChangesMutation = { requestAssessmentChanges: { replayed: boolean, case: { id: string, state: CaseState, stateLabel: string, version: number, final: boolean, updatedAt: string, availableEvents: Array<{ id: string, event: CaseEvent, label: string, mutation: string }> } } };

export type CasesValidateAssessmentMutationVariables = Exact<{
  input: CaseActionInput;
}>;


export type CasesValidateAssessmentMutation = { validateAssessment: { replayed: boolean, case: { id: string, state: CaseState, stateLabel: string, version: number, final: boolean, updatedAt: string, availableEvents: Array<{ id: string, event: CaseEvent, label: string, mutation: string }> } } };

export type CasesRejectAssessmentMutationVariables = Exact<{
  input: CaseNoteInput;
}>;


export type CasesRejectAssessmentMutation = { rejectAssessment: { replayed: boolean, case: { id: string, state: CaseState, stateLabel: string, version: number, final: boolean, updatedAt: string, availableEvents: Array<{ id: string, event: CaseEvent, label: string, mutation: string }> } } };

export type CasesAdmitAccompanimentMutationVariables = Exact<{
  input: CaseActionInput;
}>;


export type CasesAdmitAccompanimentMutation = { admitAccompaniment: { replayed: boolean, case: { id: string, state: CaseState, stateLabel: string, version: number, final: boolean, updatedAt: string, availableEvents: Array<{ id: string, event: CaseEvent, label: string, mutation: string }> } } };

export type CasesDeclineAccompanimentMutationVariables = Exact<{
  input: CaseNoteInput;
}>;


export type CasesDeclineAccompanimentMutation = { declineAccompaniment: { replayed: boolean, case: { id: string, state: CaseState, stateLabel: string, version: number, final: boolean, updatedAt: string, availableEvents: Array<{ id: string, event: CaseEvent, label: string, mutation: string }> } } };

export type CasesAssignAdvisorMutationVariables = Exact<{
  input: AssignAdvisorInput;
}>;


export type CasesAssignAdvisorMutation = { assignAdvisor: { replayed: boolean, case: { id: string, state: CaseState, stateLabel: string, version: number, final: boolean, updatedAt: string, availableEvents: Array<{ id: string, event: CaseEvent, label: string, mutation: string }> } } };

export type CasesStartDiagnosisMutationVariables = Exact<{
  input: CaseActionInput;
}>;


export type CasesStartDiagnosisMutation = { startDiagnosis: { replayed: boolean, case: { id: string, state: CaseState, stateLabel: string, version: number, final: boolean, updatedAt: string, availableEvents: Array<{ id: string, event: CaseEvent, label: string, mutation: string }> } } };

export type CasesStartFormulationMutationVariables = Exact<{
  input: CaseActionInput;
}>;


export type CasesStartFormulationMutation = { startFormulation: { replayed: boolean, case: { id: string, state: CaseState, stateLabel: string, version: number, final: boolean, updatedAt: string, availableEvents: Array<{ id: string, event: CaseEvent, label: string, mutation: string }> } } };

export type CasesDeliverRoadmapMutationVariables = Exact<{
  input: CaseDecisionInput;
}>;


export type CasesDeliverRoadmapMutation = { deliverRoadmap: { replayed: boolean, case: { id: string, state: CaseState, stateLabel: string, version: number, final: boolean, updatedAt: string, availableEvents: Array<{ id: string, event: CaseEvent, label: string, mutation: string }> } } };

export type CasesFinishAssessmentSupportMutationVariables = Exact<{
  input: CaseNoteInput;
}>;


export type CasesFinishAssessmentSupportMutation = { finishAssessmentSupport: { replayed: boolean, case: { id: string, state: CaseState, stateLabel: string, version: number, final: boolean, updatedAt: string, availableEvents: Array<{ id: string, event: CaseEvent, label: string, mutation: string }> } } };

export type CasesRequestRoadmapAdjustmentsMutationVariables = Exact<{
  input: RequestRoadmapAdjustmentsInput;
}>;


export type CasesRequestRoadmapAdjustmentsMutation = { requestRoadmapAdjustments: { replayed: boolean, case: { id: string, state: CaseState, stateLabel: string, version: number, final: boolean, updatedAt: string, availableEvents: Array<{ id: string, event: CaseEvent, label: string, mutation: string }> } } };

export type CasesAcceptRoadmapMutationVariables = Exact<{
  input: CaseActionInput;
}>;


export type CasesAcceptRoadmapMutation = { acceptRoadmap: { replayed: boolean, case: { id: string, state: CaseState, stateLabel: string, version: number, final: boolean, updatedAt: string, availableEvents: Array<{ id: string, event: CaseEvent, label: string, mutation: string }> } } };

export type CasesAnswerAccompanimentSurveyMutationVariables = Exact<{
  input: AnswerAccompanimentSurveyInput;
}>;


export type CasesAnswerAccompanimentSurveyMutation = { answerAccompanimentSurvey: { replayed: boolean, case: { id: string, state: CaseState, stateLabel: string, version: number, final: boolean, updatedAt: string, availableEvents: Array<{ id: string, event: CaseEvent, label: string, mutation: string }> } } };

export type CasesWithdrawAccompanimentMutationVariables = Exact<{
  input: CaseActionInput;
}>;


export type CasesWithdrawAccompanimentMutation = { withdrawAccompaniment: { replayed: boolean, case: { id: string, state: CaseState, stateLabel: string, version: number, final: boolean, updatedAt: string, availableEvents: Array<{ id: string, event: CaseEvent, label: string, mutation: string }> } } };

export type CasesSubmitApplicationMutationVariables = Exact<{
  input: CaseActionInput;
}>;


export type CasesSubmitApplicationMutation = { submitApplication: { replayed: boolean, case: { id: string, state: CaseState, stateLabel: string, version: number, final: boolean, updatedAt: string, availableEvents: Array<{ id: string, event: CaseEvent, label: string, mutation: string }> } } };

export type CasesResubmitApplicationMutationVariables = Exact<{
  input: CaseActionInput;
}>;


export type CasesResubmitApplicationMutation = { resubmitApplication: { replayed: boolean, case: { id: string, state: CaseState, stateLabel: string, version: number, final: boolean, updatedAt: string, availableEvents: Array<{ id: string, event: CaseEvent, label: string, mutation: string }> } } };

export type CasesWithdrawApplicationMutationVariables = Exact<{
  input: CaseActionInput;
}>;


export type CasesWithdrawApplicationMutation = { withdrawApplication: { replayed: boolean, case: { id: string, state: CaseState, stateLabel: string, version: number, final: boolean, updatedAt: string, availableEvents: Array<{ id: string, event: CaseEvent, label: string, mutation: string }> } } };

export type CasesSignAgreementMutationVariables = Exact<{
  input: SignAgreementInput;
}>;


export type CasesSignAgreementMutation = { signAgreement: { replayed: boolean, case: { id: string, state: CaseState, stateLabel: string, version: number, final: boolean, updatedAt: string, availableEvents: Array<{ id: string, event: CaseEvent, label: string, mutation: string }> } } };

export type CasesStartEligibilityReviewMutationVariables = Exact<{
  input: CaseActionInput;
}>;


export type CasesStartEligibilityReviewMutation = { startEligibilityReview: { replayed: boolean, case: { id: string, state: CaseState, stateLabel: string, version: number, final: boolean, updatedAt: string, availableEvents: Array<{ id: string, event: CaseEvent, label: string, mutation: string }> } } };

export type CasesRequestCorrectionsMutationVariables = Exact<{
  input: CaseNoteInput;
}>;


export type CasesRequestCorrectionsMutation = { requestCorrections: { replayed: boolean, case: { id: string, state: CaseState, stateLabel: string, version: number, final: boolean, updatedAt: string, availableEvents: Array<{ id: string, event: CaseEvent, label: string, mutation: string }> } } };

export type CasesDeclareEligibleMutationVariables = Exact<{
  input: CaseActionInput;
}>;


export type CasesDeclareEligibleMutation = { declareEligible: { replayed: boolean, case: { id: string, state: CaseState, stateLabel: string, version: number, final: boolean, updatedAt: string, availableEvents: Array<{ id: string, event: CaseEvent, label: string, mutation: string }> } } };

export type CasesDeclareIneligibleMutationVariables = Exact<{
  input: CaseNoteInput;
}>;


export type CasesDeclareIneligibleMutation = { declareIneligible: { replayed: boolean, case: { id: string, state: CaseState, stateLabel: string, version: number, final: boolean, updatedAt: string, availableEvents: Array<{ id: string, event: CaseEvent, label: string, mutation: string }> } } };

export type CasesAssignEvaluatorsMutationVariables = Exact<{
  input: AssignEvaluatorsInput;
}>;


export type CasesAssignEvaluatorsMutation = { assignEvaluators: { replayed: boolean, case: { id: string, state: CaseState, stateLabel: string, version: number, final: boolean, updatedAt: string, availableEvents: Array<{ id: string, event: CaseEvent, label: string, mutation: string }> } } };

export type CasesRemoveEvaluatorMutationVariables = Exact<{
  input: RemoveEvaluatorInput;
}>;


export type CasesRemoveEvaluatorMutation = { removeEvaluator: { replayed: boolean, case: { id: string, state: CaseState, stateLabel: string, version: number, final: boolean, updatedAt: string, availableEvents: Array<{ id: string, event: CaseEvent, label: string, mutation: string }> } } };

export type CasesDeclareConflictOfInterestMutationVariables = Exact<{
  input: DeclareConflictInput;
}>;


export type CasesDeclareConflictOfInterestMutation = { declareConflictOfInterest: { replayed: boolean, case: { id: string, state: CaseState, stateLabel: string, version: number, final: boolean, updatedAt: string, availableEvents: Array<{ id: string, event: CaseEvent, label: string, mutation: string }> } } };

export type CasesSendToCommitteeMutationVariables = Exact<{
  input: CaseActionInput;
}>;


export type CasesSendToCommitteeMutation = { sendToCommittee: { replayed: boolean, case: { id: string, state: CaseState, stateLabel: string, version: number, final: boolean, updatedAt: string, availableEvents: Array<{ id: string, event: CaseEvent, label: string, mutation: string }> } } };

export type CasesApproveApplicationMutationVariables = Exact<{
  input: CaseActionInput;
}>;


export type CasesApproveApplicationMutation = { approveApplication: { replayed: boolean, case: { id: string, state: CaseState, stateLabel: string, version: number, final: boolean, updatedAt: string, availableEvents: Array<{ id: string, event: CaseEvent, label: string, mutation: string }> } } };

export type CasesWaitlistApplicationMutationVariables = Exact<{
  input: CaseNoteInput;
}>;


export type CasesWaitlistApplicationMutation = { waitlistApplication: { replayed: boolean, case: { id: string, state: CaseState, stateLabel: string, version: number, final: boolean, updatedAt: string, availableEvents: Array<{ id: string, event: CaseEvent, label: string, mutation: string }> } } };

export type CasesRejectApplicationMutationVariables = Exact<{
  input: CaseNoteInput;
}>;


export type CasesRejectApplicationMutation = { rejectApplication: { replayed: boolean, case: { id: string, state: CaseState, stateLabel: string, version: number, final: boolean, updatedAt: string, availableEvents: Array<{ id: string, event: CaseEvent, label: string, mutation: string }> } } };

export type CasesStartExecutionMutationVariables = Exact<{
  input: CaseActionInput;
}>;


export type CasesStartExecutionMutation = { startExecution: { replayed: boolean, case: { id: string, state: CaseState, stateLabel: string, version: number, final: boolean, updatedAt: string, availableEvents: Array<{ id: string, event: CaseEvent, label: string, mutation: string }> } } };

export type CasesCloseApplicationMutationVariables = Exact<{
  input: CaseNoteInput;
}>;


export type CasesCloseApplicationMutation = { closeApplication: { replayed: boolean, case: { id: string, state: CaseState, stateLabel: string, version: number, final: boolean, updatedAt: string, availableEvents: Array<{ id: string, event: CaseEvent, label: string, mutation: string }> } } };

export type CasesApprovePlanVersionMutationVariables = Exact<{
  input: CaseDecisionInput;
}>;


export type CasesApprovePlanVersionMutation = { approvePlanVersion: { replayed: boolean, case: { id: string, state: CaseState, stateLabel: string, version: number, final: boolean, updatedAt: string, availableEvents: Array<{ id: string, event: CaseEvent, label: string, mutation: string }> } } };

export type CasesReturnPlanVersionMutationVariables = Exact<{
  input: CaseNoteInput;
}>;


export type CasesReturnPlanVersionMutation = { returnPlanVersion: { replayed: boolean, case: { id: string, state: CaseState, stateLabel: string, version: number, final: boolean, updatedAt: string, availableEvents: Array<{ id: string, event: CaseEvent, label: string, mutation: string }> } } };

export type CasesResubmitPlanVersionMutationVariables = Exact<{
  input: ResubmitPlanVersionInput;
}>;


export type CasesResubmitPlanVersionMutation = { resubmitPlanVersion: { replayed: boolean, case: { id: string, state: CaseState, stateLabel: string, version: number, final: boolean, updatedAt: string, availableEvents: Array<{ id: string, event: CaseEvent, label: string, mutation: string }> } } };

export type CasesWithdrawPlanVersionMutationVariables = Exact<{
  input: CaseActionInput;
}>;


export type CasesWithdrawPlanVersionMutation = { withdrawPlanVersion: { replayed: boolean, case: { id: string, state: CaseState, stateLabel: string, version: number, final: boolean, updatedAt: string, availableEvents: Array<{ id: string, event: CaseEvent, label: string, mutation: string }> } } };

export type CasesAcceptProgressReportMutationVariables = Exact<{
  input: CaseDecisionInput;
}>;


export type CasesAcceptProgressReportMutation = { acceptProgressReport: { replayed: boolean, case: { id: string, state: CaseState, stateLabel: string, version: number, final: boolean, updatedAt: string, availableEvents: Array<{ id: string, event: CaseEvent, label: string, mutation: string }> } } };

export type CasesReturnProgressReportMutationVariables = Exact<{
  input: ReturnProgressReportInput;
}>;


export type CasesReturnProgressReportMutation = { returnProgressReport: { replayed: boolean, case: { id: string, state: CaseState, stateLabel: string, version: number, final: boolean, updatedAt: string, availableEvents: Array<{ id: string, event: CaseEvent, label: string, mutation: string }> } } };

export type CasesWithdrawProgressReportMutationVariables = Exact<{
  input: CaseActionInput;
}>;


export type CasesWithdrawProgressReportMutation = { withdrawProgressReport: { replayed: boolean, case: { id: string, state: CaseState, stateLabel: string, version: number, final: boolean, updatedAt: string, availableEvents: Array<{ id: string, event: CaseEvent, label: string, mutation: string }> } } };

export type BoardCaseFragment = { id: string, process: Process, processLabel: string, state: CaseState, stateLabel: string, version: number, updatedAt: string, entityCode: string, entity: { id: string, code: string, name: string, departmentCode: string, departmentName: string }, deadlines: Array<{ id: string, label: string, dueAt: string, status: DeadlineStatus, overdue: boolean, remaining: number | null, closedAt: string | null }> };

export type CasesBoardQueryVariables = Exact<{
  filter?: CaseFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type CasesBoardQuery = { cases: { totalCount: number, feedCursor: string, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, process: Process, processLabel: string, state: CaseState, stateLabel: string, version: number, updatedAt: string, entityCode: string, entity: { id: string, code: string, name: string, departmentCode: string, departmentName: string }, deadlines: Array<{ id: string, label: string, dueAt: string, status: DeadlineStatus, overdue: boolean, remaining: number | null, closedAt: string | null }> } }> } };

export type CasesBoardOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type CasesBoardOptionsQuery = { processDefinitions: Array<{ id: string, process: Process, label: string, states: Array<{ id: string, name: CaseState, label: string }> }>, departments: { edges: Array<{ node: { id: string, departmentCode: string, departmentName: string } }> }, capitalDistrict: { edges: Array<{ node: { id: string, departmentCode: string, departmentName: string } }> } };

export type CasesBoardChangesSubscriptionVariables = Exact<{
  filter?: CaseChangeFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type CasesBoardChangesSubscription = { caseChanged: { cursor: string, caseId: string, version: number, case: { id: string, process: Process, processLabel: string, state: CaseState, stateLabel: string, version: number, updatedAt: string, entityCode: string, entity: { id: string, code: string, name: string, departmentCode: string, departmentName: string }, deadlines: Array<{ id: string, label: string, dueAt: string, status: DeadlineStatus, overdue: boolean, remaining: number | null, closedAt: string | null }> } } };

export type CasesBoardNotificationsSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type CasesBoardNotificationsSubscription = { notificationAdded: { id: string, kind: NotificationKind, caseId: string | null, createdAt: string } };

export type CasesCasePageQueryVariables = Exact<{
  id: string | number;
}>;


export type CasesCasePageQuery = { case: { id: string, process: Process, processLabel: string, state: CaseState, stateLabel: string, version: number, machineVersion: number, final: boolean, owner: Side, createdAt: string, updatedAt: string, lastNote: string | null, entity: { id: string, code: string, name: string, departmentName: string }, availableEvents: Array<{ id: string, event: CaseEvent, label: string, mutation: string }>, deadlines: Array<{ id: string, label: string, dueAt: string, originalDueAt: string, status: DeadlineStatus, overdue: boolean, remaining: number | null, closedAt: string | null, extendedDays: number | null, extendable: boolean, extensionReason: string | null, calendar: TermCalendar, days: number | null }>, history: Array<{ id: string, seq: number, event: CaseEvent, eventLabel: string, fromState: CaseState | null, fromStateLabel: string | null, toState: CaseState, toStateLabel: string, actorSubject: string, actorRole: ActorRole, at: string, payload: Record<string, unknown> }> } | null };

export type CasesCaseDiagramQueryVariables = Exact<{ [key: string]: never; }>;


export type CasesCaseDiagramQuery = { processDefinitions: Array<{ id: string, process: Process, version: number, label: string, mermaid: string }> };

export type CasesCaseChangesSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type CasesCaseChangesSubscription = { caseChanged: { cursor: string, version: number, case: { id: string, state: CaseState, stateLabel: string, version: number } } };

export type CasesExtendTermMutationVariables = Exact<{
  input: ExtendTermInput;
}>;


export type CasesExtendTermMutation = { extendTerm: { replayed: boolean, case: { id: string, state: CaseState, stateLabel: string, version: number, final: boolean, updatedAt: string, availableEvents: Array<{ id: string, event: CaseEvent, label: string, mutation: string }> } } };

export const CaseActionResultFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseActionResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"final"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"mutation"}}]}}]}}]} as unknown as DocumentNode<CaseActionResultFragment, unknown>;
export const BoardCaseFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BoardCase"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"process"}},{"kind":"Field","name":{"kind":"Name","value":"processLabel"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"entityCode"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"departmentName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}}]}}]} as unknown as DocumentNode<BoardCaseFragment, unknown>;
export const CasesSubmitAssessmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CasesSubmitAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseActionResult"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseActionResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"final"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"mutation"}}]}}]}}]} as unknown as DocumentNode<CasesSubmitAssessmentMutation, CasesSubmitAssessmentMutationVariables>;
export const CasesResubmitAssessmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CasesResubmitAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resubmitAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseActionResult"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseActionResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"final"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"mutation"}}]}}]}}]} as unknown as DocumentNode<CasesResubmitAssessmentMutation, CasesResubmitAssessmentMutationVariables>;
export const CasesWithdrawAssessmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CasesWithdrawAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseActionResult"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseActionResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"final"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"mutation"}}]}}]}}]} as unknown as DocumentNode<CasesWithdrawAssessmentMutation, CasesWithdrawAssessmentMutationVariables>;
export const CasesStartAssessmentReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CasesStartAssessmentReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startAssessmentReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseActionResult"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseActionResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"final"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"mutation"}}]}}]}}]} as unknown as DocumentNode<CasesStartAssessmentReviewMutation, CasesStartAssessmentReviewMutationVariables>;
export const CasesRequestAssessmentChangesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CasesRequestAssessmentChanges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestAssessmentChangesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestAssessmentChanges"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseActionResult"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseActionResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"final"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"mutation"}}]}}]}}]} as unknown as DocumentNode<CasesRequestAssessmentChangesMutation, CasesRequestAssessmentChangesMutationVariables>;
export const CasesValidateAssessmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CasesValidateAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"validateAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseActionResult"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseActionResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"final"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"mutation"}}]}}]}}]} as unknown as DocumentNode<CasesValidateAssessmentMutation, CasesValidateAssessmentMutationVariables>;
export const CasesRejectAssessmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CasesRejectAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseNoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseActionResult"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseActionResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"final"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"mutation"}}]}}]}}]} as unknown as DocumentNode<CasesRejectAssessmentMutation, CasesRejectAssessmentMutationVariables>;
export const CasesAdmitAccompanimentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CasesAdmitAccompaniment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"admitAccompaniment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseActionResult"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseActionResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"final"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"mutation"}}]}}]}}]} as unknown as DocumentNode<CasesAdmitAccompanimentMutation, CasesAdmitAccompanimentMutationVariables>;
export const CasesDeclineAccompanimentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CasesDeclineAccompaniment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseNoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declineAccompaniment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseActionResult"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseActionResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"final"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"mutation"}}]}}]}}]} as unknown as DocumentNode<CasesDeclineAccompanimentMutation, CasesDeclineAccompanimentMutationVariables>;
export const CasesAssignAdvisorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CasesAssignAdvisor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignAdvisorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignAdvisor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseActionResult"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseActionResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"final"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"mutation"}}]}}]}}]} as unknown as DocumentNode<CasesAssignAdvisorMutation, CasesAssignAdvisorMutationVariables>;
export const CasesStartDiagnosisDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CasesStartDiagnosis"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startDiagnosis"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseActionResult"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseActionResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"final"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"mutation"}}]}}]}}]} as unknown as DocumentNode<CasesStartDiagnosisMutation, CasesStartDiagnosisMutationVariables>;
export const CasesStartFormulationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CasesStartFormulation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startFormulation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseActionResult"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseActionResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"final"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"mutation"}}]}}]}}]} as unknown as DocumentNode<CasesStartFormulationMutation, CasesStartFormulationMutationVariables>;
export const CasesDeliverRoadmapDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CasesDeliverRoadmap"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseDecisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deliverRoadmap"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseActionResult"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseActionResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"final"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"mutation"}}]}}]}}]} as unknown as DocumentNode<CasesDeliverRoadmapMutation, CasesDeliverRoadmapMutationVariables>;
export const CasesFinishAssessmentSupportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CasesFinishAssessmentSupport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseNoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"finishAssessmentSupport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseActionResult"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseActionResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"final"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"mutation"}}]}}]}}]} as unknown as DocumentNode<CasesFinishAssessmentSupportMutation, CasesFinishAssessmentSupportMutationVariables>;
export const CasesRequestRoadmapAdjustmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CasesRequestRoadmapAdjustments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestRoadmapAdjustmentsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestRoadmapAdjustments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseActionResult"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseActionResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"final"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"mutation"}}]}}]}}]} as unknown as DocumentNode<CasesRequestRoadmapAdjustmentsMutation, CasesRequestRoadmapAdjustmentsMutationVariables>;
export const CasesAcceptRoadmapDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CasesAcceptRoadmap"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptRoadmap"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseActionResult"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseActionResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"final"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"mutation"}}]}}]}}]} as unknown as DocumentNode<CasesAcceptRoadmapMutation, CasesAcceptRoadmapMutationVariables>;
export const CasesAnswerAccompanimentSurveyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CasesAnswerAccompanimentSurvey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnswerAccompanimentSurveyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerAccompanimentSurvey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseActionResult"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseActionResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"final"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"mutation"}}]}}]}}]} as unknown as DocumentNode<CasesAnswerAccompanimentSurveyMutation, CasesAnswerAccompanimentSurveyMutationVariables>;
export const CasesWithdrawAccompanimentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CasesWithdrawAccompaniment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawAccompaniment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseActionResult"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseActionResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"final"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"mutation"}}]}}]}}]} as unknown as DocumentNode<CasesWithdrawAccompanimentMutation, CasesWithdrawAccompanimentMutationVariables>;
export const CasesSubmitApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CasesSubmitApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseActionResult"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseActionResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"final"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"mutation"}}]}}]}}]} as unknown as DocumentNode<CasesSubmitApplicationMutation, CasesSubmitApplicationMutationVariables>;
export const CasesResubmitApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CasesResubmitApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resubmitApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseActionResult"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseActionResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"final"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"mutation"}}]}}]}}]} as unknown as DocumentNode<CasesResubmitApplicationMutation, CasesResubmitApplicationMutationVariables>;
export const CasesWithdrawApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CasesWithdrawApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseActionResult"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseActionResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"final"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"mutation"}}]}}]}}]} as unknown as DocumentNode<CasesWithdrawApplicationMutation, CasesWithdrawApplicationMutationVariables>;
export const CasesSignAgreementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CasesSignAgreement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignAgreementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signAgreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseActionResult"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseActionResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"final"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"mutation"}}]}}]}}]} as unknown as DocumentNode<CasesSignAgreementMutation, CasesSignAgreementMutationVariables>;
export const CasesStartEligibilityReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CasesStartEligibilityReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startEligibilityReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseActionResult"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseActionResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"final"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"mutation"}}]}}]}}]} as unknown as DocumentNode<CasesStartEligibilityReviewMutation, CasesStartEligibilityReviewMutationVariables>;
export const CasesRequestCorrectionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CasesRequestCorrections"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseNoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestCorrections"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseActionResult"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseActionResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"final"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"mutation"}}]}}]}}]} as unknown as DocumentNode<CasesRequestCorrectionsMutation, CasesRequestCorrectionsMutationVariables>;
export const CasesDeclareEligibleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CasesDeclareEligible"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declareEligible"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseActionResult"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseActionResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"final"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"mutation"}}]}}]}}]} as unknown as DocumentNode<CasesDeclareEligibleMutation, CasesDeclareEligibleMutationVariables>;
export const CasesDeclareIneligibleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CasesDeclareIneligible"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseNoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declareIneligible"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseActionResult"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseActionResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"final"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"mutation"}}]}}]}}]} as unknown as DocumentNode<CasesDeclareIneligibleMutation, CasesDeclareIneligibleMutationVariables>;
export const CasesAssignEvaluatorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CasesAssignEvaluators"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignEvaluatorsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignEvaluators"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseActionResult"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseActionResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"final"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"mutation"}}]}}]}}]} as unknown as DocumentNode<CasesAssignEvaluatorsMutation, CasesAssignEvaluatorsMutationVariables>;
export const CasesRemoveEvaluatorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CasesRemoveEvaluator"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveEvaluatorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeEvaluator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseActionResult"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseActionResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"final"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"mutation"}}]}}]}}]} as unknown as DocumentNode<CasesRemoveEvaluatorMutation, CasesRemoveEvaluatorMutationVariables>;
export const CasesDeclareConflictOfInterestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CasesDeclareConflictOfInterest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeclareConflictInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declareConflictOfInterest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseActionResult"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseActionResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"final"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"mutation"}}]}}]}}]} as unknown as DocumentNode<CasesDeclareConflictOfInterestMutation, CasesDeclareConflictOfInterestMutationVariables>;
export const CasesSendToCommitteeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CasesSendToCommittee"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendToCommittee"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseActionResult"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseActionResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"final"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"mutation"}}]}}]}}]} as unknown as DocumentNode<CasesSendToCommitteeMutation, CasesSendToCommitteeMutationVariables>;
export const CasesApproveApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CasesApproveApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseActionResult"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseActionResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"final"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"mutation"}}]}}]}}]} as unknown as DocumentNode<CasesApproveApplicationMutation, CasesApproveApplicationMutationVariables>;
export const CasesWaitlistApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CasesWaitlistApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseNoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"waitlistApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseActionResult"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseActionResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"final"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"mutation"}}]}}]}}]} as unknown as DocumentNode<CasesWaitlistApplicationMutation, CasesWaitlistApplicationMutationVariables>;
export const CasesRejectApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CasesRejectApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseNoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseActionResult"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseActionResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"final"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"mutation"}}]}}]}}]} as unknown as DocumentNode<CasesRejectApplicationMutation, CasesRejectApplicationMutationVariables>;
export const CasesStartExecutionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CasesStartExecution"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startExecution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseActionResult"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseActionResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"final"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"mutation"}}]}}]}}]} as unknown as DocumentNode<CasesStartExecutionMutation, CasesStartExecutionMutationVariables>;
export const CasesCloseApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CasesCloseApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseNoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseActionResult"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseActionResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"final"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"mutation"}}]}}]}}]} as unknown as DocumentNode<CasesCloseApplicationMutation, CasesCloseApplicationMutationVariables>;
export const CasesApprovePlanVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CasesApprovePlanVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseDecisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approvePlanVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseActionResult"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseActionResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"final"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"mutation"}}]}}]}}]} as unknown as DocumentNode<CasesApprovePlanVersionMutation, CasesApprovePlanVersionMutationVariables>;
export const CasesReturnPlanVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CasesReturnPlanVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseNoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"returnPlanVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseActionResult"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseActionResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"final"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"mutation"}}]}}]}}]} as unknown as DocumentNode<CasesReturnPlanVersionMutation, CasesReturnPlanVersionMutationVariables>;
export const CasesResubmitPlanVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CasesResubmitPlanVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResubmitPlanVersionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resubmitPlanVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseActionResult"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseActionResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"final"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"mutation"}}]}}]}}]} as unknown as DocumentNode<CasesResubmitPlanVersionMutation, CasesResubmitPlanVersionMutationVariables>;
export const CasesWithdrawPlanVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CasesWithdrawPlanVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawPlanVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseActionResult"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseActionResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"final"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"mutation"}}]}}]}}]} as unknown as DocumentNode<CasesWithdrawPlanVersionMutation, CasesWithdrawPlanVersionMutationVariables>;
export const CasesAcceptProgressReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CasesAcceptProgressReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseDecisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptProgressReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseActionResult"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseActionResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"final"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"mutation"}}]}}]}}]} as unknown as DocumentNode<CasesAcceptProgressReportMutation, CasesAcceptProgressReportMutationVariables>;
export const CasesReturnProgressReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CasesReturnProgressReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReturnProgressReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"returnProgressReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseActionResult"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseActionResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"final"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"mutation"}}]}}]}}]} as unknown as DocumentNode<CasesReturnProgressReportMutation, CasesReturnProgressReportMutationVariables>;
export const CasesWithdrawProgressReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CasesWithdrawProgressReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawProgressReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseActionResult"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseActionResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"final"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"mutation"}}]}}]}}]} as unknown as DocumentNode<CasesWithdrawProgressReportMutation, CasesWithdrawProgressReportMutationVariables>;
export const CasesBoardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CasesBoard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"feedCursor"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BoardCase"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BoardCase"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"process"}},{"kind":"Field","name":{"kind":"Name","value":"processLabel"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"entityCode"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"departmentName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}}]}}]} as unknown as DocumentNode<CasesBoardQuery, CasesBoardQueryVariables>;
export const CasesBoardOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CasesBoardOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"processDefinitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"process"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"states"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"departments"},"name":{"kind":"Name","value":"territorialEntities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"DEPARTMENT"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"departmentName"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"capitalDistrict"},"name":{"kind":"Name","value":"territorialEntities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"departmentCode"},"value":{"kind":"StringValue","value":"11","block":false}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"departmentName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CasesBoardOptionsQuery, CasesBoardOptionsQueryVariables>;
export const CasesBoardChangesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"CasesBoardChanges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseChangeFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BoardCase"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BoardCase"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"process"}},{"kind":"Field","name":{"kind":"Name","value":"processLabel"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"entityCode"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"departmentName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}}]}}]} as unknown as DocumentNode<CasesBoardChangesSubscription, CasesBoardChangesSubscriptionVariables>;
export const CasesBoardNotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"CasesBoardNotifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notificationAdded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<CasesBoardNotificationsSubscription, CasesBoardNotificationsSubscriptionVariables>;
export const CasesCasePageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CasesCasePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"process"}},{"kind":"Field","name":{"kind":"Name","value":"processLabel"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"machineVersion"}},{"kind":"Field","name":{"kind":"Name","value":"final"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastNote"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"departmentName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"availableEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"mutation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"originalDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"extendedDays"}},{"kind":"Field","name":{"kind":"Name","value":"extendable"}},{"kind":"Field","name":{"kind":"Name","value":"extensionReason"}},{"kind":"Field","name":{"kind":"Name","value":"calendar"}},{"kind":"Field","name":{"kind":"Name","value":"days"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"eventLabel"}},{"kind":"Field","name":{"kind":"Name","value":"fromState"}},{"kind":"Field","name":{"kind":"Name","value":"fromStateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"toState"}},{"kind":"Field","name":{"kind":"Name","value":"toStateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"actorSubject"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"payload"}}]}}]}}]}}]} as unknown as DocumentNode<CasesCasePageQuery, CasesCasePageQueryVariables>;
export const CasesCaseDiagramDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CasesCaseDiagram"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"processDefinitions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"allVersions"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"process"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"mermaid"}}]}}]}}]} as unknown as DocumentNode<CasesCaseDiagramQuery, CasesCaseDiagramQueryVariables>;
export const CasesCaseChangesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"CasesCaseChanges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<CasesCaseChangesSubscription, CasesCaseChangesSubscriptionVariables>;
export const CasesExtendTermDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CasesExtendTerm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExtendTermInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"extendTerm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseActionResult"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseActionResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"final"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"mutation"}}]}}]}}]} as unknown as DocumentNode<CasesExtendTermMutation, CasesExtendTermMutationVariables>;