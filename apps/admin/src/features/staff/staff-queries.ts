import { graphql } from '../../graphql';

/** One page of the staff accounts the viewer manages, by username. */
export const StaffAccountsQuery = graphql(`
  query AdminStaffAccounts($search: String, $first: Int!, $after: String) {
    staffAccounts(search: $search, first: $first, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          username
          displayName
          organization {
            id
            name
          }
          roles {
            id
            role
            organization {
              id
              name
            }
          }
          lockedUntil
          disabled
          createdAt
        }
      }
    }
  }
`);

/*
 * The mutations answer with the account (or its typed error). Its `StaffAccount` typename is
 * what makes urql's document cache fetch the list again.
 */

export const CreateStaffAccountMutation = graphql(`
  mutation AdminCreateStaffAccount($input: CreateStaffAccountInput!) {
    createStaffAccount(input: $input) {
      __typename
      ... on StaffAccount {
        id
        username
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

export const AssignRoleMutation = graphql(`
  mutation AdminAssignRole($staffId: ID!, $role: StaffRole!, $organizationId: ID!) {
    assignRole(staffId: $staffId, role: $role, organizationId: $organizationId) {
      __typename
      ... on StaffAccount {
        id
        roles {
          id
          role
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

export const RevokeRoleMutation = graphql(`
  mutation AdminRevokeRole($roleAssignmentId: ID!) {
    revokeRole(roleAssignmentId: $roleAssignmentId) {
      __typename
      ... on StaffAccount {
        id
        roles {
          id
          role
        }
      }
      ... on Error {
        message
      }
    }
  }
`);

export const ResetStaffPasswordMutation = graphql(`
  mutation AdminResetStaffPassword($staffId: ID!, $newPassword: String!) {
    resetStaffPassword(staffId: $staffId, newPassword: $newPassword) {
      __typename
      ... on StaffAccount {
        id
        username
        lockedUntil
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
