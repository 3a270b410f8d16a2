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

/**
 * 统计数据 of an organisation's subtree (maintained counters), with the new members per month
 * of a period for the chart.
 */
export const OrganizationFiguresQuery = graphql(`
  query AdminOrganizationFigures($id: ID!, $from: Date!, $to: Date!) {
    organization(id: $id) {
      __typename
      ... on Organization {
        id
        stats {
          members
          grassrootsUnions
          migrantMembers
          femaleMembers
          retiredMembers
          employersCovered
          employeesAtCoveredEmployers
          membershipAtCoveredEmployers {
            percent
            numerator
            denominator
          }
          unionCoverage {
            percent
            numerator
            denominator
          }
          newEmploymentMembers {
            group
            members
          }
          newMembersByMonth(from: $from, to: $to) {
            month
            count
          }
        }
      }
      ... on Error {
        message
      }
    }
  }
`);

/** 会籍变动 at an organisation and every union below it, newest first (staff only). */
export const OrganizationMemberEventsQuery = graphql(`
  query AdminOrganizationMemberEvents($id: ID!, $first: Int!, $after: String) {
    organization(id: $id) {
      __typename
      ... on Organization {
        id
        memberEvents(first: $first, after: $after) {
          totalCount
          pageInfo {
            hasNextPage
            endCursor
          }
          edges {
            node {
              type
              date
              fromStatus
              toStatus
              recordedAt
              member {
                id
                name
              }
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
      ... on Error {
        message
      }
    }
  }
`);
