import { graphql } from '../../graphql';

export const PublicCompetitionsQuery = graphql(`
  query PublicCompetitions($first: Int!, $after: String) {
    competitions(first: $first, after: $after) {
      __typename
      ... on QueryCompetitionsSuccess {
        data {
          totalCount
          pageInfo { hasNextPage endCursor }
          edges {
            node {
              id name kind competitionClass trade year startsOn endsOn organizerName resultsPublished
            }
          }
        }
      }
      ... on Error { message }
    }
    competitionFigures { __typename ... on CompetitionFigures { held published participants promotions } }
  }
`);

export const PublicCompetitionQuery = graphql(`
  query PublicCompetition($id: ID!) {
    competition(id: $id) {
      __typename
      ... on Competition {
        id name kind competitionClass trade year startsOn endsOn organizerName coOrganizers
        description resultsPublished
        stages { id name state }
        results { id rank publicName teamMemberNames employerName totalScore award }
        labourLeaderboard { rank publicName cumulativeScore periodsScored redFlags }
        labourPeriods { stageId name redFlagNames }
      }
      ... on Error { message }
    }
  }
`);
