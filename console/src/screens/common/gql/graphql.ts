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

export type SignInNoRoleQueryVariables = Exact<{ [key: string]: never; }>;


export type SignInNoRoleQuery = { me: { id: string, role: Role, roleLabel: string, person: { id: string, email: string | null } | null, pendingInvitations: Array<{ id: string, roleLabel: string, expiresAt: string, entity: { id: string, name: string } | null }> } };

export type SignInAcceptInvitationMutationVariables = Exact<{
  input: AcceptInvitationInput;
}>;


export type SignInAcceptInvitationMutation = { acceptInvitation: { id: string, role: MembershipRole, roleLabel: string, entity: { id: string, name: string } | null } };

export type AcceptPrivacyMutationVariables = Exact<{
  input: AcceptPrivacyNoticeInput;
}>;


export type AcceptPrivacyMutation = { acceptPrivacyNotice: { id: string, accepted: boolean, acceptedAt: string | null } };

export type ConsoleViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleViewerQuery = { me: { id: string, subject: string, role: Role, roleLabel: string, entityCode: string | null, entity: { id: string, code: string, name: string } | null, person: { id: string, name: string | null, email: string | null } | null, privacyNotice: { id: string, accepted: boolean, version: string, title: string, text: string } } };


export const SignInNoRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SignInNoRole"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"roleLabel"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pendingInvitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roleLabel"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SignInNoRoleQuery, SignInNoRoleQueryVariables>;
export const SignInAcceptInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignInAcceptInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptInvitationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"roleLabel"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<SignInAcceptInvitationMutation, SignInAcceptInvitationMutationVariables>;
export const AcceptPrivacyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptPrivacy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptPrivacyNoticeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptPrivacyNotice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}}]}}]}}]} as unknown as DocumentNode<AcceptPrivacyMutation, AcceptPrivacyMutationVariables>;
export const ConsoleViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"roleLabel"}},{"kind":"Field","name":{"kind":"Name","value":"entityCode"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"privacyNotice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleViewerQuery, ConsoleViewerQueryVariables>;