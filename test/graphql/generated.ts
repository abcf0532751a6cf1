/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
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
  /** Evaluador(a) de postulaciones de cofinanciación. */
  | 'EVALUATOR';

export type TerritorialEntityFilter = {
  /** Código DIVIPOLA del departamento (2 dígitos), p. ej. "05". */
  departmentCode?: string | null | undefined;
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

export type TerritorialEntityOrderBy =
  /** Por código DIVIPOLA. */
  | 'CODE_ASC'
  /** Por nombre, sin distinguir tildes ni mayúsculas. */
  | 'NAME_ASC';

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

export const TerritorialEntityFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TerritorialEntityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TerritorialEntity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"departmentName"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"eligibleToApply"}}]}}]} as unknown as DocumentNode<TerritorialEntityFieldsFragment, unknown>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"roleLabel"}},{"kind":"Field","name":{"kind":"Name","value":"entityCode"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const TerritorialEntitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TerritorialEntities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TerritorialEntityFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TerritorialEntityOrderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"territorialEntities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TerritorialEntityFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TerritorialEntityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TerritorialEntity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"departmentName"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"eligibleToApply"}}]}}]} as unknown as DocumentNode<TerritorialEntitiesQuery, TerritorialEntitiesQueryVariables>;
export const TerritorialEntityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TerritorialEntity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"territorialEntity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TerritorialEntityFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TerritorialEntityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TerritorialEntity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"departmentName"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"eligibleToApply"}}]}}]} as unknown as DocumentNode<TerritorialEntityQuery, TerritorialEntityQueryVariables>;