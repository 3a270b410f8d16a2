import { graphql } from '../../graphql';

/**
 * The 数据看板: the annual report's figures for one organisation and period, the period's new
 * members month by month (maintained counters) and the member counts of its direct children
 * (the breakdown by district) — one request.
 */
export const DashboardQuery = graphql(`
  query AdminDashboard($id: ID!, $from: Date!, $to: Date!) {
    annualReport(organizationId: $id, from: $from, to: $to) {
      __typename
      ... on AnnualReport {
        organizationId
        organizationName
        from
        to
        previousFrom
        previousTo
        sections {
          key
          title
          figures {
            key label unit basis value display previousValue change changePercent listPath
            valueFen previousValueFen changeFen
          }
        }
      }
      ... on Error { message }
    }
    organization(id: $id) {
      __typename
      ... on Organization {
        id
        stats { newMembersByMonth(from: $from, to: $to) { month count } }
        children(first: 60) {
          edges { node { id name dissolvedOn stats { members grassrootsUnions } } }
        }
      }
      ... on Error { message }
    }
  }
`);
