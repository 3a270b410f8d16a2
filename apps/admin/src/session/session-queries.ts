import { graphql } from '../graphql';

/** What the console needs to know about the person signed in. */
export const ViewerFields = graphql(`
  fragment ViewerFields on Viewer {
    username
    displayName
    homeOrganization {
      id
      name
      kind
    }
    roles {
      id
      role
      organization {
        id
        name
      }
    }
    scopeRoots {
      id
      name
      kind
      childCount
      dissolvedOn
    }
    permissions
    assignableRoles
  }
`);

export const ViewerQuery = graphql(
  `
    query AdminViewer {
      viewer {
        ...ViewerFields
      }
    }
  `,
  [ViewerFields],
);

export const LoginMutation = graphql(
  `
    mutation AdminLogin($username: String!, $password: String!) {
      login(username: $username, password: $password) {
        __typename
        ... on Viewer {
          ...ViewerFields
        }
        ... on LoginFailedError {
          reason
          retryAt
          message
        }
        ... on ValidationError {
          field
          message
          issues {
            field
            message
          }
        }
      }
    }
  `,
  [ViewerFields],
);

export const LogoutMutation = graphql(`
  mutation AdminLogout {
    logout
  }
`);

export const ChangeMyPasswordMutation = graphql(`
  mutation AdminChangeMyPassword($currentPassword: String!, $newPassword: String!) {
    changeMyPassword(currentPassword: $currentPassword, newPassword: $newPassword) {
      __typename
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
