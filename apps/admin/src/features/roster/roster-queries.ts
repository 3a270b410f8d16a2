import { graphql } from '../../graphql';

/** What the roster buttons need to know about the union: its name (file names) and kind. */
export const RosterOrganizationQuery = graphql(`
  query AdminRosterOrganization($id: ID!) {
    organization(id: $id) {
      __typename
      ... on Organization {
        id
        name
        kind
        dissolvedOn
      }
      ... on Error {
        message
      }
    }
  }
`);

/** The figures of an import: polled while it runs, listed afterwards. */
export const RosterImportFields = graphql(`
  fragment RosterImportFields on RosterImport {
    id
    fileName
    status
    totalRows
    processedRows
    importedRows
    alreadyMemberRows
    failedRows
    failureMessage
    createdAt
    finishedAt
    createdByName
    reportUrl
  }
`);

/** Uploads a roster (.xlsx) as a GraphQL multipart request; the import then runs on the gateway. */
export const ImportRosterMutation = graphql(
  `
    mutation AdminImportRoster($organizationId: ID!, $file: File!) {
      importRoster(organizationId: $organizationId, file: $file) {
        __typename
        ... on RosterImport {
          id
          ...RosterImportFields
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
  `,
  [RosterImportFields],
);

/** One import, asked again every second (network-only) until it has finished. */
export const RosterImportQuery = graphql(
  `
    query AdminRosterImport($id: ID!) {
      node(id: $id) {
        __typename
        ... on RosterImport {
          ...RosterImportFields
        }
      }
    }
  `,
  [RosterImportFields],
);

/** One page of the rows an import refused, with their row number, column and reason. */
export const RosterImportIssuesQuery = graphql(`
  query AdminRosterImportIssues($id: ID!, $first: Int!, $after: String) {
    node(id: $id) {
      __typename
      ... on RosterImport {
        id
        issues(first: $first, after: $after) {
          totalCount
          pageInfo {
            hasNextPage
            endCursor
          }
          edges {
            node {
              rowNumber
              column
              field
              rule
              message
            }
          }
        }
      }
    }
  }
`);

/** Earlier imports into one union, newest first. */
export const RosterImportsQuery = graphql(
  `
    query AdminRosterImports($organizationId: ID!, $first: Int!, $after: String) {
      rosterImports(organizationId: $organizationId, first: $first, after: $after) {
        __typename
        ... on QueryRosterImportsSuccess {
          data {
            totalCount
            pageInfo {
              hasNextPage
              endCursor
            }
            edges {
              node {
                ...RosterImportFields
              }
            }
          }
        }
        ... on Error {
          message
        }
      }
    }
  `,
  [RosterImportFields],
);
