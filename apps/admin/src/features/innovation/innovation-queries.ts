import { graphql } from '../../graphql';

export const AdminStudiosQuery = graphql(`
  query AdminInnovationStudios($filter: StudioFilter, $first: Int!, $after: String) {
    studios(filter: $filter, first: $first, after: $after) {
      __typename
      ... on QueryStudiosSuccess {
        data {
          totalCount
          pageInfo { hasNextPage endCursor }
          edges { node { id name level stars status hostEmployerName industryChain lead { name } } }
        }
      }
      ... on Error { message }
    }
  }
`);

export const AdminStudioQuery = graphql(`
  query AdminInnovationStudio($id: ID!) {
    studio(id: $id) {
      __typename
      ... on InnovationStudio {
        id name level stars status statusSince hostEmployerName industryChain regionCode foundedOn
        description missedEvaluationYears
        lead { name honoreeId skillLevelLabel honors { code name } }
        members { id name role joinedOn }
        statusChanges { fromStatus toStatus changedOn reason }
        ratings { year stars score change explanation evaluatedOn configVersion breakdown { criterion label explanation } }
        results { id title type conversionState }
      }
      ... on Error { message }
    }
  }
`);

export const PreviewStarRatingQuery = graphql(`
  query AdminPreviewStarRating($measures: StarMeasuresInput!, $regionCode: String) {
    previewStarRating(measures: $measures, regionCode: $regionCode) {
      __typename
      ... on StarRating { stars score explanation breakdown { criterion label points weight explanation } }
      ... on ValidationError { field rule message issues { field rule message } }
      ... on Error { message }
    }
  }
`);

export const RecordEvaluationMutation = graphql(`
  mutation AdminRecordStudioEvaluation($studioId: ID!, $input: StudioEvaluationInput!) {
    recordStudioEvaluation(studioId: $studioId, input: $input) {
      __typename
      ... on StudioRating { year stars }
      ... on ValidationError { field rule message issues { field rule message } }
      ... on Error { code message }
    }
  }
`);

export const AdminResultsQuery = graphql(`
  query AdminInnovationResults($filter: InnovationResultFilter, $first: Int!) {
    innovationResults(filter: $filter, first: $first) {
      __typename
      ... on QueryInnovationResultsSuccess {
        data {
          totalCount
          edges {
            node { id title type year firstCompleter economicBenefitFen conversionState returnsFen availableMoves }
          }
        }
      }
      ... on Error { message }
    }
  }
`);

export const MoveResultMutation = graphql(`
  mutation AdminMoveInnovationResult($resultId: ID!, $move: ConversionMove!, $note: String, $returnsFen: Fen) {
    moveInnovationResult(resultId: $resultId, move: $move, note: $note, returnsFen: $returnsFen) {
      __typename
      ... on InnovationResult { id conversionState returnsFen availableMoves }
      ... on ValidationError { field rule message }
      ... on Error { code message }
    }
  }
`);

export const EnterprisesQuery = graphql(`
  query AdminInnovationEnterprises($organizationId: ID!, $year: Int!) {
    enterpriseQuota(organizationId: $organizationId, year: $year) {
      __typename
      ... on EnterpriseQuota { quota selected remaining over explanation }
      ... on Error { message }
    }
    innovationEnterprises(organizationId: $organizationId, year: $year) {
      __typename
      ... on QueryInnovationEnterprisesSuccess { data { id enterpriseName selectedOn } }
      ... on Error { message }
    }
  }
`);

export const SelectEnterpriseMutation = graphql(`
  mutation AdminSelectInnovationEnterprise($input: SelectEnterpriseInput!) {
    selectInnovationEnterprise(input: $input) {
      __typename
      ... on InnovationEnterprise { id enterpriseName }
      ... on ValidationError { field rule message }
      ... on Error { code message }
    }
  }
`);

export const AlliancesQuery = graphql(`
  query AdminInnovationAlliances($organizationId: ID) {
    alliances(organizationId: $organizationId) {
      __typename
      ... on QueryAlliancesSuccess {
        data {
          id name kind foundedOn currentStudioCount
          memberships { id joinedOn leftOn studio { id name } }
        }
      }
      ... on Error { message }
    }
  }
`);

export const CreateAllianceMutation = graphql(`
  mutation AdminCreateAlliance($input: CreateAllianceInput!) {
    createAlliance(input: $input) {
      __typename
      ... on InnovationAlliance { id name }
      ... on ValidationError { field rule message }
      ... on Error { code message }
    }
  }
`);

