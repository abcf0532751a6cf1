import { graphql } from '../../gql';

/** Where the entity's assessment stands: its latest case and the open cycle (to start one). */
export const AssessmentStartQuery = graphql(`
  query EntityAssessmentStart {
    me {
      id
      entity {
        id
        name
        journey {
          id
          assessment {
            id
            state
            stateLabel
            final
            cycleId
          }
        }
      }
    }
    cycles(first: 5) {
      edges {
        node {
          id
          year
          open
          opensAt
          closesAt
        }
      }
    }
  }
`);

export const AssessmentQuery = graphql(`
  query EntityAssessment($id: ID!) {
    assessment(id: $id) {
      id
      state
      stateLabel
      version
      editable
      index
      levelName
      cycle {
        id
        year
        closesAt
        model {
          id
          version
          title
          questionCount
          scale {
            id
            value
            label
            description
          }
          dimensions {
            id
            code
            name
            description
            subdimensions {
              id
              code
              name
              questions {
                id
                code
                text
                help
                type
                unit
                target
                required
                evidenceRequired
              }
            }
          }
        }
      }
      ...EntityAssessmentAnswers
      ...EntityAssessmentProgress
      comments {
        id
        questionId
        text
        round
      }
    }
    case(id: $id) {
      id
      version
      stateLabel
      owner
      lastNote
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
        remaining
        overdue
        status
        closedAt
        owner
      }
    }
  }

  fragment EntityAssessmentAnswers on MaturityAssessment {
    answers {
      id
      questionId
      value
      yes
      answeredAt
      evidence {
        id
        title
        url
        fileRef
        date
        document {
          id
          name
          status
          downloadUrl
        }
      }
    }
  }

  fragment EntityAssessmentProgress on MaturityAssessment {
    completeness {
      id
      answered
      questions
      required
      requiredAnswered
      percent
      complete
      dimensions {
        id
        dimension
        dimensionName
        answered
        questions
        required
        requiredAnswered
        missingEvidence
        complete
      }
      missing {
        id
        questionId
        dimension
        reason
      }
    }
  }
`);

export const StartAssessmentMutation = graphql(`
  mutation EntityStartAssessment($input: StartAssessmentInput!) {
    startAssessment(input: $input) {
      case {
        id
        state
        stateLabel
        version
      }
    }
  }
`);

export const SaveAnswersMutation = graphql(`
  mutation EntitySaveAnswers($input: SaveAssessmentAnswersInput!) {
    saveAssessmentAnswers(input: $input) {
      id
      version
      editable
      ...EntityAssessmentAnswers
      ...EntityAssessmentProgress
    }
  }
`);

export const SubmitAssessmentMutation = graphql(`
  mutation EntitySubmitAssessment($input: CaseActionInput!) {
    submitAssessment(input: $input) {
      case {
        id
        state
        stateLabel
        version
      }
    }
  }
`);

export const ResubmitAssessmentMutation = graphql(`
  mutation EntityResubmitAssessment($input: CaseActionInput!) {
    resubmitAssessment(input: $input) {
      case {
        id
        state
        stateLabel
        version
      }
    }
  }
`);
