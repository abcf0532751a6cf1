import { graphql } from '../../gql';

/** The board's row: the case, its entity, and its terms (the running ones are shown). */
graphql(`
  fragment BoardCase on Case {
    id
    process
    processLabel
    state
    stateLabel
    version
    updatedAt
    entityCode
    entity {
      id
      code
      name
      departmentCode
      departmentName
    }
    deadlines {
      id
      label
      dueAt
      status
      overdue
      remaining
      closedAt
    }
  }
`);

export const BoardDocument = graphql(`
  query CasesBoard($filter: CaseFilter, $first: Int!, $after: String) {
    cases(filter: $filter, first: $first, after: $after) {
      totalCount
      feedCursor
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...BoardCase
        }
      }
    }
  }
`);

/** The filters' choices: processes and their states (from the definitions), and departments. */
export const BoardOptionsDocument = graphql(`
  query CasesBoardOptions {
    processDefinitions {
      id
      process
      label
      states {
        id
        name
        label
      }
    }
    departments: territorialEntities(filter: { kind: DEPARTMENT }, first: 100) {
      edges {
        node {
          id
          departmentCode
          departmentName
        }
      }
    }
    capitalDistrict: territorialEntities(filter: { departmentCode: "11" }, first: 1) {
      edges {
        node {
          id
          departmentCode
          departmentName
        }
      }
    }
  }
`);

export const BoardChangesDocument = graphql(`
  subscription CasesBoardChanges($filter: CaseChangeFilter, $after: String) {
    caseChanged(filter: $filter, after: $after) {
      cursor
      caseId
      version
      case {
        ...BoardCase
      }
    }
  }
`);

export const BoardNotificationsDocument = graphql(`
  subscription CasesBoardNotifications {
    notificationAdded {
      id
      kind
      caseId
      createdAt
    }
  }
`);

export const CasePageDocument = graphql(`
  query CasesCasePage($id: ID!) {
    case(id: $id) {
      id
      process
      processLabel
      state
      stateLabel
      version
      machineVersion
      final
      owner
      createdAt
      updatedAt
      lastNote
      entity {
        id
        code
        name
        departmentName
      }
      availableEvents {
        id
        event
        label
        mutation
      }
      deadlines {
        id
        label
        dueAt
        originalDueAt
        status
        overdue
        remaining
        closedAt
        extendedDays
        extendable
        extensionReason
        calendar
        days
      }
      history {
        id
        seq
        event
        eventLabel
        fromState
        fromStateLabel
        toState
        toStateLabel
        actorSubject
        actorRole
        at
        payload
      }
    }
  }
`);

export const CaseDiagramDocument = graphql(`
  query CasesCaseDiagram {
    processDefinitions(allVersions: true) {
      id
      process
      version
      label
      mermaid
    }
  }
`);

export const CaseChangesDocument = graphql(`
  subscription CasesCaseChanges($id: ID!) {
    caseChanged(filter: { caseId: $id }) {
      cursor
      version
      case {
        id
        state
        stateLabel
        version
      }
    }
  }
`);

export const ExtendTermDocument = graphql(`
  mutation CasesExtendTerm($input: ExtendTermInput!) {
    extendTerm(input: $input) {
      replayed
      case {
        ...CaseActionResult
      }
    }
  }
`);
