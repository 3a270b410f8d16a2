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
