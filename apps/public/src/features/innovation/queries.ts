import { graphql } from '../../graphql';

export const StudiosQuery = graphql(`
  query PublicStudios($filter: StudioFilter, $first: Int!, $after: String) {
    studios(filter: $filter, first: $first, after: $after) {
      __typename
      ... on QueryStudiosSuccess {
        data {
          totalCount
          pageInfo { hasNextPage endCursor }
          edges { node { id name level stars hostEmployerName industryChain regionCode lead { name } } }
        }
      }
      ... on Error { message }
    }
  }
`);

export const StudioQuery = graphql(`
  query PublicStudio($id: ID!) {
    studio(id: $id) {
      __typename
      ... on InnovationStudio {
        id name level status stars hostEmployerName industryChain regionCode foundedOn description
        lead { name honoreeId skillLevelLabel honors { code name } }
        members { id name role }
        ratings { year stars score change explanation }
        alliances { joinedOn leftOn alliance { id name kind } }
        results { id title type year conversionState }
      }
      ... on Error { message }
    }
  }
`);

export const InnovationResultsQuery = graphql(`
  query PublicInnovationResults($filter: InnovationResultFilter, $first: Int!, $after: String) {
    innovationResults(filter: $filter, first: $first, after: $after) {
      __typename
      ... on QueryInnovationResultsSuccess {
        data {
          totalCount
          pageInfo { hasNextPage endCursor }
          edges {
            node { id title type year patentNumber firstCompleter economicBenefitFen awards conversionState }
          }
        }
      }
      ... on Error { message }
    }
  }
`);

export const InnovationFiguresQuery = graphql(`
  query PublicInnovationFigures {
    innovationFigures {
      __typename
      ... on InnovationFigures { studioCount resultCount totalEconomicBenefitFen }
      ... on Error { message }
    }
  }
`);
