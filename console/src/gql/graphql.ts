/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Aceptar una invitación con el código de su enlace. */
export type AcceptInvitationInput = {
  /** El código del enlace /invitaciones/<código>. */
  code: string;
};

/** La aceptación del aviso de privacidad. */
export type AcceptPrivacyNoticeInput = {
  /** La versión que la persona leyó (`me { privacyNotice { version } }`); otra versión se rechaza. */
  version: string;
};

/** En qué va una sesión de acompañamiento. */
export type AccompanimentSessionStatus =
  /** Cancelada, con sus motivos. */
  | 'CANCELLED'
  /** Realizada: su asistencia, acta y compromisos están registrados. */
  | 'HELD'
  /** Programada (se puede mover, cancelar o, una vez empezada, registrar). */
  | 'SCHEDULED';

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

/** Qué entidades lista el seguimiento de la adopción del Modelo de Madurez; los filtros se combinan con Y. */
export type AdoptionFilter = {
  /** Código DIVIPOLA del departamento (2 dígitos), p. ej. "05". */
  departmentCode?: string | null | undefined;
  /** Solo gobernaciones (DEPARTMENT) o solo alcaldías (MUNICIPALITY); las áreas no municipalizadas no se postulan. */
  kind?: TerritorialEntityKind | null | undefined;
  /** Desde qué día (hora de Colombia) cuenta un autodiagnóstico validado; por defecto el 2023-04-01, desde cuando aplica el modelo (Resolución 1117 de 2022). Se compara el instante en que se validó, no la vigencia. */
  since?: string | null | undefined;
};

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

/** Orden de las postulaciones de una convocatoria. */
export type ApplicationOrderBy =
  /** Las iniciadas primero. */
  | 'CREATED_AT_ASC'
  /** Mayor puntaje primero (las no evaluadas al final). */
  | 'SCORE_DESC';

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

/** Documentos que sustentan un requisito habilitante de la propia postulación (en borrador o en subsanación); los ya adjuntos se conservan. */
export type AttachChecklistDocumentsInput = {
  /** El trámite de la postulación. */
  caseId: string | number;
  /** Documentos subidos por la carga reanudable (propósito ELIGIBILITY_REQUIREMENT, de la entidad, ya verificados), de 1 a 10; una versión nueva (replaces) reemplaza a la anterior del mismo requisito. */
  documentIds: Array<string | number>;
  /** El id del requisito en la lista de la convocatoria (p. ej. CDP_CONTRAPARTIDA). */
  itemId: string;
};

/** Una línea del presupuesto; los valores son pesos enteros, no negativos. */
export type BudgetLineInput = {
  /** Componente cofinanciable de la línea. */
  component: CofinancingComponent;
  /** Contrapartida de la entidad. */
  counterpartAmount: number;
  /** Qué se compra o contrata (a lo sumo 300 caracteres). */
  description: string;
  /** Aporte solicitado al Fondo Único de TIC. */
  futicAmount: number;
};

/** Si una convocatoria está en borrador o publicada. */
export type CallStatus =
  /** Borrador: solo la ve la coordinación y se edita libremente. */
  | 'DRAFT'
  /** Publicada: las entidades la ven y se postulan dentro de su ventana. */
  | 'PUBLISHED';

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

/** Componentes cofinanciables con recursos FUTIC. */
export type CofinancingComponent =
  /** Adquisición o servicios de equipamiento tecnológico. */
  | 'EQUIPMENT'
  /** Servicios tecnológicos. */
  | 'TECHNOLOGICAL_SERVICES'
  /** Formación de administradores o beneficiarios. */
  | 'TRAINING'
  /** Equipo de trabajo. */
  | 'WORK_TEAM';

/** El lado que responde por un compromiso. */
export type CommitmentOwner =
  /** La entidad territorial (lo marca cumplido un usuario de la entidad). */
  | 'ENTITY'
  /** El Ministerio (lo marca cumplido el asesor o asesora asignado). */
  | 'MINISTRY';

/** Si un compromiso está pendiente o cumplido. */
export type CommitmentStatus =
  /** Marcado cumplido por su lado. */
  | 'DONE'
  /** Pendiente. */
  | 'OPEN';