export const JoinAllianceMutation = graphql(`
  mutation AdminJoinAlliance($allianceId: ID!, $studioId: ID!, $joinedOn: Date!) {
    joinAlliance(allianceId: $allianceId, studioId: $studioId, joinedOn: $joinedOn) {
      __typename
      ... on AllianceMembership { id joinedOn }
      ... on ValidationError { field rule message }
      ... on Error { code message }
    }
  }
`);

export const LeaveAllianceMutation = graphql(`
  mutation AdminLeaveAlliance($allianceId: ID!, $studioId: ID!, $leftOn: Date!) {
    leaveAlliance(allianceId: $allianceId, studioId: $studioId, leftOn: $leftOn) {
      __typename
      ... on AllianceMembership { id leftOn }
      ... on ValidationError { field rule message }
      ... on Error { code message }
    }
  }
`);

export const CreateStudioMutation = graphql(`
  mutation AdminCreateStudio($input: CreateStudioInput!) {
    createStudio(input: $input) {
      __typename
      ... on InnovationStudio { id name }
      ... on ValidationError { field rule message issues { field rule message } }
      ... on RuleViolationError { rule message reasons { field rule message } }
      ... on Error { code message }
    }
  }
`);

export const CreateResultMutation = graphql(`
  mutation AdminCreateInnovationResult($input: CreateInnovationResultInput!) {
    createInnovationResult(input: $input) {
      __typename
      ... on InnovationResult { id title }
      ... on ValidationError { field rule message issues { field rule message } }
      ... on Error { code message }
    }
  }
`);

export const UpdateStudioMutation = graphql(`
  mutation AdminUpdateStudio($studioId: ID!, $input: UpdateStudioInput!) {
    updateStudio(studioId: $studioId, input: $input) {
      __typename
      ... on InnovationStudio { id }
      ... on ValidationError { field rule message issues { field rule message } }
      ... on RuleViolationError { rule message reasons { field rule message } }
      ... on Error { code message }
    }
  }
`);

export const ChangeStudioStatusMutation = graphql(`
  mutation AdminChangeStudioStatus($studioId: ID!, $status: StudioStatus!, $changedOn: Date!, $reason: String!) {
    changeStudioStatus(studioId: $studioId, status: $status, changedOn: $changedOn, reason: $reason) {
      __typename
      ... on InnovationStudio { id status statusSince }
      ... on ValidationError { field rule message issues { field rule message } }
      ... on RuleViolationError { rule message reasons { field rule message } }
      ... on Error { code message }
    }
  }
`);

export const AddStudioMemberMutation = graphql(`
  mutation AdminAddStudioMember($studioId: ID!, $input: StudioMemberInput!) {
    addStudioMember(studioId: $studioId, input: $input) {
      __typename
      ... on StudioMember { id }
      ... on ValidationError { field rule message issues { field rule message } }
      ... on RuleViolationError { rule message reasons { field rule message } }
      ... on Error { code message }
    }
  }
`);

export const RemoveStudioMemberMutation = graphql(`
  mutation AdminRemoveStudioMember($memberId: ID!, $leftOn: Date!) {
    removeStudioMember(memberId: $memberId, leftOn: $leftOn) {
      __typename
      ... on StudioMember { id }
      ... on ValidationError { field rule message issues { field rule message } }
      ... on RuleViolationError { rule message reasons { field rule message } }
      ... on Error { code message }
    }
  }
`);

/** The honor-roll entries carrying a lead's name, to link the lead to their profile. */
export const LeadHonoreesQuery = graphql(`
  query AdminLeadHonorees($search: String!) {
    honorRoll(filter: { search: $search }, first: 20) {
      __typename
      ... on QueryHonorRollSuccess {
        data { edges { node { id name titleName year employerName subject } } }
      }
      ... on Error { message }
    }
  }
`);

export const InnovationConfigQuery = graphql(`
  query AdminInnovationConfig($regionCode: String!) {
    innovationConfigInForce(regionCode: $regionCode) {
      __typename
      ... on InnovationConfigInForce { version }
      ... on Error { message }
    }
    innovationConfigVersions(regionCode: $regionCode) {
      __typename
      ... on QueryInnovationConfigVersionsSuccess {
        data { id regionCode regionName version effectiveFrom effectiveTo parameters changeNote }
      }
      ... on Error { message }
    }
  }
`);

export const CreateInnovationConfigMutation = graphql(`
  mutation AdminCreateInnovationConfig($input: InnovationConfigVersionInput!) {
    createInnovationConfigVersion(input: $input) {
      __typename
      ... on InnovationConfigVersion { id version }
      ... on ValidationError { field rule message issues { field rule message } }
      ... on Error { code message }
    }
  }
`);
