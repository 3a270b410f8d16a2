import { graphql } from '../../graphql';

/** One page of an organisation's children for the tree, loaded when a node is expanded. */
export const TreeChildrenQuery = graphql(`
  query AdminTreeChildren($id: ID!, $after: String) {
    organization(id: $id) {
      __typename
      ... on Organization {
        id
        children(first: 100, after: $after) {
          edges {
            node {
              id
              name
              kind
              childCount
              dissolvedOn
            }
          }
          pageInfo {
            hasNextPage
            endCursor
          }
        }
      }
      ... on Error {
        code
        message
      }
    }
  }
`);

/** Everything the detail panel shows about one organisation, with its breadcrumb. */
export const OrganizationDetailQuery = graphql(`
  query AdminOrganizationDetail($id: ID!) {
    organization(id: $id) {
      __typename
      ... on Organization {
        id
        name
        kind
        regionCode
        creditCode
        depth
        industry
        employerName
        employerHeadcount
        ownership
        foundedOn
        dissolvedOn
        childCount
        ancestors {
          id
          name
          kind
        }
      }
      ... on Error {
        code
        message
      }
    }
  }
`);

/** One page of the children table (Relay cursor pagination: first/after). */
export const ChildrenPageQuery = graphql(`
  query AdminChildrenPage($id: ID!, $first: Int!, $after: String) {
    organization(id: $id) {
      __typename
      ... on Organization {
        id
        children(first: $first, after: $after) {
          totalCount
          pageInfo {
            hasNextPage
            endCursor
          }
          edges {
            cursor
            node {
              id
              name
              kind
              regionCode
              foundedOn
              dissolvedOn
              childCount
            }
          }
        }
      }
      ... on Error {
        code
        message
      }
    }
  }
`);

/**
 * Name search, with each result's path for telling namesakes apart. For staff the gateway only
 * answers within their scopes, and the path starts at the top of their scope.
 */
export const SearchOrganizationsQuery = graphql(`
  query AdminSearchOrganizations($search: String!) {
    organizations(filter: { search: $search }, first: 20) {
      __typename
      ... on QueryOrganizationsSuccess {
        data {
          totalCount
          edges {
            node {
              id
              name
              kind
              ancestors {
                id
                name
              }
            }
          }
        }
      }
      ... on Error {
        code
        message
      }
    }
  }
`);
