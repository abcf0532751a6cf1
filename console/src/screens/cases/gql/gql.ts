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
    "\n  fragment CaseActionResult on Case {\n    id\n    state\n    stateLabel\n    version\n    final\n    updatedAt\n    availableEvents {\n      id\n      event\n      label\n      mutation\n    }\n  }\n": typeof types.CaseActionResultFragmentDoc,
    "\n      mutation CasesSubmitAssessment($input: CaseActionInput!) {\n        submitAssessment(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    ": typeof types.CasesSubmitAssessmentDocument,
    "\n      mutation CasesResubmitAssessment($input: CaseActionInput!) {\n        resubmitAssessment(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    ": typeof types.CasesResubmitAssessmentDocument,
    "\n      mutation CasesWithdrawAssessment($input: CaseActionInput!) {\n        withdrawAssessment(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    ": typeof types.CasesWithdrawAssessmentDocument,
    "\n      mutation CasesStartAssessmentReview($input: CaseActionInput!) {\n        startAssessmentReview(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    ": typeof types.CasesStartAssessmentReviewDocument,
    "\n      mutation CasesRequestAssessmentChanges($input: RequestAssessmentChangesInput!) {\n        requestAssessmentChanges(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    ": typeof types.CasesRequestAssessmentChangesDocument,
    "\n      mutation CasesValidateAssessment($input: CaseActionInput!) {\n        validateAssessment(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    ": typeof types.CasesValidateAssessmentDocument,
    "\n      mutation CasesRejectAssessment($input: CaseNoteInput!) {\n        rejectAssessment(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    ": typeof types.CasesRejectAssessmentDocument,
    "\n      mutation CasesAdmitAccompaniment($input: CaseActionInput!) {\n        admitAccompaniment(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    ": typeof types.CasesAdmitAccompanimentDocument,
    "\n      mutation CasesDeclineAccompaniment($input: CaseNoteInput!) {\n        declineAccompaniment(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    ": typeof types.CasesDeclineAccompanimentDocument,
    "\n      mutation CasesAssignAdvisor($input: AssignAdvisorInput!) {\n        assignAdvisor(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    ": typeof types.CasesAssignAdvisorDocument,
    "\n      mutation CasesStartDiagnosis($input: CaseActionInput!) {\n        startDiagnosis(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    ": typeof types.CasesStartDiagnosisDocument,
    "\n      mutation CasesStartFormulation($input: CaseActionInput!) {\n        startFormulation(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    ": typeof types.CasesStartFormulationDocument,
    "\n      mutation CasesDeliverRoadmap($input: CaseDecisionInput!) {\n        deliverRoadmap(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    ": typeof types.CasesDeliverRoadmapDocument,
    "\n      mutation CasesFinishAssessmentSupport($input: CaseNoteInput!) {\n        finishAssessmentSupport(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    ": typeof types.CasesFinishAssessmentSupportDocument,
    "\n      mutation CasesRequestRoadmapAdjustments($input: RequestRoadmapAdjustmentsInput!) {\n        requestRoadmapAdjustments(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    ": typeof types.CasesRequestRoadmapAdjustmentsDocument,
    "\n      mutation CasesAcceptRoadmap($input: CaseActionInput!) {\n        acceptRoadmap(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    ": typeof types.CasesAcceptRoadmapDocument,
    "\n      mutation CasesAnswerAccompanimentSurvey($input: AnswerAccompanimentSurveyInput!) {\n        answerAccompanimentSurvey(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    ": typeof types.CasesAnswerAccompanimentSurveyDocument,
    "\n      mutation CasesWithdrawAccompaniment($input: CaseActionInput!) {\n        withdrawAccompaniment(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    ": typeof types.CasesWithdrawAccompanimentDocument,
    "\n      mutation CasesSubmitApplication($input: CaseActionInput!) {\n        submitApplication(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    ": typeof types.CasesSubmitApplicationDocument,
    "\n      mutation CasesResubmitApplication($input: CaseActionInput!) {\n        resubmitApplication(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    ": typeof types.CasesResubmitApplicationDocument,
    "\n      mutation CasesWithdrawApplication($input: CaseActionInput!) {\n        withdrawApplication(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    ": typeof types.CasesWithdrawApplicationDocument,
    "\n      mutation CasesSignAgreement($input: SignAgreementInput!) {\n        signAgreement(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    ": typeof types.CasesSignAgreementDocument,
    "\n      mutation CasesStartEligibilityReview($input: CaseActionInput!) {\n        startEligibilityReview(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    ": typeof types.CasesStartEligibilityReviewDocument,
    "\n      mutation CasesRequestCorrections($input: CaseNoteInput!) {\n        requestCorrections(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    ": typeof types.CasesRequestCorrectionsDocument,
    "\n      mutation CasesDeclareEligible($input: CaseActionInput!) {\n        declareEligible(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    ": typeof types.CasesDeclareEligibleDocument,
    "\n      mutation CasesDeclareIneligible($input: CaseNoteInput!) {\n        declareIneligible(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    ": typeof types.CasesDeclareIneligibleDocument,
    "\n      mutation CasesAssignEvaluators($input: AssignEvaluatorsInput!) {\n        assignEvaluators(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    ": typeof types.CasesAssignEvaluatorsDocument,
    "\n      mutation CasesRemoveEvaluator($input: RemoveEvaluatorInput!) {\n        removeEvaluator(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    ": typeof types.CasesRemoveEvaluatorDocument,
    "\n      mutation CasesDeclareConflictOfInterest($input: DeclareConflictInput!) {\n        declareConflictOfInterest(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    ": typeof types.CasesDeclareConflictOfInterestDocument,
    "\n      mutation CasesSendToCommittee($input: CaseActionInput!) {\n        sendToCommittee(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    ": typeof types.CasesSendToCommitteeDocument,
    "\n      mutation CasesApproveApplication($input: CaseActionInput!) {\n        approveApplication(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    ": typeof types.CasesApproveApplicationDocument,
    "\n      mutation CasesWaitlistApplication($input: CaseNoteInput!) {\n        waitlistApplication(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    ": typeof types.CasesWaitlistApplicationDocument,
    "\n      mutation CasesRejectApplication($input: CaseNoteInput!) {\n        rejectApplication(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    ": typeof types.CasesRejectApplicationDocument,
    "\n      mutation CasesStartExecution($input: CaseActionInput!) {\n        startExecution(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    ": typeof types.CasesStartExecutionDocument,
    "\n      mutation CasesCloseApplication($input: CaseNoteInput!) {\n        closeApplication(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    ": typeof types.CasesCloseApplicationDocument,
    "\n      mutation CasesApprovePlanVersion($input: CaseDecisionInput!) {\n        approvePlanVersion(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    ": typeof types.CasesApprovePlanVersionDocument,
    "\n      mutation CasesReturnPlanVersion($input: CaseNoteInput!) {\n        returnPlanVersion(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    ": typeof types.CasesReturnPlanVersionDocument,
    "\n      mutation CasesResubmitPlanVersion($input: ResubmitPlanVersionInput!) {\n        resubmitPlanVersion(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    ": typeof types.CasesResubmitPlanVersionDocument,
    "\n      mutation CasesWithdrawPlanVersion($input: CaseActionInput!) {\n        withdrawPlanVersion(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    ": typeof types.CasesWithdrawPlanVersionDocument,
    "\n      mutation CasesAcceptProgressReport($input: CaseDecisionInput!) {\n        acceptProgressReport(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    ": typeof types.CasesAcceptProgressReportDocument,
    "\n      mutation CasesReturnProgressReport($input: ReturnProgressReportInput!) {\n        returnProgressReport(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    ": typeof types.CasesReturnProgressReportDocument,
    "\n      mutation CasesWithdrawProgressReport($input: CaseActionInput!) {\n        withdrawProgressReport(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    ": typeof types.CasesWithdrawProgressReportDocument,
    "\n  fragment BoardCase on Case {\n    id\n    process\n    processLabel\n    state\n    stateLabel\n    version\n    updatedAt\n    entityCode\n    entity {\n      id\n      code\n      name\n      departmentCode\n      departmentName\n    }\n    deadlines {\n      id\n      label\n      dueAt\n      status\n      overdue\n      remaining\n      closedAt\n    }\n  }\n": typeof types.BoardCaseFragmentDoc,
    "\n  query CasesBoard($filter: CaseFilter, $first: Int!, $after: String) {\n    cases(filter: $filter, first: $first, after: $after) {\n      totalCount\n      feedCursor\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...BoardCase\n        }\n      }\n    }\n  }\n": typeof types.CasesBoardDocument,
    "\n  query CasesBoardOptions {\n    processDefinitions {\n      id\n      process\n      label\n      states {\n        id\n        name\n        label\n      }\n    }\n    departments: territorialEntities(filter: { kind: DEPARTMENT }, first: 100) {\n      edges {\n        node {\n          id\n          departmentCode\n          departmentName\n        }\n      }\n    }\n    capitalDistrict: territorialEntities(filter: { departmentCode: \"11\" }, first: 1) {\n      edges {\n        node {\n          id\n          departmentCode\n          departmentName\n        }\n      }\n    }\n  }\n": typeof types.CasesBoardOptionsDocument,
    "\n  subscription CasesBoardChanges($filter: CaseChangeFilter, $after: String) {\n    caseChanged(filter: $filter, after: $after) {\n      cursor\n      caseId\n      version\n      case {\n        ...BoardCase\n      }\n    }\n  }\n": typeof types.CasesBoardChangesDocument,
    "\n  subscription CasesBoardNotifications {\n    notificationAdded {\n      id\n      kind\n      caseId\n      createdAt\n    }\n  }\n": typeof types.CasesBoardNotificationsDocument,
    "\n  query CasesCasePage($id: ID!) {\n    case(id: $id) {\n      id\n      process\n      processLabel\n      state\n      stateLabel\n      version\n      machineVersion\n      final\n      owner\n      createdAt\n      updatedAt\n      lastNote\n      entity {\n        id\n        code\n        name\n        departmentName\n      }\n      availableEvents {\n        id\n        event\n        label\n        mutation\n      }\n      deadlines {\n        id\n        label\n        dueAt\n        originalDueAt\n        status\n        overdue\n        remaining\n        closedAt\n        extendedDays\n        extendable\n        extensionReason\n        calendar\n        days\n      }\n      history {\n        id\n        seq\n        event\n        eventLabel\n        fromState\n        fromStateLabel\n        toState\n        toStateLabel\n        actorSubject\n        actorRole\n        at\n        payload\n      }\n    }\n  }\n": typeof types.CasesCasePageDocument,
    "\n  query CasesCaseDiagram {\n    processDefinitions(allVersions: true) {\n      id\n      process\n      version\n      label\n      mermaid\n    }\n  }\n": typeof types.CasesCaseDiagramDocument,
    "\n  subscription CasesCaseChanges($id: ID!) {\n    caseChanged(filter: { caseId: $id }) {\n      cursor\n      version\n      case {\n        id\n        state\n        stateLabel\n        version\n      }\n    }\n  }\n": typeof types.CasesCaseChangesDocument,
    "\n  mutation CasesExtendTerm($input: ExtendTermInput!) {\n    extendTerm(input: $input) {\n      replayed\n      case {\n        ...CaseActionResult\n      }\n    }\n  }\n": typeof types.CasesExtendTermDocument,
};
const documents: Documents = {
    "\n  fragment CaseActionResult on Case {\n    id\n    state\n    stateLabel\n    version\n    final\n    updatedAt\n    availableEvents {\n      id\n      event\n      label\n      mutation\n    }\n  }\n": types.CaseActionResultFragmentDoc,
    "\n      mutation CasesSubmitAssessment($input: CaseActionInput!) {\n        submitAssessment(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    ": types.CasesSubmitAssessmentDocument,
    "\n      mutation CasesResubmitAssessment($input: CaseActionInput!) {\n        resubmitAssessment(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    ": types.CasesResubmitAssessmentDocument,
    "\n      mutation CasesWithdrawAssessment($input: CaseActionInput!) {\n        withdrawAssessment(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    ": types.CasesWithdrawAssessmentDocument,
    "\n      mutation CasesStartAssessmentReview($input: CaseActionInput!) {\n        startAssessmentReview(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    ": types.CasesStartAssessmentReviewDocument,
    "\n      mutation CasesRequestAssessmentChanges($input: RequestAssessmentChangesInput!) {\n        requestAssessmentChanges(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    ": types.CasesRequestAssessmentChangesDocument,
    "\n      mutation CasesValidateAssessment($input: CaseActionInput!) {\n        validateAssessment(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    ": types.CasesValidateAssessmentDocument,
    "\n      mutation CasesRejectAssessment($input: CaseNoteInput!) {\n        rejectAssessment(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    ": types.CasesRejectAssessmentDocument,
    "\n      mutation CasesAdmitAccompaniment($input: CaseActionInput!) {\n        admitAccompaniment(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    ": types.CasesAdmitAccompanimentDocument,
    "\n      mutation CasesDeclineAccompaniment($input: CaseNoteInput!) {\n        declineAccompaniment(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    ": types.CasesDeclineAccompanimentDocument,
    "\n      mutation CasesAssignAdvisor($input: AssignAdvisorInput!) {\n        assignAdvisor(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    ": types.CasesAssignAdvisorDocument,
    "\n      mutation CasesStartDiagnosis($input: CaseActionInput!) {\n        startDiagnosis(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    ": types.CasesStartDiagnosisDocument,
    "\n      mutation CasesStartFormulation($input: CaseActionInput!) {\n        startFormulation(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    ": types.CasesStartFormulationDocument,
    "\n      mutation CasesDeliverRoadmap($input: CaseDecisionInput!) {\n        deliverRoadmap(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    ": types.CasesDeliverRoadmapDocument,
    "\n      mutation CasesFinishAssessmentSupport($input: CaseNoteInput!) {\n        finishAssessmentSupport(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    ": types.CasesFinishAssessmentSupportDocument,
    "\n      mutation CasesRequestRoadmapAdjustments($input: RequestRoadmapAdjustmentsInput!) {\n        requestRoadmapAdjustments(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    ": types.CasesRequestRoadmapAdjustmentsDocument,
    "\n      mutation CasesAcceptRoadmap($input: CaseActionInput!) {\n        acceptRoadmap(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    ": types.CasesAcceptRoadmapDocument,
    "\n      mutation CasesAnswerAccompanimentSurvey($input: AnswerAccompanimentSurveyInput!) {\n        answerAccompanimentSurvey(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    ": types.CasesAnswerAccompanimentSurveyDocument,
    "\n      mutation CasesWithdrawAccompaniment($input: CaseActionInput!) {\n        withdrawAccompaniment(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    ": types.CasesWithdrawAccompanimentDocument,
    "\n      mutation CasesSubmitApplication($input: CaseActionInput!) {\n        submitApplication(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    ": types.CasesSubmitApplicationDocument,
    "\n      mutation CasesResubmitApplication($input: CaseActionInput!) {\n        resubmitApplication(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    ": types.CasesResubmitApplicationDocument,
    "\n      mutation CasesWithdrawApplication($input: CaseActionInput!) {\n        withdrawApplication(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    ": types.CasesWithdrawApplicationDocument,
    "\n      mutation CasesSignAgreement($input: SignAgreementInput!) {\n        signAgreement(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    ": types.CasesSignAgreementDocument,
    "\n      mutation CasesStartEligibilityReview($input: CaseActionInput!) {\n        startEligibilityReview(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    ": types.CasesStartEligibilityReviewDocument,
    "\n      mutation CasesRequestCorrections($input: CaseNoteInput!) {\n        requestCorrections(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    ": types.CasesRequestCorrectionsDocument,
    "\n      mutation CasesDeclareEligible($input: CaseActionInput!) {\n        declareEligible(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    ": types.CasesDeclareEligibleDocument,
    "\n      mutation CasesDeclareIneligible($input: CaseNoteInput!) {\n        declareIneligible(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    ": types.CasesDeclareIneligibleDocument,
    "\n      mutation CasesAssignEvaluators($input: AssignEvaluatorsInput!) {\n        assignEvaluators(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    ": types.CasesAssignEvaluatorsDocument,
    "\n      mutation CasesRemoveEvaluator($input: RemoveEvaluatorInput!) {\n        removeEvaluator(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    ": types.CasesRemoveEvaluatorDocument,
    "\n      mutation CasesDeclareConflictOfInterest($input: DeclareConflictInput!) {\n        declareConflictOfInterest(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    ": types.CasesDeclareConflictOfInterestDocument,
    "\n      mutation CasesSendToCommittee($input: CaseActionInput!) {\n        sendToCommittee(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    ": types.CasesSendToCommitteeDocument,
    "\n      mutation CasesApproveApplication($input: CaseActionInput!) {\n        approveApplication(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    ": types.CasesApproveApplicationDocument,
    "\n      mutation CasesWaitlistApplication($input: CaseNoteInput!) {\n        waitlistApplication(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    ": types.CasesWaitlistApplicationDocument,
    "\n      mutation CasesRejectApplication($input: CaseNoteInput!) {\n        rejectApplication(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    ": types.CasesRejectApplicationDocument,
    "\n      mutation CasesStartExecution($input: CaseActionInput!) {\n        startExecution(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    ": types.CasesStartExecutionDocument,
    "\n      mutation CasesCloseApplication($input: CaseNoteInput!) {\n        closeApplication(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    ": types.CasesCloseApplicationDocument,
    "\n      mutation CasesApprovePlanVersion($input: CaseDecisionInput!) {\n        approvePlanVersion(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    ": types.CasesApprovePlanVersionDocument,
    "\n      mutation CasesReturnPlanVersion($input: CaseNoteInput!) {\n        returnPlanVersion(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    ": types.CasesReturnPlanVersionDocument,
    "\n      mutation CasesResubmitPlanVersion($input: ResubmitPlanVersionInput!) {\n        resubmitPlanVersion(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    ": types.CasesResubmitPlanVersionDocument,
    "\n      mutation CasesWithdrawPlanVersion($input: CaseActionInput!) {\n        withdrawPlanVersion(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    ": types.CasesWithdrawPlanVersionDocument,
    "\n      mutation CasesAcceptProgressReport($input: CaseDecisionInput!) {\n        acceptProgressReport(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    ": types.CasesAcceptProgressReportDocument,
    "\n      mutation CasesReturnProgressReport($input: ReturnProgressReportInput!) {\n        returnProgressReport(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    ": types.CasesReturnProgressReportDocument,
    "\n      mutation CasesWithdrawProgressReport($input: CaseActionInput!) {\n        withdrawProgressReport(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    ": types.CasesWithdrawProgressReportDocument,
    "\n  fragment BoardCase on Case {\n    id\n    process\n    processLabel\n    state\n    stateLabel\n    version\n    updatedAt\n    entityCode\n    entity {\n      id\n      code\n      name\n      departmentCode\n      departmentName\n    }\n    deadlines {\n      id\n      label\n      dueAt\n      status\n      overdue\n      remaining\n      closedAt\n    }\n  }\n": types.BoardCaseFragmentDoc,
    "\n  query CasesBoard($filter: CaseFilter, $first: Int!, $after: String) {\n    cases(filter: $filter, first: $first, after: $after) {\n      totalCount\n      feedCursor\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...BoardCase\n        }\n      }\n    }\n  }\n": types.CasesBoardDocument,
    "\n  query CasesBoardOptions {\n    processDefinitions {\n      id\n      process\n      label\n      states {\n        id\n        name\n        label\n      }\n    }\n    departments: territorialEntities(filter: { kind: DEPARTMENT }, first: 100) {\n      edges {\n        node {\n          id\n          departmentCode\n          departmentName\n        }\n      }\n    }\n    capitalDistrict: territorialEntities(filter: { departmentCode: \"11\" }, first: 1) {\n      edges {\n        node {\n          id\n          departmentCode\n          departmentName\n        }\n      }\n    }\n  }\n": types.CasesBoardOptionsDocument,
    "\n  subscription CasesBoardChanges($filter: CaseChangeFilter, $after: String) {\n    caseChanged(filter: $filter, after: $after) {\n      cursor\n      caseId\n      version\n      case {\n        ...BoardCase\n      }\n    }\n  }\n": types.CasesBoardChangesDocument,
    "\n  subscription CasesBoardNotifications {\n    notificationAdded {\n      id\n      kind\n      caseId\n      createdAt\n    }\n  }\n": types.CasesBoardNotificationsDocument,
    "\n  query CasesCasePage($id: ID!) {\n    case(id: $id) {\n      id\n      process\n      processLabel\n      state\n      stateLabel\n      version\n      machineVersion\n      final\n      owner\n      createdAt\n      updatedAt\n      lastNote\n      entity {\n        id\n        code\n        name\n        departmentName\n      }\n      availableEvents {\n        id\n        event\n        label\n        mutation\n      }\n      deadlines {\n        id\n        label\n        dueAt\n        originalDueAt\n        status\n        overdue\n        remaining\n        closedAt\n        extendedDays\n        extendable\n        extensionReason\n        calendar\n        days\n      }\n      history {\n        id\n        seq\n        event\n        eventLabel\n        fromState\n        fromStateLabel\n        toState\n        toStateLabel\n        actorSubject\n        actorRole\n        at\n        payload\n      }\n    }\n  }\n": types.CasesCasePageDocument,
    "\n  query CasesCaseDiagram {\n    processDefinitions(allVersions: true) {\n      id\n      process\n      version\n      label\n      mermaid\n    }\n  }\n": types.CasesCaseDiagramDocument,
    "\n  subscription CasesCaseChanges($id: ID!) {\n    caseChanged(filter: { caseId: $id }) {\n      cursor\n      version\n      case {\n        id\n        state\n        stateLabel\n        version\n      }\n    }\n  }\n": types.CasesCaseChangesDocument,
    "\n  mutation CasesExtendTerm($input: ExtendTermInput!) {\n    extendTerm(input: $input) {\n      replayed\n      case {\n        ...CaseActionResult\n      }\n    }\n  }\n": types.CasesExtendTermDocument,
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
export function graphql(source: "\n  fragment CaseActionResult on Case {\n    id\n    state\n    stateLabel\n    version\n    final\n    updatedAt\n    availableEvents {\n      id\n      event\n      label\n      mutation\n    }\n  }\n"): (typeof documents)["\n  fragment CaseActionResult on Case {\n    id\n    state\n    stateLabel\n    version\n    final\n    updatedAt\n    availableEvents {\n      id\n      event\n      label\n      mutation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation CasesSubmitAssessment($input: CaseActionInput!) {\n        submitAssessment(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation CasesSubmitAssessment($input: CaseActionInput!) {\n        submitAssessment(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation CasesResubmitAssessment($input: CaseActionInput!) {\n        resubmitAssessment(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation CasesResubmitAssessment($input: CaseActionInput!) {\n        resubmitAssessment(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation CasesWithdrawAssessment($input: CaseActionInput!) {\n        withdrawAssessment(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation CasesWithdrawAssessment($input: CaseActionInput!) {\n        withdrawAssessment(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation CasesStartAssessmentReview($input: CaseActionInput!) {\n        startAssessmentReview(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation CasesStartAssessmentReview($input: CaseActionInput!) {\n        startAssessmentReview(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation CasesRequestAssessmentChanges($input: RequestAssessmentChangesInput!) {\n        requestAssessmentChanges(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation CasesRequestAssessmentChanges($input: RequestAssessmentChangesInput!) {\n        requestAssessmentChanges(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation CasesValidateAssessment($input: CaseActionInput!) {\n        validateAssessment(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation CasesValidateAssessment($input: CaseActionInput!) {\n        validateAssessment(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation CasesRejectAssessment($input: CaseNoteInput!) {\n        rejectAssessment(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation CasesRejectAssessment($input: CaseNoteInput!) {\n        rejectAssessment(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation CasesAdmitAccompaniment($input: CaseActionInput!) {\n        admitAccompaniment(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation CasesAdmitAccompaniment($input: CaseActionInput!) {\n        admitAccompaniment(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation CasesDeclineAccompaniment($input: CaseNoteInput!) {\n        declineAccompaniment(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation CasesDeclineAccompaniment($input: CaseNoteInput!) {\n        declineAccompaniment(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation CasesAssignAdvisor($input: AssignAdvisorInput!) {\n        assignAdvisor(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation CasesAssignAdvisor($input: AssignAdvisorInput!) {\n        assignAdvisor(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation CasesStartDiagnosis($input: CaseActionInput!) {\n        startDiagnosis(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation CasesStartDiagnosis($input: CaseActionInput!) {\n        startDiagnosis(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation CasesStartFormulation($input: CaseActionInput!) {\n        startFormulation(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation CasesStartFormulation($input: CaseActionInput!) {\n        startFormulation(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation CasesDeliverRoadmap($input: CaseDecisionInput!) {\n        deliverRoadmap(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation CasesDeliverRoadmap($input: CaseDecisionInput!) {\n        deliverRoadmap(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation CasesFinishAssessmentSupport($input: CaseNoteInput!) {\n        finishAssessmentSupport(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation CasesFinishAssessmentSupport($input: CaseNoteInput!) {\n        finishAssessmentSupport(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation CasesRequestRoadmapAdjustments($input: RequestRoadmapAdjustmentsInput!) {\n        requestRoadmapAdjustments(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation CasesRequestRoadmapAdjustments($input: RequestRoadmapAdjustmentsInput!) {\n        requestRoadmapAdjustments(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation CasesAcceptRoadmap($input: CaseActionInput!) {\n        acceptRoadmap(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation CasesAcceptRoadmap($input: CaseActionInput!) {\n        acceptRoadmap(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation CasesAnswerAccompanimentSurvey($input: AnswerAccompanimentSurveyInput!) {\n        answerAccompanimentSurvey(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation CasesAnswerAccompanimentSurvey($input: AnswerAccompanimentSurveyInput!) {\n        answerAccompanimentSurvey(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation CasesWithdrawAccompaniment($input: CaseActionInput!) {\n        withdrawAccompaniment(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation CasesWithdrawAccompaniment($input: CaseActionInput!) {\n        withdrawAccompaniment(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation CasesSubmitApplication($input: CaseActionInput!) {\n        submitApplication(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation CasesSubmitApplication($input: CaseActionInput!) {\n        submitApplication(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation CasesResubmitApplication($input: CaseActionInput!) {\n        resubmitApplication(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation CasesResubmitApplication($input: CaseActionInput!) {\n        resubmitApplication(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation CasesWithdrawApplication($input: CaseActionInput!) {\n        withdrawApplication(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation CasesWithdrawApplication($input: CaseActionInput!) {\n        withdrawApplication(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation CasesSignAgreement($input: SignAgreementInput!) {\n        signAgreement(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation CasesSignAgreement($input: SignAgreementInput!) {\n        signAgreement(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation CasesStartEligibilityReview($input: CaseActionInput!) {\n        startEligibilityReview(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation CasesStartEligibilityReview($input: CaseActionInput!) {\n        startEligibilityReview(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation CasesRequestCorrections($input: CaseNoteInput!) {\n        requestCorrections(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation CasesRequestCorrections($input: CaseNoteInput!) {\n        requestCorrections(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation CasesDeclareEligible($input: CaseActionInput!) {\n        declareEligible(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation CasesDeclareEligible($input: CaseActionInput!) {\n        declareEligible(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation CasesDeclareIneligible($input: CaseNoteInput!) {\n        declareIneligible(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation CasesDeclareIneligible($input: CaseNoteInput!) {\n        declareIneligible(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation CasesAssignEvaluators($input: AssignEvaluatorsInput!) {\n        assignEvaluators(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation CasesAssignEvaluators($input: AssignEvaluatorsInput!) {\n        assignEvaluators(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation CasesRemoveEvaluator($input: RemoveEvaluatorInput!) {\n        removeEvaluator(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation CasesRemoveEvaluator($input: RemoveEvaluatorInput!) {\n        removeEvaluator(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation CasesDeclareConflictOfInterest($input: DeclareConflictInput!) {\n        declareConflictOfInterest(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation CasesDeclareConflictOfInterest($input: DeclareConflictInput!) {\n        declareConflictOfInterest(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation CasesSendToCommittee($input: CaseActionInput!) {\n        sendToCommittee(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation CasesSendToCommittee($input: CaseActionInput!) {\n        sendToCommittee(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation CasesApproveApplication($input: CaseActionInput!) {\n        approveApplication(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation CasesApproveApplication($input: CaseActionInput!) {\n        approveApplication(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation CasesWaitlistApplication($input: CaseNoteInput!) {\n        waitlistApplication(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation CasesWaitlistApplication($input: CaseNoteInput!) {\n        waitlistApplication(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation CasesRejectApplication($input: CaseNoteInput!) {\n        rejectApplication(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation CasesRejectApplication($input: CaseNoteInput!) {\n        rejectApplication(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation CasesStartExecution($input: CaseActionInput!) {\n        startExecution(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation CasesStartExecution($input: CaseActionInput!) {\n        startExecution(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation CasesCloseApplication($input: CaseNoteInput!) {\n        closeApplication(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation CasesCloseApplication($input: CaseNoteInput!) {\n        closeApplication(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation CasesApprovePlanVersion($input: CaseDecisionInput!) {\n        approvePlanVersion(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation CasesApprovePlanVersion($input: CaseDecisionInput!) {\n        approvePlanVersion(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation CasesReturnPlanVersion($input: CaseNoteInput!) {\n        returnPlanVersion(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation CasesReturnPlanVersion($input: CaseNoteInput!) {\n        returnPlanVersion(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation CasesResubmitPlanVersion($input: ResubmitPlanVersionInput!) {\n        resubmitPlanVersion(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation CasesResubmitPlanVersion($input: ResubmitPlanVersionInput!) {\n        resubmitPlanVersion(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation CasesWithdrawPlanVersion($input: CaseActionInput!) {\n        withdrawPlanVersion(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation CasesWithdrawPlanVersion($input: CaseActionInput!) {\n        withdrawPlanVersion(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation CasesAcceptProgressReport($input: CaseDecisionInput!) {\n        acceptProgressReport(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation CasesAcceptProgressReport($input: CaseDecisionInput!) {\n        acceptProgressReport(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation CasesReturnProgressReport($input: ReturnProgressReportInput!) {\n        returnProgressReport(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation CasesReturnProgressReport($input: ReturnProgressReportInput!) {\n        returnProgressReport(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation CasesWithdrawProgressReport($input: CaseActionInput!) {\n        withdrawProgressReport(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation CasesWithdrawProgressReport($input: CaseActionInput!) {\n        withdrawProgressReport(input: $input) {\n          replayed\n          case {\n            ...CaseActionResult\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BoardCase on Case {\n    id\n    process\n    processLabel\n    state\n    stateLabel\n    version\n    updatedAt\n    entityCode\n    entity {\n      id\n      code\n      name\n      departmentCode\n      departmentName\n    }\n    deadlines {\n      id\n      label\n      dueAt\n      status\n      overdue\n      remaining\n      closedAt\n    }\n  }\n"): (typeof documents)["\n  fragment BoardCase on Case {\n    id\n    process\n    processLabel\n    state\n    stateLabel\n    version\n    updatedAt\n    entityCode\n    entity {\n      id\n      code\n      name\n      departmentCode\n      departmentName\n    }\n    deadlines {\n      id\n      label\n      dueAt\n      status\n      overdue\n      remaining\n      closedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CasesBoard($filter: CaseFilter, $first: Int!, $after: String) {\n    cases(filter: $filter, first: $first, after: $after) {\n      totalCount\n      feedCursor\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...BoardCase\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CasesBoard($filter: CaseFilter, $first: Int!, $after: String) {\n    cases(filter: $filter, first: $first, after: $after) {\n      totalCount\n      feedCursor\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...BoardCase\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CasesBoardOptions {\n    processDefinitions {\n      id\n      process\n      label\n      states {\n        id\n        name\n        label\n      }\n    }\n    departments: territorialEntities(filter: { kind: DEPARTMENT }, first: 100) {\n      edges {\n        node {\n          id\n          departmentCode\n          departmentName\n        }\n      }\n    }\n    capitalDistrict: territorialEntities(filter: { departmentCode: \"11\" }, first: 1) {\n      edges {\n        node {\n          id\n          departmentCode\n          departmentName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CasesBoardOptions {\n    processDefinitions {\n      id\n      process\n      label\n      states {\n        id\n        name\n        label\n      }\n    }\n    departments: territorialEntities(filter: { kind: DEPARTMENT }, first: 100) {\n      edges {\n        node {\n          id\n          departmentCode\n          departmentName\n        }\n      }\n    }\n    capitalDistrict: territorialEntities(filter: { departmentCode: \"11\" }, first: 1) {\n      edges {\n        node {\n          id\n          departmentCode\n          departmentName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CasesBoardChanges($filter: CaseChangeFilter, $after: String) {\n    caseChanged(filter: $filter, after: $after) {\n      cursor\n      caseId\n      version\n      case {\n        ...BoardCase\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription CasesBoardChanges($filter: CaseChangeFilter, $after: String) {\n    caseChanged(filter: $filter, after: $after) {\n      cursor\n      caseId\n      version\n      case {\n        ...BoardCase\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CasesBoardNotifications {\n    notificationAdded {\n      id\n      kind\n      caseId\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  subscription CasesBoardNotifications {\n    notificationAdded {\n      id\n      kind\n      caseId\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CasesCasePage($id: ID!) {\n    case(id: $id) {\n      id\n      process\n      processLabel\n      state\n      stateLabel\n      version\n      machineVersion\n      final\n      owner\n      createdAt\n      updatedAt\n      lastNote\n      entity {\n        id\n        code\n        name\n        departmentName\n      }\n      availableEvents {\n        id\n        event\n        label\n        mutation\n      }\n      deadlines {\n        id\n        label\n        dueAt\n        originalDueAt\n        status\n        overdue\n        remaining\n        closedAt\n        extendedDays\n        extendable\n        extensionReason\n        calendar\n        days\n      }\n      history {\n        id\n        seq\n        event\n        eventLabel\n        fromState\n        fromStateLabel\n        toState\n        toStateLabel\n        actorSubject\n        actorRole\n        at\n        payload\n      }\n    }\n  }\n"): (typeof documents)["\n  query CasesCasePage($id: ID!) {\n    case(id: $id) {\n      id\n      process\n      processLabel\n      state\n      stateLabel\n      version\n      machineVersion\n      final\n      owner\n      createdAt\n      updatedAt\n      lastNote\n      entity {\n        id\n        code\n        name\n        departmentName\n      }\n      availableEvents {\n        id\n        event\n        label\n        mutation\n      }\n      deadlines {\n        id\n        label\n        dueAt\n        originalDueAt\n        status\n        overdue\n        remaining\n        closedAt\n        extendedDays\n        extendable\n        extensionReason\n        calendar\n        days\n      }\n      history {\n        id\n        seq\n        event\n        eventLabel\n        fromState\n        fromStateLabel\n        toState\n        toStateLabel\n        actorSubject\n        actorRole\n        at\n        payload\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CasesCaseDiagram {\n    processDefinitions(allVersions: true) {\n      id\n      process\n      version\n      label\n      mermaid\n    }\n  }\n"): (typeof documents)["\n  query CasesCaseDiagram {\n    processDefinitions(allVersions: true) {\n      id\n      process\n      version\n      label\n      mermaid\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CasesCaseChanges($id: ID!) {\n    caseChanged(filter: { caseId: $id }) {\n      cursor\n      version\n      case {\n        id\n        state\n        stateLabel\n        version\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription CasesCaseChanges($id: ID!) {\n    caseChanged(filter: { caseId: $id }) {\n      cursor\n      version\n      case {\n        id\n        state\n        stateLabel\n        version\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CasesExtendTerm($input: ExtendTermInput!) {\n    extendTerm(input: $input) {\n      replayed\n      case {\n        ...CaseActionResult\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CasesExtendTerm($input: ExtendTermInput!) {\n    extendTerm(input: $input) {\n      replayed\n      case {\n        ...CaseActionResult\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;