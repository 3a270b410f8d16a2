import { graphql } from '../../graphql';

/** The caseworker queue: applications in the viewer's subtrees, by state and program. */
export const AidApplicationsQuery = graphql(`
  query AdminAidApplications($filter: AidApplicationFilter, $first: Int!, $after: String) {
    aidApplications(filter: $filter, first: $first, after: $after) {
      __typename
      ... on QueryAidApplicationsSuccess {
        data {
          totalCount
          pageInfo { hasNextPage endCursor }
          edges {
            node {
              id applicantName idNumberMasked unionName period state requestedFen approvedFen
              createdAt program { id name }
            }
          }
        }
      }
      ... on Error { message }
    }
    aidPrograms {
      __typename
      ... on QueryAidProgramsSuccess { data { id name kind kindLabel } }
      ... on Error { message }
    }
  }
`);

/** One application as the review screen shows it. */
export const AidApplicationQuery = graphql(`
  query AdminAidApplication($id: ID!) {
    aidApplication(id: $id) {
      __typename
      ... on AidApplication {
        id applicantName idNumberMasked phoneMasked householdSize unionName period state
        requestedFen approvedFen paidFen explanation noticeStartsOn noticeEndsOn closingReason
        consentGivenBy consentGivenOn approvalsGiven approvalsNeeded availableMoves
        budgetRemainingFen overlappingAidTotalFen hardshipFileId
        entitlement { programLabel categoryLabel entitlementFen breakdown { label amountFen }
          reasons ruleVersion reductionFen reductionReason }
        overlappingAid { maskedName programName unionName period amountFen message }
        program { id name kindLabel publicNoticeRequired noticeDays secondApprovalAboveFen }
        budget { id year allocatedFen remainingFen }
        history { action fromState toState reason actorName createdAt }
        disbursements { id idempotencyKey amountFen createdAt reversed }
      }
      ... on Error { message }
    }
  }
`);

export const MoveAidApplicationMutation = graphql(`
  mutation AdminMoveAidApplication($id: ID!, $move: AidApplicationMove!, $reason: String) {
    moveAidApplication(id: $id, move: $move, reason: $reason) {
      __typename
      ... on AidApplication { id state }
      ... on RuleViolationError { message reasons { field rule message } }
      ... on ValidationError { message field rule }
      ... on Error { message }
    }
  }
`);

export const DisburseAidMutation = graphql(`
  mutation AdminDisburseAid($applicationId: ID!, $idempotencyKey: String!, $amountFen: Fen) {
    disburseAid(applicationId: $applicationId, idempotencyKey: $idempotencyKey, amountFen: $amountFen) {
      __typename
      ... on AidDisburseResult { replayed disbursement { id amountFen } }
      ... on RuleViolationError { message reasons { field rule message } }
      ... on ValidationError { message field rule }
      ... on Error { message }
    }
  }
`);

export const ReverseAidDisbursementMutation = graphql(`
  mutation AdminReverseAidDisbursement($id: ID!, $reason: String!) {
    reverseAidDisbursement(disbursementId: $id, reason: $reason) {
      __typename
      ... on AidDisbursement { id reversed }
      ... on RuleViolationError { message reasons { field rule message } }
      ... on ValidationError { message field rule }
      ... on Error { message }
    }
  }
`);

/** Budgets (with the ledger's view of each) and the ledger of one budget. */
export const AidBudgetsQuery = graphql(`
  query AdminAidBudgets($year: Int) {
    aidBudgets(year: $year) {
      __typename
      ... on QueryAidBudgetsSuccess {
        data {
          id year allocatedFen remainingFen paidFen ledgerBalanceFen
          program { id name kindLabel }
        }
      }
      ... on Error { message }
    }
  }
`);

export const AidLedgerQuery = graphql(`
  query AdminAidLedger($budgetId: ID, $filter: AidLedgerFilter, $first: Int!, $after: String) {
    aidLedger(budgetId: $budgetId, filter: $filter, first: $first, after: $after) {
      __typename
      ... on QueryAidLedgerSuccess {
        data {
          totalCount
          pageInfo { hasNextPage endCursor }
          edges {
            node {
              id kind kindLabel memo createdAt totalFen reversesId
              entries { accountKind accountLabel accountRef amountFen }
            }
          }
        }
      }
      ... on Error { message }
    }
  }
`);

export const SubmitAidApplicationMutation = graphql(`
  mutation AdminSubmitAidApplication($input: SubmitAidApplicationInput!) {
    submitAidApplication(input: $input) {
      __typename
      ... on AidApplication { id }
      ... on ValidationError { message field rule issues { field rule message } }
      ... on RuleViolationError { message reasons { field rule message } }
      ... on Error { message }
    }
  }
`);

/** The open hardship files a caseworker may base an application on (the category sets the amount). */
export const AidApplicantFilesQuery = graphql(`
  query AdminAidApplicantFiles($search: String) {
    hardshipFiles(filter: { state: ACTIVE, search: $search }, first: 50) {
      __typename
      ... on QueryHardshipFilesSuccess {
        data { edges { node { id workerName organizationId organizationName category } } }
      }
      ... on Error { message }
    }
  }
`);
