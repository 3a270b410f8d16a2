import { graphql } from '../../graphql';

/** One page of audit entries, newest first, within the viewer's audit scopes. */
export const AuditLogQuery = graphql(`
  query AdminAuditLog($filter: AuditLogFilter, $first: Int!, $after: String) {
    auditLog(filter: $filter, first: $first, after: $after) {
      __typename
      ... on QueryAuditLogSuccess {
        data {
          pageInfo {
            hasNextPage
            endCursor
          }
          edges {
            node {
              id
              occurredAt
              actorName
              action
              targetType
              targetId
              organizationId
              before
              after
              reason
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