/** Marcar cumplido un compromiso: la entidad los suyos, el asesor o asesora asignado los del Ministerio. */
export type CompleteCommitmentInput = {
  /** El compromiso. */
  commitmentId: string | number;
  /** La versión del trámite que el cliente consultó; si cambió desde entonces, CONFLICT. */
  expectedVersion?: number | null | undefined;
  /** Repetir la misma clave devuelve el primer resultado sin repetir el cambio. */
  idempotencyKey?: string | null | undefined;
  /** Cómo se cumplió (opcional, a lo sumo 2000 caracteres). */
  note?: string | null | undefined;
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

/** Lo que decidió el comité sobre una postulación. */
export type DecisionOutcome =
  /** Aprobada: se reservan sus recursos FUTIC. */
  | 'APPROVED'
  /** Rechazada. */
  | 'REJECTED'
  /** En lista de espera: se aprueba si se liberan recursos suficientes. */
  | 'WAITLISTED';

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

/** Estado de un documento. */
export type DocumentStatus =
  /** Verificado: se puede adjuntar y descargar. */
  | 'AVAILABLE'
  /** Su contenido se borró: carga nunca adjuntada (24 horas) o fin del periodo de retención. */
  | 'DELETED'
  /** Recibido y en verificación (tipo, tamaño, antivirus); aún no se puede adjuntar ni descargar. */
  | 'QUARANTINE'
  /** Rechazado por una verificación; su contenido se borró y refusalReason dice por qué. */
  | 'REFUSED';

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

/** Filtro de las invitaciones. */
export type InvitationFilter = {
  /** Solo las invitaciones a esta entidad (código DIVIPOLA). */
  entityCode?: string | null | undefined;
  /** Solo las invitaciones en este estado. */
  status?: InvitationStatus | null | undefined;
};

/** En qué va una invitación. */
export type InvitationStatus =
  /** Aceptada: la persona ya tiene la membresía. */
  | 'ACCEPTED'
  /** Venció sin ser aceptada. */
  | 'EXPIRED'
  /** Enviada y vigente: espera que la persona ingrese y la acepte. */
  | 'PENDING'
  /** Revocada (o reemplazada por otra invitación igual). */
  | 'REVOKED';

/** Invitar a una persona por correo a un rol del Ministerio o de una entidad. */
export type InvitePersonInput = {
  /** Correo de la persona invitada (a lo sumo 320 caracteres): debe ingresar con ese correo verificado. */
  email: string;
  /** La entidad (código DIVIPOLA) para los roles de entidad; el representante que invita puede omitirlo (su propia entidad). */
  entityCode?: string | null | undefined;
  /** Clave para reintentar sin duplicar: la misma clave con la misma invitación devuelve la invitación ya creada. */
  idempotencyKey?: string | null | undefined;
  /** Nombre de la persona, para el saludo (a lo sumo 200 caracteres). */
  name?: string | null | undefined;
  /** El rol al que se invita. */
  role: MembershipRole;
};

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

/** Notificaciones que quien consulta marca como leídas. */
export type MarkNotificationsReadInput = {
  /** Ids de las notificaciones; si alguna no existe o no es de quien consulta, NOT_FOUND y no se marca ninguna. */
  ids: Array<string | number>;
};

/** El rol que da una membresía: uno del Ministerio, o uno dentro de una entidad territorial. */
export type MembershipRole =
  /** Asesor(a) de acompañamiento técnico. */
  | 'ADVISOR'
  /** Control interno o ente de control: solo lectura. */
  | 'AUDITOR'
  /** Coordinador(a) MinTIC de la estrategia CTI. */
  | 'COORDINATOR'
  /** Evaluador(a) de postulaciones de cofinanciación. */
  | 'EVALUATOR'
  /** Funcionario(a) de la entidad. */
  | 'MEMBER'
  /** Representante de la entidad (alcalde, gobernador o en quien delegue): uno por entidad. */
  | 'REPRESENTATIVE'
  /** Líder TIC (jefe de la oficina TIC) de la entidad: uno por entidad. */
  | 'TIC_LEADER';

/** Por qué una pregunta impide enviar el autodiagnóstico. */
export type MissingReason =
  /** Respuesta sin la evidencia obligatoria. */
  | 'EVIDENCE_REQUIRED'
  /** Pregunta obligatoria sin responder. */
  | 'UNANSWERED';

/** Filtros de la lista de notificaciones (se combinan con Y). */
export type NotificationFilter = {
  /** Solo las de este trámite (su id global o su id de trámite). */
  caseId?: string | number | null | undefined;
  /** Solo las de este tipo. */
  kind?: NotificationKind | null | undefined;
  /** true: solo las no leídas. */
  unreadOnly?: boolean | null | undefined;
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

/** Filtro del directorio de personas. */
export type PeopleFilter = {
  /** Solo quienes pertenecen hoy a esta entidad (código DIVIPOLA). */
  entityCode?: string | null | undefined;
  /** Solo quienes tienen hoy una membresía con este rol. */
  role?: MembershipRole | null | undefined;
  /** Texto en el nombre, el correo o el seudónimo (a lo sumo 100 caracteres). */
  search?: string | null | undefined;
  /** Solo las personas en este estado. */
  status?: PersonStatus | null | undefined;
};

/** Dónde está el reporte de avance de un periodo (el estado de su trámite PROGRESS_REPORT). */
export type PeriodReportStatus =
  /** Aceptado: sus valores cuentan en la medición oficial desde el día de la aceptación. */
  | 'ACCEPTED'
  /** Devuelto con observaciones: la entidad lo corrige y lo radica de nuevo (término PROGRESS_REPORT_CORRECTIONS). */
  | 'RETURNED'
  /** Radicado, en revisión de la coordinación (término PROGRESS_REPORT_REVIEW). */
  | 'SUBMITTED'
  /** Retirado por la entidad: sus valores no cuentan. */
  | 'WITHDRAWN';

/** Cada cuánto fija metas y reporta un plan de acción. */
export type Periodicity =
  /** Anual: periodos 2024, 2025… */
  | 'ANNUAL'
  /** Trimestral: periodos 2024-T1 a 2024-T4… */
  | 'QUARTERLY'
  /** Semestral: periodos 2024-S1, 2024-S2… */
  | 'SEMIANNUAL';

/** Estado de una persona en el directorio. */
export type PersonStatus =
  /** Activa: puede ingresar con el rol de su membresía vigente. */
  | 'ACTIVE'
  /** Anonimizada (Ley 1581 de 2012): sus datos personales se reemplazaron; el historial conserva su seudónimo. */
  | 'ANONYMIZED'
  /** Desactivada por la coordinación: no puede ingresar. */
  | 'DEACTIVATED';

/** Qué clase de cambio propone una entrada de una propuesta de ajuste. */
export type PlanChangeKind =
  /** Cambia el nombre de un objetivo. */
  | 'OBJECTIVE_RENAMED'
  /** Agrega un producto. */
  | 'PRODUCT_ADDED'
  /** Cambia un producto (nombre, indicador, peso, anualización, metas, sector o línea base). */
  | 'PRODUCT_CHANGED'
  /** Quita un producto (solo uno sin avances reportados). */
  | 'PRODUCT_REMOVED'
  /** Cambia el título del plan (su justificación es la de la propuesta). */
  | 'TITLE_CHANGED';

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

/** Dónde está un plan de acción. */
export type PlanStatus =
  /** Aprobado: cambia solo por propuestas de ajuste aprobadas. */
  | 'APPROVED'
  /** Borrador: su primera versión espera la aprobación de la coordinación. */
  | 'DRAFT'
  /** Retirado por la entidad antes de aprobarse. */
  | 'WITHDRAWN';

/** Una meta de un producto que cambia. */
export type PlanTargetChangeInput = {
  /** Periodo del plan: 2024 (anual), 2024-S1 (semestral) o 2024-T1 (trimestral). */
  period: string;
  /** La nueva meta (de 0 a 1.000.000.000.000); null la quita. */
  value?: number | null | undefined;
};

/** Dónde está una versión de un plan de acción. */
export type PlanVersionStatus =
  /** Aprobada: rige desde effectiveFrom (la primera, desde el inicio del plan). */
  | 'APPROVED'
  /** Propuesta: en revisión de la coordinación (o devuelta a la entidad para corregirla). */
  | 'PROPOSED'
  /** Retirada por la entidad antes de aprobarse. */
  | 'WITHDRAWN';

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

/** Una evidencia de un reporte de avance. */
export type ProgressEvidenceInput = {
  /** Título del documento. */
  title: string;
  /** Dirección http(s) del documento. */
  url?: string | null | undefined;
};

/** El comentario de la coordinación sobre un producto del reporte. */
export type ProgressProductCommentInput = {
  /** Qué debe corregir la entidad en ese producto (entre 3 y 2000 caracteres). */
  comment: string;
  /** Un producto del reporte. */
  productCode: string;
};

/** El valor de un producto del plan en el periodo, con su narrativa, evidencias y anexos. */
export type ProgressReportItemInput = {
  /** Anexos subidos por la carga reanudable (propósito PROGRESS_EVIDENCE, de la entidad, ya verificados), a lo sumo 10; quedan adjuntos a este ítem del reporte. Al radicar de nuevo un reporte devuelto, también los anexos de sus ítems devueltos: pasan al nuevo ítem. */
  annexes?: Array<string | number>;
  /** Evidencias con su dirección http(s) (a lo sumo 5). */
  evidence?: Array<ProgressEvidenceInput>;
  /** Lo que se hizo y cómo se logró el valor (entre 10 y 5000 caracteres). */
  narrative: string;
  /** Código de un producto de la versión vigente del plan (cada producto a lo sumo una vez por reporte). */
  productCode: string;
  /** Valor logrado, en la unidad del indicador (de 0 a 1.000.000.000.000; en Creciente, el nivel acumulado). */
  value: number;
};

/** Una propuesta de ajuste de un plan aprobado: los cambios, cada uno con su justificación, y la justificación de conjunto. Se revisa entera (los pesos deben seguir sumando 100 %) y no se guarda nada si algo falla. */
export type ProposePlanAdjustmentInput = {
  /** Productos nuevos. */
  add?: Array<PlanProductNewInput> | null | undefined;
  /** Repetir la misma clave devuelve la propuesta ya radicada sin radicar otra. */
  idempotencyKey?: string | null | undefined;
  /** Por qué se propone el ajuste, en conjunto (entre 10 y 5000 caracteres). */
  justification: string;
  /** Objetivos que cambian de nombre. */
  objectives?: Array<PlanObjectiveNameInput> | null | undefined;
  /** El plan que se ajusta (aprobado). */
  planId: string | number;
  /** Productos que cambian. */
  products?: Array<PlanProductChangeInput> | null | undefined;
  /** Productos que se quitan (solo los que no tienen avances reportados). */
  remove?: Array<PlanProductRemovalInput> | null | undefined;
  /** Nuevo título; sin valor, queda el de la versión base (en una primera versión, el suyo). Su justificación es la de conjunto. */
  title?: string | null | undefined;
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

/** Dónde está el reporte de avance de un periodo. */
export type ReportDueStatus =
  /** El periodo terminó y el reporte está dentro de su término. */
  | 'DUE'
  /** Venció el término sin reporte radicado. */
  | 'OVERDUE'
  /** Reportado: se radicó el reporte del periodo (su revisión corre en su propio trámite), o todos sus productos con meta tienen valor. */
  | 'SUBMITTED'
  /** El periodo no ha terminado. */
  | 'UPCOMING';

/** Formato del archivo del informe. */
export type ReportFormat =
  /** La tabla principal, separada por punto y coma, con coma decimal (Excel en Colombia). */
  | 'CSV'
  /** PDF con gráficas vectoriales. */
  | 'PDF'
  /** Libro de Excel con celdas numéricas y formatos. */
  | 'XLSX';

/** Clase de informe. */
export type ReportKind =
  /** Adopción del Modelo de Madurez: las entidades sin autodiagnóstico validado desde una fecha, como las lista adoptionPending (CSV o XLSX; coordinación y auditores), con el filtro de input.adoption. */
  | 'ADOPTION'
  /** Carga de trámites: por proceso y estado, términos vencidos, mediana de días en cada estado, por departamento, y el acompañamiento técnico por asesor(a) y por departamento. */
  | 'CASELOAD'
  /** Índice CTI de una vigencia: ranking, dimensiones, promedios por departamento y niveles. */
  | 'CTI_INDEX'
  /** Informe de seguimiento de un plan de acción a una fecha de corte (método de Bogotá). */
  | 'FOLLOW_UP'
  /** Hoja de ruta de un acompañamiento técnico (PDF), generada al entregarla; no se solicita con requestReport: se lee en case { accompaniment { roadmap { deliveries } } }. */
  | 'ROADMAP';

/** Dónde está la generación de un informe. */
export type ReportStatus =
  /** Falló; puede solicitarse de nuevo. */
  | 'FAILED'
  /** En cola. */
  | 'QUEUED'
  /** Listo para descargar. */
  | 'READY'
  /** Generándose. */
  | 'RUNNING';

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

/** La solicitud de prórroga del término para subsanar (Ley 1755 de 2015, art. 17): una sola vez, antes de que venza, por un término igual al inicial. */
export type RequestCorrectionsExtensionInput = {
  /** El trámite que cambia. */
  caseId: string | number;
  /** La versión que el cliente consultó; si el trámite cambió desde entonces, CONFLICT. */
  expectedVersion?: number | null | undefined;
  /** Repetir la misma clave devuelve el primer resultado sin repetir el cambio. */
  idempotencyKey?: string | null | undefined;
  /** Motivos de la solicitud, que se informan a la coordinación (opcional; la ley no los exige; de 10 a 5000 caracteres). */
  reason?: string | null | undefined;
};

/** Qué informe generar. planId y cut para el seguimiento; cycleId para el Índice; adoption para la adopción del modelo; nada más para la carga de trámites. */
export type RequestReportInput = {
  /** Solo para ADOPTION: el mismo filtro de adoptionPending (desde qué fecha, departamento, clase de entidad). */
  adoption?: AdoptionFilter | null | undefined;
  /** Fecha de corte (por defecto, hoy en Bogotá). */
  cut?: string | null | undefined;
  /** La vigencia (solo para CTI_INDEX). */
  cycleId?: string | number | null | undefined;
  /** En qué formato de archivo. */
  format: ReportFormat;
  /** Qué informe. */
  kind: ReportKind;
  /** El plan de acción (solo para FOLLOW_UP). */
  planId?: string | number | null | undefined;
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

/** Reenviar una invitación pendiente con un enlace nuevo (el anterior deja de servir). */
export type ResendInvitationInput = {
  /** La invitación. */
  invitationId: string | number;
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

/** Revocar una invitación pendiente. */
export type RevokeInvitationInput = {
  /** La invitación. */
  invitationId: string | number;
  /** Por qué (1 a 1000 caracteres). */
  reason: string;
};

/** Cuándo se espera ejecutar una línea de acción. */
export type RoadmapHorizon =
  /** Largo plazo (más de tres años). */
  | 'LONG'
  /** Mediano plazo (uno a tres años). */
  | 'MEDIUM'
  /** Corto plazo (hasta un año). */
  | 'SHORT';

/** El comentario de la entidad sobre una línea de la hoja de ruta entregada. */
export type RoadmapLineCommentInput = {
  /** El comentario (3 a 2000 caracteres). */
  comment: string;
  /** La línea comentada (de la hoja de ruta entregada). */
  lineId: string | number;
};

/** La prioridad de una línea de acción de la hoja de ruta. */
export type RoadmapPriority =
  /** Alta: atiende las brechas más grandes; se empieza primero. */
  | 'HIGH'
  /** Baja. */
  | 'LOW'
  /** Media. */
  | 'MEDIUM';

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

/** La postulación completa (reemplaza lo guardado); los totales y la contrapartida los calcula el servidor. */
export type SaveApplicationInput = {
  /** Todas las líneas del presupuesto, en orden (reemplazan las guardadas). */
  budgetLines?: Array<BudgetLineInput>;
  /** El trámite de la postulación (en borrador o con subsanación solicitada). */
  caseId: string | number;
  /** Descripción del proyecto (a lo sumo 5000 caracteres). */
  description: string;
  /** Ids de las dimensiones CTI que aborda (PERSONAS, GOBERNANZA, …). */
  dimensions?: Array<string>;
  /** Título del proyecto (a lo sumo 200 caracteres). */
  title: string;
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

/** El semáforo del método de Bogotá, según el PAHV de un producto. */
export type Semaforo =
  /** Cumplimiento alto: más de 75 % y hasta 125 %. */
  | 'ALTO'
  /** Cumplimiento bajo: 50 % o menos. */
  | 'BAJO'
  /** Cumplimiento medio: más de 50 % y hasta 75 %. */
  | 'MEDIO'
  /** Sin dato: el PAHV no aplica (sin meta programada o sin valores). */
  | 'SIN_DATO'
  /** Sobre ejecución: más de 125 %. */
  | 'SOBRE_EJECUCION';

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

/** El reporte de avance de un periodo de un plan aprobado: de 1 a tantos ítems como productos tiene el plan. */
export type SubmitProgressReportInput = {
  /** Si es el reporte final del plan (el de cierre del proyecto cofinanciado que sigue, si lo sigue). Solo para el periodo en que termina el plan: el de su última meta o uno posterior, o el periodo en curso si el proyecto termina antes. */
  final?: boolean;
  /** Repetir la misma clave devuelve el reporte ya radicado sin radicar otro. */
  idempotencyKey?: string | null | undefined;
  /** Un ítem por producto reportado. */
  items: Array<ProgressReportItemInput>;
  /** Clave del periodo (2024, 2024-S1, 2024-T1): uno del horizonte del plan, ya empezado. */
  period: string;
  /** El plan de acción (aprobado) de la propia entidad. */
  planId: string | number;
};

/** En qué días se cuenta un término. */
export type TermCalendar =
  /** Días hábiles (lunes a viernes sin festivos de Colombia). */
  | 'BUSINESS'
  /** Días calendario. */
  | 'CALENDAR'
  /** Meses calendario: vence el día del mes siguiente con el mismo número del día en que empezó a correr (o el último del mes si no lo tiene), y si es inhábil, el siguiente día hábil. */
  | 'MONTH';

/** Clase de entidad territorial. */
export type TerritorialEntityKind =
  /** Gobernación (código DIVIPOLA de 2 dígitos). */
  | 'DEPARTMENT'
  /** Alcaldía de municipio o distrito, incluidos Bogotá D.C. y San Andrés. */
  | 'MUNICIPALITY'
  /** Área no municipalizada: sin alcaldía, no puede postularse. */
  | 'NON_MUNICIPALIZED_AREA';

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

export type SignInNoRoleQueryVariables = Exact<{ [key: string]: never; }>;


export type SignInNoRoleQuery = { me: { id: string, role: Role, roleLabel: string, person: { id: string, email: string | null } | null, pendingInvitations: Array<{ id: string, roleLabel: string, expiresAt: string, entity: { id: string, name: string } | null }> } };

export type SignInAcceptInvitationMutationVariables = Exact<{
  input: AcceptInvitationInput;
}>;


export type SignInAcceptInvitationMutation = { acceptInvitation: { id: string, role: MembershipRole, roleLabel: string, entity: { id: string, name: string } | null } };

export type EntityProcessAccompanimentCaseQueryVariables = Exact<{
  id: string | number;
}>;


export type EntityProcessAccompanimentCaseQuery = { case: { id: string, version: number, state: CaseState, stateLabel: string, final: boolean, process: Process, lastNote: string | null, availableEvents: Array<{ id: string, event: CaseEvent, label: string, mutation: string }>, deadlines: Array<{ id: string, label: string, dueAt: string, status: DeadlineStatus, overdue: boolean, owner: Side }>, accompaniment: { id: string, request: { id: string, topic: AccompanimentTopic, dimensions: Array<string>, description: string, modality: SessionModality, contactName: string | null, createdAt: string } | null, sessions: Array<{ id: string, number: number, startsAt: string, durationMinutes: number, modality: SessionModality, place: string | null, meetingUrl: string | null, agenda: string, status: AccompanimentSessionStatus, cancelReason: string | null, invitees: Array<{ id: string, personId: string, name: string | null, attended: boolean | null }>, acta: { id: string, name: string, downloadUrl: string | null } | null }>, commitments: Array<{ id: string, description: string, owner: CommitmentOwner, responsible: string | null, dueOn: string, status: CommitmentStatus, overdue: boolean, doneAt: string | null, doneNote: string | null }>, diagnosis: { id: string, index: number, levelName: string | null, dimensions: Array<{ id: string, code: string, name: string, score: number, levelName: string | null, rank: number, findings: string | null }> } | null, roadmap: { id: string, round: number, lines: Array<{ id: string, position: number, dimensionName: string, title: string, description: string, priority: RoadmapPriority, horizon: RoadmapHorizon, responsible: string, estimatedCost: number, component: CofinancingComponent | null }>, comments: Array<{ id: string, round: number, lineId: string | null, comment: string, createdAt: string }>, deliveries: Array<{ id: string, round: number, deliveredAt: string, report: { id: string, status: ReportStatus, fileName: string } | null }> } | null, survey: { id: string, score: number, comment: string | null, answeredAt: string } | null } | null } | null };

export type EntityProcessCompleteCommitmentMutationVariables = Exact<{
  input: CompleteCommitmentInput;
}>;


export type EntityProcessCompleteCommitmentMutation = { completeAccompanimentCommitment: { case: { id: string, version: number }, commitment: { id: string, status: CommitmentStatus, doneAt: string | null, doneNote: string | null, overdue: boolean } } };

export type EntityProcessAcceptRoadmapMutationVariables = Exact<{
  input: CaseActionInput;
}>;


export type EntityProcessAcceptRoadmapMutation = { acceptRoadmap: { case: { id: string, version: number, state: CaseState, stateLabel: string } } };

export type EntityProcessRequestRoadmapAdjustmentsMutationVariables = Exact<{
  input: RequestRoadmapAdjustmentsInput;
}>;


export type EntityProcessRequestRoadmapAdjustmentsMutation = { requestRoadmapAdjustments: { case: { id: string, version: number, state: CaseState, stateLabel: string } } };

export type EntityProcessAnswerSurveyMutationVariables = Exact<{
  input: AnswerAccompanimentSurveyInput;
}>;


export type EntityProcessAnswerSurveyMutation = { answerAccompanimentSurvey: { case: { id: string, version: number, state: CaseState, stateLabel: string } } };

export type EntityProcessAccompanimentsQueryVariables = Exact<{ [key: string]: never; }>;


export type EntityProcessAccompanimentsQuery = { me: { id: string, person: { id: string } | null, entity: { id: string, name: string, people: Array<{ id: string, name: string | null }> | null } | null }, cycles: { edges: Array<{ node: { id: string, year: number, open: boolean, model: { id: string, dimensions: Array<{ id: string, code: string, name: string }> } } }> }, cases: { edges: Array<{ node: { id: string, state: CaseState, stateLabel: string, final: boolean, createdAt: string, updatedAt: string, accompaniment: { id: string, request: { id: string, topic: AccompanimentTopic, createdAt: string } | null } | null } }> } };

export type EntityProcessRequestAccompanimentMutationVariables = Exact<{
  input: RequestAccompanimentInput;
}>;


export type EntityProcessRequestAccompanimentMutation = { requestAccompaniment: { case: { id: string, state: CaseState, stateLabel: string } } };

export type EntityProcessApplicationQueryVariables = Exact<{
  id: string | number;
}>;


export type EntityProcessApplicationQuery = { case: { id: string, version: number, state: CaseState, stateLabel: string, final: boolean, process: Process, lastNote: string | null, availableEvents: Array<{ id: string, event: CaseEvent, label: string, mutation: string }>, deadlines: Array<{ id: string, kind: DeadlineKind, label: string, dueAt: string, originalDueAt: string, status: DeadlineStatus, overdue: boolean, extendedDays: number | null }>, application: { id: string, title: string | null, description: string | null, dimensions: Array<string>, submittedAt: string | null, counterpartShare: number, budgetLines: Array<{ id: string, position: number, component: CofinancingComponent, componentLabel: string, description: string, futicAmount: number, counterpartAmount: number, total: number }>, totals: { id: string, futic: number, counterpart: number, total: number }, checklist: Array<{ id: string, itemId: string, text: string, requiresDocument: boolean, documents: Array<{ id: string, name: string, status: DocumentStatus, current: boolean, downloadUrl: string | null }> }>, call: { id: string, title: string, open: boolean, opensAt: string, closesAt: string, totalBudget: number, capPerApplication: number, minCounterpartPercent: number } } | null } | null, cycles: { edges: Array<{ node: { id: string, open: boolean, model: { id: string, dimensions: Array<{ id: string, code: string, name: string }> } } }> } };

export type EntityProcessSaveApplicationMutationVariables = Exact<{
  input: SaveApplicationInput;
}>;


export type EntityProcessSaveApplicationMutation = { saveApplication: { id: string, title: string | null, description: string | null, dimensions: Array<string>, counterpartShare: number, budgetLines: Array<{ id: string, position: number, component: CofinancingComponent, componentLabel: string, description: string, futicAmount: number, counterpartAmount: number, total: number }>, totals: { id: string, futic: number, counterpart: number, total: number } } };

export type EntityProcessSubmitApplicationMutationVariables = Exact<{
  input: CaseActionInput;
}>;


export type EntityProcessSubmitApplicationMutation = { submitApplication: { case: { id: string, version: number, state: CaseState, stateLabel: string } } };

export type EntityProcessResubmitApplicationMutationVariables = Exact<{
  input: CaseActionInput;
}>;


export type EntityProcessResubmitApplicationMutation = { resubmitApplication: { case: { id: string, version: number, state: CaseState, stateLabel: string } } };

export type EntityProcessAttachChecklistDocumentsMutationVariables = Exact<{
  input: AttachChecklistDocumentsInput;
}>;


export type EntityProcessAttachChecklistDocumentsMutation = { attachChecklistDocuments: { id: string, checklist: Array<{ id: string, itemId: string, text: string, requiresDocument: boolean, documents: Array<{ id: string, name: string, status: DocumentStatus, current: boolean, downloadUrl: string | null }> }> } };

export type EntityProcessRequestCorrectionsExtensionMutationVariables = Exact<{
  input: RequestCorrectionsExtensionInput;
}>;


export type EntityProcessRequestCorrectionsExtensionMutation = { requestCorrectionsExtension: { case: { id: string, version: number, state: CaseState, stateLabel: string } } };

export type EntityProcessCofinancingQueryVariables = Exact<{ [key: string]: never; }>;


export type EntityProcessCofinancingQuery = { calls: { edges: Array<{ node: { id: string, title: string, status: CallStatus, open: boolean, opensAt: string, closesAt: string, totalBudget: number, capPerApplication: number, minCounterpartPercent: number } }> }, cases: { edges: Array<{ node: { id: string, state: CaseState, stateLabel: string, final: boolean, callId: string | null, updatedAt: string, application: { id: string, title: string | null, submittedAt: string | null, totals: { id: string, total: number }, call: { id: string, title: string } } | null } }> } };

export type EntityProcessStartApplicationMutationVariables = Exact<{
  input: StartApplicationInput;
}>;


export type EntityProcessStartApplicationMutation = { startApplication: { case: { id: string, state: CaseState, stateLabel: string } } };

export type EntityProcessActionPlansQueryVariables = Exact<{
  entityCode: string;
}>;


export type EntityProcessActionPlansQuery = { actionPlans: Array<{ id: string, title: string, status: PlanStatus, currentVersion: number | null, startYear: number, endYear: number, periodicity: Periodicity, description: string | null, periods: Array<{ id: string, key: string, start: string, end: string }>, products: Array<{ id: string, code: string, name: string, indicator: string, weight: number, objectiveCode: string, objectiveName: string | null, targets: Array<{ id: string, period: string, value: number }> }>, measurement: { id: string, cut: string, official: boolean, label: string, progress: number, ideal: number, gap: number, distribution: Array<{ id: string, status: Semaforo, label: string, count: number }>, objectives: Array<{ id: string, code: string, name: string | null, progress: number, ideal: number, gap: number, products: Array<{ id: string, code: string, status: Semaforo, pahv: number | null, paa: number | null, progress: number }> }> }, reportSchedule: Array<{ id: string, period: string, start: string, end: string, dueOn: string, status: ReportDueStatus, missing: Array<string>, late: boolean, submittedOn: string | null }>, progressReports: Array<{ id: string, period: string, final: boolean, status: PeriodReportStatus, submission: number, acceptedOn: string | null, case: { id: string, stateLabel: string, lastNote: string | null }, items: Array<{ id: string, productCode: string, value: number, narrative: string, reviewComment: string | null, reportedOn: string, annexes: Array<{ id: string, name: string, downloadUrl: string | null }> }> }>, versions: Array<{ id: string, number: number, status: PlanVersionStatus, baseVersion: number | null, title: string, justification: string | null, proposedAt: string, effectiveFrom: string | null, changes: Array<{ kind: PlanChangeKind, code: string | null, justification: string }>, case: { id: string, stateLabel: string, lastNote: string | null } | null }> }> };

export type EntityProcessSubmitProgressReportMutationVariables = Exact<{
  input: SubmitProgressReportInput;
}>;


export type EntityProcessSubmitProgressReportMutation = { submitProgressReport: { case: { id: string, state: CaseState, stateLabel: string } } };

export type EntityProcessProposePlanAdjustmentMutationVariables = Exact<{
  input: ProposePlanAdjustmentInput;
}>;


export type EntityProcessProposePlanAdjustmentMutation = { proposePlanAdjustment: { case: { id: string, state: CaseState, stateLabel: string } } };

export type EntityJourneyQueryVariables = Exact<{ [key: string]: never; }>;


export type EntityJourneyQuery = { me: { id: string, entity: { id: string, code: string, name: string, journey: { id: string, nextStep: { id: string, code: JourneyStepCode, description: string, caseId: string | null }, assessment: { id: string, process: Process, processLabel: string, state: CaseState, stateLabel: string, final: boolean, owner: Side, createdAt: string, updatedAt: string, lastNote: string | null, deadlines: Array<{ id: string, label: string, dueAt: string, remaining: number | null, overdue: boolean, status: DeadlineStatus, closedAt: string | null, owner: Side }> } | null, advisory: { id: string, process: Process, processLabel: string, state: CaseState, stateLabel: string, final: boolean, owner: Side, createdAt: string, updatedAt: string, lastNote: string | null, deadlines: Array<{ id: string, label: string, dueAt: string, remaining: number | null, overdue: boolean, status: DeadlineStatus, closedAt: string | null, owner: Side }> } | null, application: { id: string, process: Process, processLabel: string, state: CaseState, stateLabel: string, final: boolean, owner: Side, createdAt: string, updatedAt: string, lastNote: string | null, deadlines: Array<{ id: string, label: string, dueAt: string, remaining: number | null, overdue: boolean, status: DeadlineStatus, closedAt: string | null, owner: Side }> } | null } | null } | null } };

export type EntityJourneyCaseFragment = { id: string, process: Process, processLabel: string, state: CaseState, stateLabel: string, final: boolean, owner: Side, createdAt: string, updatedAt: string, lastNote: string | null, deadlines: Array<{ id: string, label: string, dueAt: string, remaining: number | null, overdue: boolean, status: DeadlineStatus, closedAt: string | null, owner: Side }> };

export type EntityNotificationsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: NotificationFilter | null | undefined;
}>;


export type EntityNotificationsQuery = { notifications: { totalCount: number, unreadCount: number, edges: Array<{ cursor: string, node: { id: string, kind: NotificationKind, title: string, body: string, caseId: string | null, createdAt: string, read: boolean, readAt: string | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type EntityNotificationItemFragment = { id: string, kind: NotificationKind, title: string, body: string, caseId: string | null, createdAt: string, read: boolean, readAt: string | null };

export type EntityMarkNotificationsReadMutationVariables = Exact<{
  input: MarkNotificationsReadInput;
}>;


export type EntityMarkNotificationsReadMutation = { markNotificationsRead: { marked: number, unreadCount: number, notifications: Array<{ id: string, read: boolean, readAt: string | null }> } };

export type EntityMarkAllNotificationsReadMutationVariables = Exact<{ [key: string]: never; }>;


export type EntityMarkAllNotificationsReadMutation = { markAllNotificationsRead: { marked: number, unreadCount: number } };

export type EntityNotificationAddedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type EntityNotificationAddedSubscription = { notificationAdded: { id: string, kind: NotificationKind, title: string, body: string, caseId: string | null, createdAt: string, read: boolean, readAt: string | null } };

export type EntityNotificationLiveFragment = { id: string, kind: NotificationKind, title: string, body: string, caseId: string | null, createdAt: string, read: boolean, readAt: string | null };

export type EntityAssessmentStartQueryVariables = Exact<{ [key: string]: never; }>;


export type EntityAssessmentStartQuery = { me: { id: string, entity: { id: string, name: string, journey: { id: string, assessment: { id: string, state: CaseState, stateLabel: string, final: boolean, cycleId: string | null } | null } | null } | null }, cycles: { edges: Array<{ node: { id: string, year: number, open: boolean, opensAt: string, closesAt: string } }> } };

export type EntityAssessmentQueryVariables = Exact<{
  id: string | number;
}>;


export type EntityAssessmentQuery = { assessment: { id: string, state: CaseState, stateLabel: string, version: number, editable: boolean, index: number | null, levelName: string | null, cycle: { id: string, year: number, closesAt: string, model: { id: string, version: string, title: string, questionCount: number, scale: Array<{ id: string, value: number, label: string, description: string | null }>, dimensions: Array<{ id: string, code: string, name: string, description: string | null, subdimensions: Array<{ id: string, code: string, name: string, questions: Array<{ id: string, code: string, text: string, help: string | null, type: QuestionType, unit: string | null, target: number | null, required: boolean, evidenceRequired: boolean }> }> }> } }, comments: Array<{ id: string, questionId: string, text: string, round: number }> | null, answers: Array<{ id: string, questionId: string, value: number | null, yes: boolean | null, answeredAt: string, evidence: Array<{ id: string, title: string, url: string | null, fileRef: string | null, date: string | null, document: { id: string, name: string, status: DocumentStatus, downloadUrl: string | null } | null }> }> | null, completeness: { id: string, answered: number, questions: number, required: number, requiredAnswered: number, percent: number, complete: boolean, dimensions: Array<{ id: string, dimension: string, dimensionName: string, answered: number, questions: number, required: number, requiredAnswered: number, missingEvidence: number, complete: boolean }>, missing: Array<{ id: string, questionId: string, dimension: string, reason: MissingReason }> } | null } | null, case: { id: string, version: number, stateLabel: string, owner: Side, lastNote: string | null, availableEvents: Array<{ id: string, event: CaseEvent, label: string, mutation: string }>, deadlines: Array<{ id: string, label: string, dueAt: string, remaining: number | null, overdue: boolean, status: DeadlineStatus, closedAt: string | null, owner: Side }> } | null };

export type EntityAssessmentAnswersFragment = { answers: Array<{ id: string, questionId: string, value: number | null, yes: boolean | null, answeredAt: string, evidence: Array<{ id: string, title: string, url: string | null, fileRef: string | null, date: string | null, document: { id: string, name: string, status: DocumentStatus, downloadUrl: string | null } | null }> }> | null };

export type EntityAssessmentProgressFragment = { completeness: { id: string, answered: number, questions: number, required: number, requiredAnswered: number, percent: number, complete: boolean, dimensions: Array<{ id: string, dimension: string, dimensionName: string, answered: number, questions: number, required: number, requiredAnswered: number, missingEvidence: number, complete: boolean }>, missing: Array<{ id: string, questionId: string, dimension: string, reason: MissingReason }> } | null };

export type EntityStartAssessmentMutationVariables = Exact<{
  input: StartAssessmentInput;
}>;


export type EntityStartAssessmentMutation = { startAssessment: { case: { id: string, state: CaseState, stateLabel: string, version: number } } };

export type EntitySaveAnswersMutationVariables = Exact<{
  input: SaveAssessmentAnswersInput;
}>;


export type EntitySaveAnswersMutation = { saveAssessmentAnswers: { id: string, version: number, editable: boolean, answers: Array<{ id: string, questionId: string, value: number | null, yes: boolean | null, answeredAt: string, evidence: Array<{ id: string, title: string, url: string | null, fileRef: string | null, date: string | null, document: { id: string, name: string, status: DocumentStatus, downloadUrl: string | null } | null }> }> | null, completeness: { id: string, answered: number, questions: number, required: number, requiredAnswered: number, percent: number, complete: boolean, dimensions: Array<{ id: string, dimension: string, dimensionName: string, answered: number, questions: number, required: number, requiredAnswered: number, missingEvidence: number, complete: boolean }>, missing: Array<{ id: string, questionId: string, dimension: string, reason: MissingReason }> } | null } };

export type EntitySubmitAssessmentMutationVariables = Exact<{
  input: CaseActionInput;
}>;


export type EntitySubmitAssessmentMutation = { submitAssessment: { case: { id: string, state: CaseState, stateLabel: string, version: number } } };

export type EntityResubmitAssessmentMutationVariables = Exact<{
  input: CaseActionInput;
}>;


export type EntityResubmitAssessmentMutation = { resubmitAssessment: { case: { id: string, state: CaseState, stateLabel: string, version: number } } };

export type ProgrammeCallQueryVariables = Exact<{
  id: string | number;
  first: number;
  orderBy: ApplicationOrderBy;
}>;


export type ProgrammeCallQuery = { call: { id: string, title: string, status: CallStatus, open: boolean, opensAt: string, closesAt: string, budget: number, committed: number, remaining: number, capPerApplication: number, minScore: number, applications: { totalCount: number, edges: Array<{ node: { id: string, title: string | null, score: number | null, totals: { id: string, futic: number }, decision: { id: string, outcome: DecisionOutcome, note: string | null, decidedAt: string } | null, case: { id: string, state: CaseState, stateLabel: string, version: number, availableEvents: Array<{ id: string, event: CaseEvent, label: string }>, entity: { id: string, code: string, name: string, departmentName: string } } } }> } } | null };

export type ProgrammeApproveMutationVariables = Exact<{
  input: CaseActionInput;
}>;


export type ProgrammeApproveMutation = { approveApplication: { case: { id: string, state: CaseState, stateLabel: string, version: number, availableEvents: Array<{ id: string, event: CaseEvent, label: string }>, application: { id: string, decision: { id: string, outcome: DecisionOutcome, note: string | null, decidedAt: string } | null, call: { id: string, committed: number, remaining: number } } | null } } };

export type ProgrammeWaitlistMutationVariables = Exact<{
  input: CaseNoteInput;
}>;


export type ProgrammeWaitlistMutation = { waitlistApplication: { case: { id: string, state: CaseState, stateLabel: string, version: number, availableEvents: Array<{ id: string, event: CaseEvent, label: string }>, application: { id: string, decision: { id: string, outcome: DecisionOutcome, note: string | null, decidedAt: string } | null } | null } } };

export type ProgrammeRejectMutationVariables = Exact<{
  input: CaseNoteInput;
}>;


export type ProgrammeRejectMutation = { rejectApplication: { case: { id: string, state: CaseState, stateLabel: string, version: number, availableEvents: Array<{ id: string, event: CaseEvent, label: string }>, application: { id: string, decision: { id: string, outcome: DecisionOutcome, note: string | null, decidedAt: string } | null } | null } } };

export type ProgrammeCallsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type ProgrammeCallsQuery = { calls: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, title: string, status: CallStatus, open: boolean, opensAt: string, closesAt: string, totalBudget: number, committed: number, remaining: number } }> } };

export type ProgrammeIndexCyclesQueryVariables = Exact<{ [key: string]: never; }>;


export type ProgrammeIndexCyclesQuery = { cycles: { edges: Array<{ node: { id: string, year: number, open: boolean, indexPublishedAt: string | null } }> } };

export type ProgrammeIndexQueryVariables = Exact<{
  cycleId: string | number;
  first: number;
  after?: string | null | undefined;
  filter?: IndexFilter | null | undefined;
  top: number;
}>;


export type ProgrammeIndexQuery = { cycle: { id: string, year: number, indexPublishedAt: string | null, top: { totalCount: number, published: boolean, publishedAt: string | null, firstTimers: number, repeaters: number, national: { id: string, index: number, count: number, dimensions: Array<{ id: string, dimension: string, dimensionName: string, score: number }> }, distribution: Array<{ id: string, level: number, name: string, count: number, percent: number }>, edges: Array<{ node: { id: string, rank: number, index: number, entityCode: string, entity: { id: string, name: string } | null } }> }, page: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, rank: number, index: number, level: number, levelName: string, entityCode: string, entity: { id: string, name: string, kindLabel: string, departmentName: string } | null, progress: { id: string, firstParticipation: boolean, indexChange: number | null, rankChange: number | null, previousCycleYear: number | null } | null } }> } } | null };

export type ProgrammePeopleQueryVariables = Exact<{
  filter?: PeopleFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type ProgrammePeopleQuery = { people: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, name: string | null, email: string | null, status: PersonStatus, pseudonym: string, lastSignInAt: string | null, membership: { id: string, role: MembershipRole, roleLabel: string, entityCode: string | null, entity: { id: string, name: string } | null } | null } }> } };

export type ProgrammeInvitationsQueryVariables = Exact<{
  filter?: InvitationFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type ProgrammeInvitationsQuery = { invitations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, email: string, name: string | null, role: MembershipRole, roleLabel: string, status: InvitationStatus, entityCode: string | null, createdAt: string, expiresAt: string, mailedAt: string | null, entity: { id: string, name: string } | null } }> } };

