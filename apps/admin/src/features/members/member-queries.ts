import { graphql } from '../../graphql';

/** One page of the members of an organisation's subtree, identities masked by the gateway. */
export const MembersPageQuery = graphql(`
  query AdminMembersPage($organizationId: ID!, $first: Int!, $after: String) {
    members(filter: { organizationId: $organizationId }, first: $first, after: $after) {
      __typename
      ... on QueryMembersSuccess {
        data {
          totalCount
          pageInfo {
            hasNextPage
            endCursor
          }
          edges {
            node {
              id
              name
              sex
              idNumberMasked
              phoneMasked
              joinedOn
              status
              organization {
                id
                name
              }
            }
          }
        }
      }
      ... on Error {
        message
      }
    }
  }
`);

/** The full ID number and phone of one member, for a reason the gateway writes to the audit log. */
export const RevealMemberIdentityMutation = graphql(`
  mutation AdminRevealMemberIdentity($memberId: ID!, $reason: String!) {
    revealMemberIdentity(memberId: $memberId, reason: $reason) {
      __typename
      ... on MemberIdentity {
        idNumber
        phone
      }
      ... on ValidationError {
        field
        message
        issues {
          field
          message
        }
      }
      ... on Error {
        message
      }
    }
  }
`);

/** One page of 会员管理: the members matching the filters, identities masked by the gateway. */
export const MemberListQuery = graphql(`
  query AdminMemberList($filter: MemberFilter, $first: Int!, $after: String) {
    members(filter: $filter, first: $first, after: $after) {
      __typename
      ... on QueryMembersSuccess {
        data {
          totalCount
          pageInfo {
            hasNextPage
            endCursor
          }
          edges {
            node {
              id
              name
              sex
              idNumberMasked
              phoneMasked
              joinedOn
              status
              isMigrant
              employmentGroup
              employerName
              organization {
                id
                name
              }
            }
          }
        }
      }
      ... on ValidationError {
        field
        message
      }
      ... on Error {
        message
      }
    }
  }
`);

/** The name of an organisation, for a picker restored from a link. */
export const OrganizationNameQuery = graphql(`
  query AdminOrganizationName($id: ID!) {
    organization(id: $id) {
      __typename
      ... on Organization {
        id
        name
      }
    }
  }
`);

/** A member's facts (masked), current union and history, for the detail page. */
export const MemberDetailQuery = graphql(`
  query AdminMemberDetail($id: ID!) {
    node(id: $id) {
      __typename
      ... on Member {
        id
        name
        sex
        idNumberMasked
        phoneMasked
        joinedOn
        status
        isMigrant
        employmentGroup
        employerName
        organization {
          id
          name
          kind
          ancestors {
            id
            name
          }
        }
        history {
          type
          date
          fromStatus
          toStatus
          recordedAt
          organization {
            id
            name
          }
          counterpartOrganization {
            id
            name
          }
        }
      }
    }
  }
`);

/** 入会: the gateway checks the ID number, the union and the dates again. */
export const AddMemberMutation = graphql(`
  mutation AdminAddMember($input: AddMemberInput!) {
    addMember(input: $input) {
      __typename
      ... on Member {
        id
        name
        organization {
          id
          name
        }
      }
      ... on ValidationError {
        field
        message
        issues {
          field
          message
        }
      }
      ... on Error {
        message
      }
    }
  }
`);

export const UpdateMemberMutation = graphql(`
  mutation AdminUpdateMember($memberId: ID!, $input: UpdateMemberInput!) {
    updateMember(memberId: $memberId, input: $input) {
      __typename
      ... on Member {
        id
        name
        phoneMasked
        isMigrant
        employmentGroup
        employerName
      }
      ... on ValidationError {
        field
        message
        issues {
          field
          message
        }
      }
      ... on Error {
        message
      }
    }
  }
`);

export const ChangeMemberStatusMutation = graphql(`
  mutation AdminChangeMemberStatus($memberId: ID!, $status: MemberStatus!, $effectiveOn: Date!) {
    changeMemberStatus(memberId: $memberId, status: $status, effectiveOn: $effectiveOn) {
      __typename
      ... on Member {
        id
        status
        joinedOn
      }
      ... on ValidationError {
        field
        message
        issues {
          field
          message
        }
      }
      ... on Error {
        message
      }
    }
  }
`);

export const TransferMemberMutation = graphql(`
  mutation AdminTransferMember($memberId: ID!, $toOrganizationId: ID!, $transferDate: Date!) {
    transferMember(
      memberId: $memberId
      toOrganizationId: $toOrganizationId
      transferDate: $transferDate
    ) {
      __typename
      ... on Member {
        id
        organization {
          id
          name
        }
      }
      ... on ValidationError {
        field
        message
        issues {
          field
          message
        }
      }
      ... on Error {
        message
      }
    }
  }
`);
