import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';

export interface GraphQLResponse<T> {
  status: number;
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; [k: string]: unknown }; path?: unknown[] }[];
}

export interface RequestOptions {
  token?: string;
  headers?: Record<string, string>;
}

/** Sends a typed operation over real HTTP, as a frontend would. */
export async function execute<TResult, TVariables>(
  url: string,
  document: TypedDocumentNode<TResult, TVariables>,
  variables?: TVariables,
  options: RequestOptions = {},
): Promise<GraphQLResponse<TResult>> {
  return postRaw(url, JSON.stringify({ query: print(document), variables }), options);
}

/** Sends a query given as text (for malformed or abusive queries codegen would refuse). */
export function executeText(url: string, query: string, variables?: unknown, options: RequestOptions = {}) {
  return postRaw(url, JSON.stringify({ query, variables }), options);
}

export async function postRaw(url: string, body: string, options: RequestOptions = {}): Promise<GraphQLResponse<never>> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...options.headers,
    },
    body,
  });
  const text = await res.text();
  let json: Record<string, unknown>;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error(`respuesta no JSON (${res.status}): ${text.slice(0, 300)}`);
  }
  return { status: res.status, ...json };
}

/** The one error code of a response that failed as a whole or in one field. */
export function errorCode(res: GraphQLResponse<unknown>): string | undefined {
  return res.errors?.[0]?.extensions?.code;
}

/** The data of an answer that must have worked (a raw-text query's, read loosely); else fails with its first error. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- raw GraphQL answers, read loosely
export function dataOf<T = Record<string, any>>(res: GraphQLResponse<unknown>): T {
  if (res.errors) throw new Error(`${errorCode(res)}: ${res.errors[0].message}`);
  return res.data as T;
}

/** Expects the answer's first error to carry this code (and rule); returns that error. */
export function refusalOf(res: GraphQLResponse<unknown>, code: string, rule?: string) {
  expect(res.errors?.[0]?.extensions?.code).toBe(code);
  if (rule) expect(res.errors?.[0]?.extensions?.rule).toBe(rule);
  return res.errors![0];
}