export type ProgrammeInviteMutationVariables = Exact<{
  input: InvitePersonInput;
}>;


export type ProgrammeInviteMutation = { invitePerson: { id: string, email: string, name: string | null, role: MembershipRole, roleLabel: string, status: InvitationStatus, entityCode: string | null, expiresAt: string } };

export type ProgrammeResendInvitationMutationVariables = Exact<{
  input: ResendInvitationInput;
}>;


export type ProgrammeResendInvitationMutation = { resendInvitation: { id: string, status: InvitationStatus, createdAt: string, expiresAt: string, mailedAt: string | null } };

export type ProgrammeRevokeInvitationMutationVariables = Exact<{
  input: RevokeInvitationInput;
}>;


export type ProgrammeRevokeInvitationMutation = { revokeInvitation: { id: string, status: InvitationStatus } };

export type ProgrammeReportsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type ProgrammeReportsQuery = { reports: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, title: string, kind: ReportKind, format: ReportFormat, status: ReportStatus, progress: number, stage: string | null, error: string | null, requestedAt: string, finishedAt: string | null, fileName: string, contentType: string | null, size: number | null, downloadUrl: string | null } }> } };

export type ProgrammeReportUpdatedSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type ProgrammeReportUpdatedSubscription = { reportUpdated: { id: string, status: ReportStatus, progress: number, stage: string | null, error: string | null, finishedAt: string | null, fileName: string, contentType: string | null, size: number | null, downloadUrl: string | null } };

