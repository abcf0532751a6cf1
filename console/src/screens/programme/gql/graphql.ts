/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Qué entidades lista el seguimiento de la adopción del Modelo de Madurez; los filtros se combinan con Y. */
export type AdoptionFilter = {
  /** Código DIVIPOLA del departamento (2 dígitos), p. ej. "05". */
  departmentCode?: string | null | undefined;
  /** Solo gobernaciones (DEPARTMENT) o solo alcaldías (MUNICIPALITY); las áreas no municipalizadas no se postulan. */
  kind?: TerritorialEntityKind | null | undefined;
  /** Desde qué día (hora de Colombia) cuenta un autodiagnóstico validado; por defecto el 2023-04-01, desde cuando aplica el modelo (Resolución 1117 de 2022). Se compara el instante en que se validó, no la vigencia. */
  since?: string | null | undefined;
};

/** Orden de las postulaciones de una convocatoria. */
export type ApplicationOrderBy =
  /** Las iniciadas primero. */
  | 'CREATED_AT_ASC'
  /** Mayor puntaje primero (las no evaluadas al final). */
  | 'SCORE_DESC';

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

/** Lo que decidió el comité sobre una postulación. */
export type DecisionOutcome =
  /** Aprobada: se reservan sus recursos FUTIC. */
  | 'APPROVED'
  /** Rechazada. */
  | 'REJECTED'
  /** En lista de espera: se aprueba si se liberan recursos suficientes. */
  | 'WAITLISTED';

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

/** Estado de una persona en el directorio. */
export type PersonStatus =
  /** Activa: puede ingresar con el rol de su membresía vigente. */
  | 'ACTIVE'
  /** Anonimizada (Ley 1581 de 2012): sus datos personales se reemplazaron; el historial conserva su seudónimo. */
  | 'ANONYMIZED'
  /** Desactivada por la coordinación: no puede ingresar. */
  | 'DEACTIVATED';

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

/** Reenviar una invitación pendiente con un enlace nuevo (el anterior deja de servir). */
export type ResendInvitationInput = {
  /** La invitación. */
  invitationId: string | number;
};

/** Revocar una invitación pendiente. */
export type RevokeInvitationInput = {
  /** La invitación. */
  invitationId: string | number;
  /** Por qué (1 a 1000 caracteres). */
  reason: string;
};

/** Clase de entidad territorial. */
export type TerritorialEntityKind =
  /** Gobernación (código DIVIPOLA de 2 dígitos). */
  | 'DEPARTMENT'
  /** Alcaldía de municipio o distrito, incluidos Bogotá D.C. y San Andrés. */
  | 'MUNICIPALITY'
  /** Área no municipalizada: sin alcaldía, no puede postularse. */
  | 'NON_MUNICIPALIZED_AREA';

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