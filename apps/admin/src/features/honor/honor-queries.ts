import { graphql } from '../../graphql';

/** The title catalogue and the domain's real quota sets, for the campaign form and filters. */
export const HonorCatalogueQuery = graphql(`
  query AdminHonorCatalogue {
    honorTitles { code name level subject awardingBody }
    honorQuotaPresets { code name rules { category label comparator shareBasisPoints base } }
  }
`);

export const CampaignListQuery = graphql(`
  query AdminCampaignList($filter: HonorCampaignFilter, $first: Int!, $after: String) {
    campaigns(filter: $filter, first: $first, after: $after) {
      __typename
      ... on QueryCampaignsSuccess {
        data {
          pageInfo { hasNextPage endCursor }
          edges {
            node {
              id name year titleCode organizerName nominationDeadline noticeWorkingDays
              title { name level }
            }
          }
        }
      }
      ... on Error { message }
    }
  }
`);

export const CreateCampaignMutation = graphql(`
  mutation AdminCreateCampaign($input: CreateCampaignInput!) {
    createCampaign(input: $input) {
      __typename
      ... on HonorCampaign { id name }
      ... on ValidationError { field rule message issues { field rule message } }
      ... on Error { code message }
    }
  }
`);

export const CampaignQuery = graphql(`
  query AdminCampaign($id: ID!) {
    campaign(id: $id) {
      __typename
      ... on HonorCampaign {
        id name year titleCode organizationId organizerName nominationDeadline noticeWorkingDays
        title { name level subject }
        quotaRules { category label comparator shareBasisPoints base }
        quotaCheck {
          __typename
          ... on QuotaCheck {
            passed
            outcomes {
              passed count baseCount requiredShareBasisPoints actualShareBasisPoints
              changesNeeded explanation
              rule { category label comparator shareBasisPoints base }
            }
          }
          ... on Error { message }
        }
      }
      ... on Error { message }
    }
    nominations(filter: { campaignId: $id }, first: 100) {
      __typename
      ... on QueryNominationsSuccess {
        data {
          totalCount
          edges {
            node { id name sex employerName nominatingUnionName state categories noticeEndsOn }
          }
        }
      }
      ... on Error { message }
    }
  }
`);

/** Members to nominate, by name (identities masked by the gateway). */
export const NomineeMemberSearchQuery = graphql(`
  query AdminNomineeMembers($search: String!) {
    members(filter: { search: $search, status: [ACTIVE] }, first: 10) {
      __typename
      ... on QueryMembersSuccess {
        data {
          edges { node { id name sex employerName organization { id name } } }
        }
      }
      ... on Error { message }
    }
  }
`);

export const NominateMutation = graphql(`
  mutation AdminNominate($input: NominateInput!) {
    nominate(input: $input) {
      __typename
      ... on Nomination { id name state }
      ... on ValidationError { field rule message issues { field rule message } }
      ... on RuleViolationError { rule message reasons { field rule message } }
      ... on Error { code message }
    }
  }
`);

export const NominationQuery = graphql(`
  query AdminNomination($id: ID!) {
    nomination(id: $id) {
      __typename
      ... on Nomination {
        id name sex employerName regionCode industry photoUrl citation categories subject
        state availableMoves memberId nominatingUnionName organizationId
        noticeStartsOn noticeEndsOn closingReason certificateCode awardRevokedAt createdAt
        campaign { id name year title { name } }
        consent { givenBy givenOn recordedAt scopes withdrawnOn }
        objections { id state text receivedOn submittedAt finding resolvedOn }
        history { action fromState toState reason actorName createdAt }
      }
      ... on Error { message }
    }
  }
`);

export const MoveNominationMutation = graphql(`
  mutation AdminMoveNomination($id: ID!, $move: NominationMove!, $reason: String) {
    moveNomination(id: $id, move: $move, reason: $reason) {
      __typename
      ... on Nomination { id state certificateCode }
      ... on ValidationError { field rule message issues { field rule message } }
      ... on RuleViolationError { rule message reasons { field rule message } }
      ... on Error { code message }
    }
  }
`);

export const RecordConsentMutation = graphql(`
  mutation AdminRecordConsent($nominationId: ID!, $input: RecordConsentInput!) {
    recordConsent(nominationId: $nominationId, input: $input) {
      __typename
      ... on HonorConsent { givenBy givenOn scopes }
      ... on ValidationError { field rule message issues { field rule message } }
      ... on RuleViolationError { rule message reasons { field rule message } }
      ... on Error { code message }
    }
  }
`);

export const WithdrawConsentMutation = graphql(`
  mutation AdminWithdrawConsent($nominationId: ID!) {
    withdrawConsent(nominationId: $nominationId) {
      __typename
      ... on HonorConsent { withdrawnOn }
      ... on ValidationError { field rule message issues { field rule message } }
      ... on RuleViolationError { rule message reasons { field rule message } }
      ... on Error { code message }
    }
  }
`);

export const ResolveObjectionMutation = graphql(`
  mutation AdminResolveObjection($id: ID!, $outcome: ObjectionOutcome!, $finding: String!) {
    resolveObjection(id: $id, outcome: $outcome, finding: $finding) {
      __typename
      ... on Objection { id state finding }
      ... on ValidationError { field rule message issues { field rule message } }
      ... on RuleViolationError { rule message reasons { field rule message } }
      ... on Error { code message }
    }
  }
`);

export const UpdateNominationMutation = graphql(`
  mutation AdminUpdateNomination($id: ID!, $input: UpdateNominationInput!) {
    updateNomination(id: $id, input: $input) {
      __typename
      ... on Nomination { id name }
      ... on ValidationError { field rule message issues { field rule message } }
      ... on RuleViolationError { rule message reasons { field rule message } }
      ... on Error { code message }
    }
  }
`);

/** 获奖名单: the awards of the viewer's subtrees with the list's filters, and their total. */
export const AwardListQuery = graphql(`
  query AdminHonorAwards($filter: HonorAwardFilter, $first: Int!, $after: String) {
    honorAwards(filter: $filter, first: $first, after: $after) {
      __typename
      ... on QueryHonorAwardsSuccess {
        data {
          totalCount
          pageInfo { hasNextPage endCursor }
          edges {
            node {
              id name titleCode titleName level subject year employerName publishedAt
              revokedAt revokedReason certificateCode publicProfile
            }
          }
        }
      }
      ... on Error { message }
    }
  }
`);
