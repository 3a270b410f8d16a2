import { graphql } from '../../graphql';

export const RootsQuery = graphql(`
  query PublicRoots {
    organizations(filter: { rootsOnly: true }, first: 50) {
      __typename
      ... on QueryOrganizationsSuccess {
        data {
          edges {
            node {
              id
              name
              kind
              childCount
              headlineFigures {
                key
                label
                value
                display
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

export const OrganizationQuery = graphql(`
  query PublicOrganization($id: ID!) {
    organization(id: $id) {
      __typename
      ... on Organization {
        id
        name
        kind
        regionCode
        foundedOn
        dissolvedOn
        childCount
        ancestors {
          id
          name
        }
        headlineFigures {
          key
          label
          value
          display
        }
      }
      ... on Error {
        code
        message
      }
    }
  }
`);

export const ChildrenPageQuery = graphql(`
  query PublicChildrenPage($id: ID!, $first: Int!, $after: String) {
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
            node {
              id
              name
              kind
              childCount
              dissolvedOn
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

export const SearchQuery = graphql(`
  query PublicSearch($search: String!) {
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
