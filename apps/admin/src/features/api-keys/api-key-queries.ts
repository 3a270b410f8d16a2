import { graphql } from '../../graphql';

export const ApiKeysQuery = graphql(`
  query AdminApiKeys($includeRevoked: Boolean, $first: Int!, $after: String) {
    apiKeys(includeRevoked: $includeRevoked, first: $first, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          keyPrefix
          rateLimitPerMinute
          organization {
            id
            name
          }
          createdAt
          revokedAt
          lastUsedAt
        }
      }
    }
  }
`);

/** The answer carries the secret: it is never stored, and never asked for again. */
export const IssueApiKeyMutation = graphql(`
  mutation AdminIssueApiKey($name: String!, $organizationId: ID!, $rateLimitPerMinute: Int!) {
    issueApiKey(name: $name, organizationId: $organizationId, rateLimitPerMinute: $rateLimitPerMinute) {
      __typename
      ... on IssuedApiKey {
        secret
        apiKey {
          id
          name
          keyPrefix
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

export const RevokeApiKeyMutation = graphql(`
  mutation AdminRevokeApiKey($id: ID!) {
    revokeApiKey(id: $id) {
      __typename
      ... on ApiKey {
        id
        revokedAt
      }
      ... on Error {
        message
      }
    }
  }
`);
