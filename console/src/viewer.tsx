import { useQuery } from '@apollo/client/react';
import { createContext, useContext } from 'react';

import { graphql } from './gql';
import type { ConsoleViewerQuery } from './gql/graphql';

// Named apart from the generated `ConsoleViewerDocument`: the build's babel plugin replaces each
// `graphql()` call with the generated constant of the operation's name.
export const ViewerDocument = graphql(`
  query ConsoleViewer {
    me {
      id
      subject
      role
      roleLabel
      entityCode
      entity {
        id
        code
        name
      }
      person {
        id
        name
        email
      }
      privacyNotice {
        id
        accepted
        version
        title
        text
      }
    }
  }
`);

export type Viewer = ConsoleViewerQuery['me'];

/** Roles that work for the Ministry (or read everything): they see the coordination screens. */
export const MINISTRY_ROLES: readonly string[] = ['COORDINATOR', 'ADVISOR', 'EVALUATOR', 'AUDITOR'];
export const isMinistry = (viewer: Viewer) => MINISTRY_ROLES.includes(viewer.role);
export const isEntityUser = (viewer: Viewer) => viewer.entityCode != null;

const ViewerContext = createContext<Viewer | null>(null);
export const ViewerProvider = ViewerContext.Provider;

/** The signed-in person (inside the shell, always present). */
export function useViewer(): Viewer {
  const viewer = useContext(ViewerContext);
  if (!viewer) throw new Error('useViewer fuera de la consola');
  return viewer;
}

export function useViewerQuery() {
  return useQuery(ViewerDocument, { fetchPolicy: 'cache-first' });
}