export type ProgrammeRequestReportMutationVariables = Exact<{
  input: RequestReportInput;
}>;


export type ProgrammeRequestReportMutation = { requestReport: { reused: boolean, report: { id: string, title: string, kind: ReportKind, format: ReportFormat, status: ReportStatus, progress: number, stage: string | null, error: string | null, requestedAt: string, finishedAt: string | null, fileName: string, contentType: string | null, size: number | null, downloadUrl: string | null } } };

export type ProgrammeReportCyclesQueryVariables = Exact<{ [key: string]: never; }>;


export type ProgrammeReportCyclesQuery = { cycles: { edges: Array<{ node: { id: string, year: number, indexPublishedAt: string | null } }> } };

export type ProgrammeReportPlansQueryVariables = Exact<{
  entityCode: string;
}>;


export type ProgrammeReportPlansQuery = { actionPlans: Array<{ id: string, title: string, startYear: number, endYear: number }> };

export type AcceptPrivacyMutationVariables = Exact<{
  input: AcceptPrivacyNoticeInput;
}>;


export type AcceptPrivacyMutation = { acceptPrivacyNotice: { id: string, accepted: boolean, acceptedAt: string | null } };

export type ConsoleViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleViewerQuery = { me: { id: string, subject: string, role: Role, roleLabel: string, entityCode: string | null, entity: { id: string, code: string, name: string } | null, person: { id: string, name: string | null, email: string | null } | null, privacyNotice: { id: string, accepted: boolean, version: string, title: string, text: string } } };

