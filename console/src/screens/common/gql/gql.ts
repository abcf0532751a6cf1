/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query SignInNoRole {\n    me {\n      id\n      role\n      roleLabel\n      person {\n        id\n        email\n      }\n      pendingInvitations {\n        id\n        roleLabel\n        expiresAt\n        entity {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.SignInNoRoleDocument,
    "\n  mutation SignInAcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      id\n      role\n      roleLabel\n      entity {\n        id\n        name\n      }\n    }\n  }\n": typeof types.SignInAcceptInvitationDocument,
    "\n  mutation AcceptPrivacy($input: AcceptPrivacyNoticeInput!) {\n    acceptPrivacyNotice(input: $input) {\n      id\n      accepted\n      acceptedAt\n    }\n  }\n": typeof types.AcceptPrivacyDocument,
    "\n  query ConsoleViewer {\n    me {\n      id\n      subject\n      role\n      roleLabel\n      entityCode\n      entity {\n        id\n        code\n        name\n      }\n      person {\n        id\n        name\n        email\n      }\n      privacyNotice {\n        id\n        accepted\n        version\n        title\n        text\n      }\n    }\n  }\n": typeof types.ConsoleViewerDocument,
};
const documents: Documents = {
    "\n  query SignInNoRole {\n    me {\n      id\n      role\n      roleLabel\n      person {\n        id\n        email\n      }\n      pendingInvitations {\n        id\n        roleLabel\n        expiresAt\n        entity {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.SignInNoRoleDocument,
    "\n  mutation SignInAcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      id\n      role\n      roleLabel\n      entity {\n        id\n        name\n      }\n    }\n  }\n": types.SignInAcceptInvitationDocument,
    "\n  mutation AcceptPrivacy($input: AcceptPrivacyNoticeInput!) {\n    acceptPrivacyNotice(input: $input) {\n      id\n      accepted\n      acceptedAt\n    }\n  }\n": types.AcceptPrivacyDocument,
    "\n  query ConsoleViewer {\n    me {\n      id\n      subject\n      role\n      roleLabel\n      entityCode\n      entity {\n        id\n        code\n        name\n      }\n      person {\n        id\n        name\n        email\n      }\n      privacyNotice {\n        id\n        accepted\n        version\n        title\n        text\n      }\n    }\n  }\n": types.ConsoleViewerDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignInNoRole {\n    me {\n      id\n      role\n      roleLabel\n      person {\n        id\n        email\n      }\n      pendingInvitations {\n        id\n        roleLabel\n        expiresAt\n        entity {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SignInNoRole {\n    me {\n      id\n      role\n      roleLabel\n      person {\n        id\n        email\n      }\n      pendingInvitations {\n        id\n        roleLabel\n        expiresAt\n        entity {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignInAcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      id\n      role\n      roleLabel\n      entity {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignInAcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      id\n      role\n      roleLabel\n      entity {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptPrivacy($input: AcceptPrivacyNoticeInput!) {\n    acceptPrivacyNotice(input: $input) {\n      id\n      accepted\n      acceptedAt\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptPrivacy($input: AcceptPrivacyNoticeInput!) {\n    acceptPrivacyNotice(input: $input) {\n      id\n      accepted\n      acceptedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleViewer {\n    me {\n      id\n      subject\n      role\n      roleLabel\n      entityCode\n      entity {\n        id\n        code\n        name\n      }\n      person {\n        id\n        name\n        email\n      }\n      privacyNotice {\n        id\n        accepted\n        version\n        title\n        text\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleViewer {\n    me {\n      id\n      subject\n      role\n      roleLabel\n      entityCode\n      entity {\n        id\n        code\n        name\n      }\n      person {\n        id\n        name\n        email\n      }\n      privacyNotice {\n        id\n        accepted\n        version\n        title\n        text\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;