import { graphql } from '../../graphql';

/** 困难认定试算: nothing is stored; run as the household form is filled. */
export const AssessHardshipQuery = graphql(`
  query AdminAssessHardship($input: AssessHardshipInput!) {
    assessHardship(input: $input) {
      __typename
      ... on HardshipAssessment {
        category categoryLabel householdSize annualIncomeFen deductibleExpenditureFen
        nonDeductibleExpenditureFen annualNetIncomeFen perCapitaMonthlyIncomeFen
        perCapitaMonthlyNetIncomeFen perCapitaMonthlyIncomeAfterAccidentFen exclusions reasons
        ruleVersion date
        thresholds { minimumLivingStandardFen relativeLineFen relativeLinePercent accidentIncomeLineFen accidentIncomeLinePercent }
      }
      ... on ValidationError { field rule message issues { field rule message } }
      ... on Error { message }
    }
  }
`);

export const HardshipFilesQuery = graphql(`
  query AdminHardshipFiles($filter: HardshipFileFilter, $first: Int!, $after: String) {
    hardshipFiles(filter: $filter, first: $first, after: $after) {
      __typename
      ... on QueryHardshipFilesSuccess {
        data {
          totalCount
          pageInfo { hasNextPage endCursor }
          edges {
            node {
              id workerName organizationName state category causes isModelWorker householdSize
              lastReviewedOn nextReviewDue reviewDue exitedOn
            }
          }
        }
      }
      ... on Error { message }
    }
  }
`);

export const HardshipFiguresQuery = graphql(`
  query AdminHardshipFigures($organizationId: ID!, $year: Int) {
    hardshipFigures(organizationId: $organizationId, year: $year) {
      __typename
      ... on HardshipFigures {
        year activeHouseholds modelWorkerHouseholds registeredThisYear exitedThisYear
        reenteredThisYear reviewsDue
        byCategory { category households }
      }
      ... on Error { message }
    }
  }
`);

export const HardshipFileQuery = graphql(`
  query AdminHardshipFile($id: ID!) {
    hardshipFile(id: $id) {
      __typename
      ... on HardshipFile {
        id memberId workerName organizationId organizationName regionCode state category causes
        isModelWorker householdSize ruleVersion assessedOn registeredOn lastReviewedOn
        nextReviewDue reviewDue exitedOn exitReason exitNote consentGivenBy consentGivenOn
        household { relation nameMasked idNumberMasked }
        history { type date fromCategory toCategory ruleVersion exitReason note createdAt }
      }
      ... on Error { message }
    }
  }
`);

export const RevealHardshipFileMutation = graphql(`
  mutation AdminRevealHardshipFile($id: ID!, $reason: String!) {
    revealHardshipFile(id: $id, reason: $reason) {
      __typename
      ... on HardshipFileDetails {
        members { name relation idNumber health occupation schoolLevel modelWorkerTitle }
        incomes { kind annualAmountFen }
        expenditures { kind annualAmountFen }
        homesOwned ownsBusiness employsOthers childAtHighFeePrivateSchool
        childSelfFundedStudyAbroad ownsNonEssentialVehicle
        accidentDate accidentDescription accidentCostsFen accidentCompensationFen
        labourRelationMonths documents situation
        assessment {
          category categoryLabel householdSize annualIncomeFen deductibleExpenditureFen
          nonDeductibleExpenditureFen annualNetIncomeFen perCapitaMonthlyIncomeFen
          perCapitaMonthlyNetIncomeFen perCapitaMonthlyIncomeAfterAccidentFen exclusions reasons
          ruleVersion date
          thresholds { minimumLivingStandardFen relativeLineFen relativeLinePercent accidentIncomeLineFen accidentIncomeLinePercent }
        }
      }
      ... on ValidationError { field rule message issues { field rule message } }
      ... on Error { message }
    }
  }
`);

export const CreateHardshipFileMutation = graphql(`
  mutation AdminCreateHardshipFile($input: CreateHardshipFileInput!) {
    createHardshipFile(input: $input) {
      __typename
      ... on HardshipFile { id state category }
      ... on ValidationError { field rule message issues { field rule message } }
      ... on RuleViolationError { rule message reasons { field rule message } }
      ... on Error { message }
    }
  }
`);

export const ReviewHardshipFileMutation = graphql(`
  mutation AdminReviewHardshipFile($id: ID!, $household: HardshipHouseholdInput!) {
    reviewHardshipFile(id: $id, household: $household) {
      __typename
      ... on HardshipFile { id state category }
      ... on ValidationError { field rule message issues { field rule message } }
      ... on RuleViolationError { rule message reasons { field rule message } }
      ... on Error { message }
    }
  }
`);

export const ReenterHardshipFileMutation = graphql(`
  mutation AdminReenterHardshipFile($id: ID!, $household: HardshipHouseholdInput!, $consent: HardshipConsentInput!) {
    reenterHardshipFile(id: $id, household: $household, consent: $consent) {
      __typename
      ... on HardshipFile { id state category }
      ... on ValidationError { field rule message issues { field rule message } }
      ... on RuleViolationError { rule message reasons { field rule message } }
      ... on Error { message }
    }
  }
`);

export const ExitHardshipFileMutation = graphql(`
  mutation AdminExitHardshipFile($id: ID!, $input: ExitHardshipFileInput!) {
    exitHardshipFile(id: $id, input: $input) {
      __typename
      ... on HardshipFile { id state category }
      ... on ValidationError { field rule message issues { field rule message } }
      ... on RuleViolationError { rule message reasons { field rule message } }
      ... on Error { message }
    }
  }
`);

/** Members to open a file for, by name (identities masked by the gateway). */
export const HardshipMemberSearchQuery = graphql(`
  query AdminHardshipMembers($search: String!) {
    members(filter: { search: $search, status: [ACTIVE, RETIRED_KEPT] }, first: 10) {
      __typename
      ... on QueryMembersSuccess {
        data { edges { node { id name idNumberMasked isMigrant joinedOn organization { id name } } } }
      }
      ... on Error { message }
    }
  }
`);

export const AidRuleSetsQuery = graphql(`
  query AdminAidRuleSets($regionCode: String) {
    aidRuleSets(regionCode: $regionCode) {
      __typename
      ... on QueryAidRuleSetsSuccess {
        data {
          id regionCode regionName version effectiveFrom effectiveTo parameters source
          changeNote createdAt
        }
      }
      ... on Error { message }
    }
  }
`);

export const AidRulesInForceQuery = graphql(`
  query AdminAidRulesInForce($regionCode: String!, $date: Date) {
    aidRulesInForce(regionCode: $regionCode, date: $date) {
      __typename
      ... on AidRulesInForce {
        regionCode date version minimumLivingStandardFen relativeLinePercent
        accidentIncomeLinePercent accidentWindowMonths parameters
        sources { regionCode regionName version }
      }
      ... on Error { message }
    }
  }
`);

export const CreateAidRuleSetVersionMutation = graphql(`
  mutation AdminCreateAidRuleSetVersion($input: AidRuleSetInput!) {
    createAidRuleSetVersion(input: $input) {
      __typename
      ... on AidRuleSet { id regionCode version }
      ... on ValidationError { field rule message issues { field rule message } }
      ... on Error { message }
    }
  }
`);

/** The worker of a file: whether a migrant worker, and since when a member. */
export const HardshipWorkerQuery = graphql(`
  query AdminHardshipWorker($id: ID!) {
    node(id: $id) {
      __typename
      ... on Member { id name isMigrant joinedOn }
    }
  }
`);