export const CaseActionResultFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseActionResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"final"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"mutation"}}]}}]}}]} as unknown as DocumentNode<CaseActionResultFragment, unknown>;
export const BoardCaseFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BoardCase"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"process"}},{"kind":"Field","name":{"kind":"Name","value":"processLabel"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"entityCode"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"departmentName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}}]}}]} as unknown as DocumentNode<BoardCaseFragment, unknown>;
export const EntityJourneyCaseFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityJourneyCase"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"process"}},{"kind":"Field","name":{"kind":"Name","value":"processLabel"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"final"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastNote"}},{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}}]}}]}}]} as unknown as DocumentNode<EntityJourneyCaseFragment, unknown>;
export const EntityNotificationItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityNotificationItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}}]}}]} as unknown as DocumentNode<EntityNotificationItemFragment, unknown>;
export const EntityNotificationLiveFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityNotificationLive"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}}]}}]} as unknown as DocumentNode<EntityNotificationLiveFragment, unknown>;
export const EntityAssessmentAnswersFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityAssessmentAnswers"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaturityAssessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"questionId"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"yes"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"fileRef"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EntityAssessmentAnswersFragment, unknown>;
export const EntityAssessmentProgressFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityAssessmentProgress"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaturityAssessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"answered"}},{"kind":"Field","name":{"kind":"Name","value":"questions"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"requiredAnswered"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"dimensions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"dimensionName"}},{"kind":"Field","name":{"kind":"Name","value":"answered"}},{"kind":"Field","name":{"kind":"Name","value":"questions"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"requiredAnswered"}},{"kind":"Field","name":{"kind":"Name","value":"missingEvidence"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"questionId"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<EntityAssessmentProgressFragment, unknown>;
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
export const SignInNoRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SignInNoRole"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"roleLabel"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pendingInvitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roleLabel"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SignInNoRoleQuery, SignInNoRoleQueryVariables>;
export const SignInAcceptInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignInAcceptInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptInvitationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"roleLabel"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<SignInAcceptInvitationMutation, SignInAcceptInvitationMutationVariables>;
export const EntityProcessAccompanimentCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EntityProcessAccompanimentCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"final"}},{"kind":"Field","name":{"kind":"Name","value":"process"}},{"kind":"Field","name":{"kind":"Name","value":"lastNote"}},{"kind":"Field","name":{"kind":"Name","value":"availableEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"mutation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accompaniment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"dimensions"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"modality"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"modality"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"meetingUrl"}},{"kind":"Field","name":{"kind":"Name","value":"agenda"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"invitees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"attended"}}]}},{"kind":"Field","name":{"kind":"Name","value":"acta"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"commitments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"responsible"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"doneNote"}}]}},{"kind":"Field","name":{"kind":"Name","value":"diagnosis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"levelName"}},{"kind":"Field","name":{"kind":"Name","value":"dimensions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"levelName"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"findings"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"roadmap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"dimensionName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"horizon"}},{"kind":"Field","name":{"kind":"Name","value":"responsible"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedCost"}},{"kind":"Field","name":{"kind":"Name","value":"component"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"lineId"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"survey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EntityProcessAccompanimentCaseQuery, EntityProcessAccompanimentCaseQueryVariables>;
export const EntityProcessCompleteCommitmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EntityProcessCompleteCommitment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompleteCommitmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeAccompanimentCommitment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"commitment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"doneNote"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]}}]}}]} as unknown as DocumentNode<EntityProcessCompleteCommitmentMutation, EntityProcessCompleteCommitmentMutationVariables>;
export const EntityProcessAcceptRoadmapDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EntityProcessAcceptRoadmap"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptRoadmap"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}}]}}]}}]}}]} as unknown as DocumentNode<EntityProcessAcceptRoadmapMutation, EntityProcessAcceptRoadmapMutationVariables>;
export const EntityProcessRequestRoadmapAdjustmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EntityProcessRequestRoadmapAdjustments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestRoadmapAdjustmentsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestRoadmapAdjustments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}}]}}]}}]}}]} as unknown as DocumentNode<EntityProcessRequestRoadmapAdjustmentsMutation, EntityProcessRequestRoadmapAdjustmentsMutationVariables>;
export const EntityProcessAnswerSurveyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EntityProcessAnswerSurvey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnswerAccompanimentSurveyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerAccompanimentSurvey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}}]}}]}}]}}]} as unknown as DocumentNode<EntityProcessAnswerSurveyMutation, EntityProcessAnswerSurveyMutationVariables>;
export const EntityProcessAccompanimentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EntityProcessAccompaniments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"people"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"cycles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"model"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dimensions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"process"},"value":{"kind":"EnumValue","value":"ACCOMPANIMENT"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"UPDATED_AT_DESC"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"final"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"accompaniment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EntityProcessAccompanimentsQuery, EntityProcessAccompanimentsQueryVariables>;
export const EntityProcessRequestAccompanimentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EntityProcessRequestAccompaniment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestAccompanimentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestAccompaniment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}}]}}]}}]}}]} as unknown as DocumentNode<EntityProcessRequestAccompanimentMutation, EntityProcessRequestAccompanimentMutationVariables>;
export const EntityProcessApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EntityProcessApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"final"}},{"kind":"Field","name":{"kind":"Name","value":"process"}},{"kind":"Field","name":{"kind":"Name","value":"lastNote"}},{"kind":"Field","name":{"kind":"Name","value":"availableEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"mutation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"originalDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"extendedDays"}}]}},{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dimensions"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"counterpartShare"}},{"kind":"Field","name":{"kind":"Name","value":"budgetLines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"component"}},{"kind":"Field","name":{"kind":"Name","value":"componentLabel"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"futicAmount"}},{"kind":"Field","name":{"kind":"Name","value":"counterpartAmount"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"futic"}},{"kind":"Field","name":{"kind":"Name","value":"counterpart"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checklist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"requiresDocument"}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"call"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"totalBudget"}},{"kind":"Field","name":{"kind":"Name","value":"capPerApplication"}},{"kind":"Field","name":{"kind":"Name","value":"minCounterpartPercent"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"cycles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"model"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dimensions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EntityProcessApplicationQuery, EntityProcessApplicationQueryVariables>;
export const EntityProcessSaveApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EntityProcessSaveApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveApplicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dimensions"}},{"kind":"Field","name":{"kind":"Name","value":"counterpartShare"}},{"kind":"Field","name":{"kind":"Name","value":"budgetLines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"component"}},{"kind":"Field","name":{"kind":"Name","value":"componentLabel"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"futicAmount"}},{"kind":"Field","name":{"kind":"Name","value":"counterpartAmount"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"futic"}},{"kind":"Field","name":{"kind":"Name","value":"counterpart"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]}}]} as unknown as DocumentNode<EntityProcessSaveApplicationMutation, EntityProcessSaveApplicationMutationVariables>;
export const EntityProcessSubmitApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EntityProcessSubmitApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}}]}}]}}]}}]} as unknown as DocumentNode<EntityProcessSubmitApplicationMutation, EntityProcessSubmitApplicationMutationVariables>;
export const EntityProcessResubmitApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EntityProcessResubmitApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resubmitApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}}]}}]}}]}}]} as unknown as DocumentNode<EntityProcessResubmitApplicationMutation, EntityProcessResubmitApplicationMutationVariables>;
export const EntityProcessAttachChecklistDocumentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EntityProcessAttachChecklistDocuments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AttachChecklistDocumentsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attachChecklistDocuments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"checklist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"requiresDocument"}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EntityProcessAttachChecklistDocumentsMutation, EntityProcessAttachChecklistDocumentsMutationVariables>;
export const EntityProcessRequestCorrectionsExtensionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EntityProcessRequestCorrectionsExtension"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestCorrectionsExtensionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestCorrectionsExtension"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}}]}}]}}]}}]} as unknown as DocumentNode<EntityProcessRequestCorrectionsExtensionMutation, EntityProcessRequestCorrectionsExtensionMutationVariables>;
export const EntityProcessCofinancingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EntityProcessCofinancing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"calls"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"totalBudget"}},{"kind":"Field","name":{"kind":"Name","value":"capPerApplication"}},{"kind":"Field","name":{"kind":"Name","value":"minCounterpartPercent"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"process"},"value":{"kind":"EnumValue","value":"COFINANCING_APPLICATION"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"UPDATED_AT_DESC"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"final"}},{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"call"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EntityProcessCofinancingQuery, EntityProcessCofinancingQueryVariables>;
export const EntityProcessStartApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EntityProcessStartApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartApplicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}}]}}]}}]}}]} as unknown as DocumentNode<EntityProcessStartApplicationMutation, EntityProcessStartApplicationMutationVariables>;
export const EntityProcessActionPlansDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EntityProcessActionPlans"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entityCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actionPlans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entityCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entityCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"startYear"}},{"kind":"Field","name":{"kind":"Name","value":"endYear"}},{"kind":"Field","name":{"kind":"Name","value":"periodicity"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"periods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"products"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"objectiveCode"}},{"kind":"Field","name":{"kind":"Name","value":"objectiveName"}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"measurement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cut"}},{"kind":"Field","name":{"kind":"Name","value":"official"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"ideal"}},{"kind":"Field","name":{"kind":"Name","value":"gap"}},{"kind":"Field","name":{"kind":"Name","value":"distribution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"objectives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"ideal"}},{"kind":"Field","name":{"kind":"Name","value":"gap"}},{"kind":"Field","name":{"kind":"Name","value":"products"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pahv"}},{"kind":"Field","name":{"kind":"Name","value":"paa"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reportSchedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"submittedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progressReports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"final"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submission"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedOn"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"lastNote"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"productCode"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"}},{"kind":"Field","name":{"kind":"Name","value":"reviewComment"}},{"kind":"Field","name":{"kind":"Name","value":"reportedOn"}},{"kind":"Field","name":{"kind":"Name","value":"annexes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"baseVersion"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"justification"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAt"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"justification"}}]}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"lastNote"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EntityProcessActionPlansQuery, EntityProcessActionPlansQueryVariables>;
export const EntityProcessSubmitProgressReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EntityProcessSubmitProgressReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitProgressReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitProgressReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}}]}}]}}]}}]} as unknown as DocumentNode<EntityProcessSubmitProgressReportMutation, EntityProcessSubmitProgressReportMutationVariables>;
export const EntityProcessProposePlanAdjustmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EntityProcessProposePlanAdjustment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProposePlanAdjustmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposePlanAdjustment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}}]}}]}}]}}]} as unknown as DocumentNode<EntityProcessProposePlanAdjustmentMutation, EntityProcessProposePlanAdjustmentMutationVariables>;
export const EntityJourneyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EntityJourney"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"journey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nextStep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityJourneyCase"}}]}},{"kind":"Field","name":{"kind":"Name","value":"advisory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityJourneyCase"}}]}},{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityJourneyCase"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityJourneyCase"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"process"}},{"kind":"Field","name":{"kind":"Name","value":"processLabel"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"final"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastNote"}},{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}}]}}]}}]} as unknown as DocumentNode<EntityJourneyQuery, EntityJourneyQueryVariables>;
export const EntityNotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EntityNotifications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityNotificationItem"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityNotificationItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}}]}}]} as unknown as DocumentNode<EntityNotificationsQuery, EntityNotificationsQueryVariables>;
export const EntityMarkNotificationsReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EntityMarkNotificationsRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MarkNotificationsReadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNotificationsRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"marked"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"notifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}}]}}]}}]}}]} as unknown as DocumentNode<EntityMarkNotificationsReadMutation, EntityMarkNotificationsReadMutationVariables>;
export const EntityMarkAllNotificationsReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EntityMarkAllNotificationsRead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markAllNotificationsRead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"marked"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}}]}}]}}]} as unknown as DocumentNode<EntityMarkAllNotificationsReadMutation, EntityMarkAllNotificationsReadMutationVariables>;
export const EntityNotificationAddedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"EntityNotificationAdded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notificationAdded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityNotificationItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityNotificationItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}}]}}]} as unknown as DocumentNode<EntityNotificationAddedSubscription, EntityNotificationAddedSubscriptionVariables>;
export const EntityAssessmentStartDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EntityAssessmentStart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"journey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"final"}},{"kind":"Field","name":{"kind":"Name","value":"cycleId"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"cycles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EntityAssessmentStartQuery, EntityAssessmentStartQueryVariables>;
export const EntityAssessmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EntityAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"editable"}},{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"levelName"}},{"kind":"Field","name":{"kind":"Name","value":"cycle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"model"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"questionCount"}},{"kind":"Field","name":{"kind":"Name","value":"scale"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dimensions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"subdimensions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"help"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceRequired"}}]}}]}}]}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityAssessmentAnswers"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityAssessmentProgress"}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"questionId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"round"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"lastNote"}},{"kind":"Field","name":{"kind":"Name","value":"availableEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"mutation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityAssessmentAnswers"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaturityAssessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"questionId"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"yes"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"fileRef"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityAssessmentProgress"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaturityAssessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"answered"}},{"kind":"Field","name":{"kind":"Name","value":"questions"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"requiredAnswered"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"dimensions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"dimensionName"}},{"kind":"Field","name":{"kind":"Name","value":"answered"}},{"kind":"Field","name":{"kind":"Name","value":"questions"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"requiredAnswered"}},{"kind":"Field","name":{"kind":"Name","value":"missingEvidence"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"questionId"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<EntityAssessmentQuery, EntityAssessmentQueryVariables>;
export const EntityStartAssessmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EntityStartAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartAssessmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<EntityStartAssessmentMutation, EntityStartAssessmentMutationVariables>;
export const EntitySaveAnswersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EntitySaveAnswers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveAssessmentAnswersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveAssessmentAnswers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"editable"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityAssessmentAnswers"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityAssessmentProgress"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityAssessmentAnswers"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaturityAssessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"questionId"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"yes"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"fileRef"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityAssessmentProgress"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaturityAssessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"answered"}},{"kind":"Field","name":{"kind":"Name","value":"questions"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"requiredAnswered"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"dimensions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"dimensionName"}},{"kind":"Field","name":{"kind":"Name","value":"answered"}},{"kind":"Field","name":{"kind":"Name","value":"questions"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"requiredAnswered"}},{"kind":"Field","name":{"kind":"Name","value":"missingEvidence"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"questionId"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<EntitySaveAnswersMutation, EntitySaveAnswersMutationVariables>;
export const EntitySubmitAssessmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EntitySubmitAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<EntitySubmitAssessmentMutation, EntitySubmitAssessmentMutationVariables>;
export const EntityResubmitAssessmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EntityResubmitAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resubmitAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<EntityResubmitAssessmentMutation, EntityResubmitAssessmentMutationVariables>;
export const ProgrammeCallDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgrammeCall"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplicationOrderBy"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"call"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"committed"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"capPerApplication"}},{"kind":"Field","name":{"kind":"Name","value":"minScore"}},{"kind":"Field","name":{"kind":"Name","value":"applications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"futic"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"availableEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"departmentName"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProgrammeCallQuery, ProgrammeCallQueryVariables>;
export const ProgrammeApproveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProgrammeApprove"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"availableEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"call"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"committed"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProgrammeApproveMutation, ProgrammeApproveMutationVariables>;
export const ProgrammeWaitlistDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProgrammeWaitlist"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseNoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"waitlistApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"availableEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProgrammeWaitlistMutation, ProgrammeWaitlistMutationVariables>;
export const ProgrammeRejectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProgrammeReject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseNoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"availableEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProgrammeRejectMutation, ProgrammeRejectMutationVariables>;
export const ProgrammeCallsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgrammeCalls"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"calls"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"totalBudget"}},{"kind":"Field","name":{"kind":"Name","value":"committed"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProgrammeCallsQuery, ProgrammeCallsQueryVariables>;
export const ProgrammeIndexCyclesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgrammeIndexCycles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cycles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"indexPublishedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProgrammeIndexCyclesQuery, ProgrammeIndexCyclesQueryVariables>;
export const ProgrammeIndexDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgrammeIndex"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"IndexFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"top"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cycle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"indexPublishedAt"}},{"kind":"Field","alias":{"kind":"Name","value":"top"},"name":{"kind":"Name","value":"index"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"top"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstTimers"}},{"kind":"Field","name":{"kind":"Name","value":"repeaters"}},{"kind":"Field","name":{"kind":"Name","value":"national"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"dimensions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"dimensionName"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"distribution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entityCode"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"page"},"name":{"kind":"Name","value":"index"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"levelName"}},{"kind":"Field","name":{"kind":"Name","value":"entityCode"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"departmentName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstParticipation"}},{"kind":"Field","name":{"kind":"Name","value":"indexChange"}},{"kind":"Field","name":{"kind":"Name","value":"rankChange"}},{"kind":"Field","name":{"kind":"Name","value":"previousCycleYear"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProgrammeIndexQuery, ProgrammeIndexQueryVariables>;
export const ProgrammePeopleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgrammePeople"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PeopleFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"people"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pseudonym"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignInAt"}},{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"roleLabel"}},{"kind":"Field","name":{"kind":"Name","value":"entityCode"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProgrammePeopleQuery, ProgrammePeopleQueryVariables>;
export const ProgrammeInvitationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgrammeInvitations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InvitationFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"roleLabel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"entityCode"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"mailedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProgrammeInvitationsQuery, ProgrammeInvitationsQueryVariables>;
export const ProgrammeInviteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProgrammeInvite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InvitePersonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitePerson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"roleLabel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"entityCode"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<ProgrammeInviteMutation, ProgrammeInviteMutationVariables>;
export const ProgrammeResendInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProgrammeResendInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResendInvitationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resendInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"mailedAt"}}]}}]}}]} as unknown as DocumentNode<ProgrammeResendInvitationMutation, ProgrammeResendInvitationMutationVariables>;
export const ProgrammeRevokeInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProgrammeRevokeInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeInvitationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ProgrammeRevokeInvitationMutation, ProgrammeRevokeInvitationMutationVariables>;
export const ProgrammeReportsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgrammeReports"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProgrammeReportsQuery, ProgrammeReportsQueryVariables>;
export const ProgrammeReportUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ProgrammeReportUpdated"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}}]} as unknown as DocumentNode<ProgrammeReportUpdatedSubscription, ProgrammeReportUpdatedSubscriptionVariables>;
export const ProgrammeRequestReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProgrammeRequestReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reused"}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}}]}}]} as unknown as DocumentNode<ProgrammeRequestReportMutation, ProgrammeRequestReportMutationVariables>;
export const ProgrammeReportCyclesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgrammeReportCycles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cycles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"indexPublishedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProgrammeReportCyclesQuery, ProgrammeReportCyclesQueryVariables>;
export const ProgrammeReportPlansDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgrammeReportPlans"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entityCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actionPlans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entityCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entityCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startYear"}},{"kind":"Field","name":{"kind":"Name","value":"endYear"}}]}}]}}]} as unknown as DocumentNode<ProgrammeReportPlansQuery, ProgrammeReportPlansQueryVariables>;
export const AcceptPrivacyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptPrivacy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptPrivacyNoticeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptPrivacyNotice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}}]}}]}}]} as unknown as DocumentNode<AcceptPrivacyMutation, AcceptPrivacyMutationVariables>;
export const ConsoleViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"roleLabel"}},{"kind":"Field","name":{"kind":"Name","value":"entityCode"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"privacyNotice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleViewerQuery, ConsoleViewerQueryVariables>;