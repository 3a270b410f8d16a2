import { graphql } from '../../graphql';

/** The staff registry (closed positions too), newest change first. */
export const ManagedServicePositionsQuery = graphql(`
  query AdminServicePositions($filter: ManagedServicePositionFilter, $first: Int!, $after: String) {
    managedServicePositions(filter: $filter, first: $first, after: $after) {
      __typename
      ... on QueryManagedServicePositionsSuccess {
        data {
          totalCount
          pageInfo { hasNextPage endCursor }
          edges {
            node {
              id kind name libraryLevel regionCode address latitude longitude openingHours
              open24Hours openNow services capacity hostName status organizationId
              organizationName updatedAt openedOn closedOn
            }
          }
        }
      }
      ... on Error { message }
    }
  }
`);

export const CreateServicePositionMutation = graphql(`
  mutation AdminCreateServicePosition($organizationId: ID!, $input: ServicePositionInput!) {
    createServicePosition(organizationId: $organizationId, input: $input) {
      __typename
      ... on ServicePosition { id name status }
      ... on ValidationError { field rule message issues { field rule message } }
      ... on Error { code message }
    }
  }
`);

export const UpdateServicePositionMutation = graphql(`
  mutation AdminUpdateServicePosition($id: ID!, $input: ServicePositionInput!) {
    updateServicePosition(id: $id, input: $input) {
      __typename
      ... on ServicePosition { id name status }
      ... on ValidationError { field rule message issues { field rule message } }
      ... on Error { code message }
    }
  }
`);

/** Uploads a workbook (.xlsx) as a GraphQL multipart request; the answer lists each bad row. */
export const ImportServicePositionsMutation = graphql(`
  mutation AdminImportServicePositions($organizationId: ID!, $file: File!) {
    importServicePositions(organizationId: $organizationId, file: $file) {
      __typename
      ... on ServicePositionImport {
        fileName totalRows imported alreadyRegistered failed issueCount
        issues { rowNumber column field rule message }
      }
      ... on ValidationError { field rule message }
      ... on Error { code message }
    }
  }
`);
