import { graphql } from '../../graphql';

export const CompetitionListQuery = graphql(`
  query AdminCompetitionList($filter: CompetitionFilter, $first: Int!, $after: String) {
    managedCompetitions(filter: $filter, first: $first, after: $after) {
      __typename
      ... on QueryManagedCompetitionsSuccess {
        data {
          totalCount
          pageInfo { hasNextPage endCursor }
          edges {
            node {
              id name kind competitionClass trade year startsOn endsOn organizerName
              resultsPublished participantCount viewerIsJudge
              stages { id name state }
            }
          }
        }
      }
      ... on Error { message }
    }
  }
`);

export const CompetitionQuery = graphql(`
  query AdminCompetition($id: ID!) {
    competition(id: $id) {
      __typename
      ... on Competition {
        id name kind competitionClass trade year startsOn endsOn organizerName coOrganizers
        entryMode resultsPublished viewerCanManage viewerCanRead viewerIsJudge
        stages { id name kind state position aspects { code name part maxMarks } }
        labourLeaderboard { rank publicName cumulativeScore periodsScored redFlags }
      }
      ... on Error { message }
    }
  }
`);

export const EntriesQuery = graphql(`
  query AdminCompetitionEntries($id: ID!) {
    competitionEntries(competitionId: $id) {
      __typename
      ... on QueryCompetitionEntriesSuccess {
        data {
          id bibNumber publicName employerName skillLevel eligible
          eligibilityReasons { rule message }
        }
      }
      ... on Error { message }
    }
  }
`);

export const JudgesQuery = graphql(`
  query AdminCompetitionJudges($id: ID!) {
    competitionJudges(competitionId: $id) {
      __typename
      ... on QueryCompetitionJudgesSuccess {
        data {
          id displayName username employerName assignments { stageId aspectCode }
          recusedEntries { entryId bibNumber publicName }
        }
      }
      ... on Error { message }
    }
  }
`);

export const StandingsQuery = graphql(`
  query AdminCompetitionStandings($stageId: ID!) {
    competitionStandings(stageId: $stageId) {
      __typename
      ... on QueryCompetitionStandingsSuccess {
        data {
          entryId bibNumber publicName employerName theoryScore practicalScore totalScore
          timeUsedSeconds rank tieBrokenBy award pendingMarks
        }
      }
      ... on Error { message }
    }
  }
`);

export const AppealsQuery = graphql(`
  query AdminCompetitionAppeals($id: ID!) {
    competitionAppeals(competitionId: $id) {
      __typename
      ... on QueryCompetitionAppealsSuccess {
        data {
          id state stageName publicName bibNumber aspectCode fromMarks toMarks reason
          raisedByName decidedByName decisionNote createdAt decidedAt
        }
      }
      ... on Error { message }
    }
  }
`);

export const PromotionsQuery = graphql(`
  query AdminCompetitionPromotions($id: ID!) {
    competitionPromotions(competitionId: $id) {
      __typename
      ... on QueryCompetitionPromotionsSuccess {
        data {
          id name employerName rank fromLevel toLevel technicalExpert recommended basis supersededReason
        }
      }
      ... on Error { message }
    }
  }
`);

export const CloseStageMutation = graphql(`
  mutation AdminCloseCompetitionStage($stageId: ID!) {
    closeCompetitionStage(stageId: $stageId) {
      __typename
      ... on CompetitionStage { id state }
      ... on Error { message }
    }
  }
`);

export const PublishMutation = graphql(`
  mutation AdminPublishCompetition($id: ID!) {
    publishCompetitionResults(id: $id) {
      __typename
      ... on Competition { id resultsPublished }
      ... on Error { message }
    }
  }
`);

export const DecideAppealMutation = graphql(`
  mutation AdminDecideAppeal($id: ID!, $approve: Boolean!, $note: String!) {
    decideCompetitionAppeal(id: $id, approve: $approve, note: $note) {
      __typename
      ... on CompetitionAppeal { id state }
      ... on Error { message }
    }
  }
`);

export const JudgeSheetQuery = graphql(`
  query AdminJudgeSheet($stageId: ID!) {
    judgeSheet(stageId: $stageId) {
      __typename
      ... on JudgeSheet {
        stageId stageName competitionName state
        aspects { code name maxMarks }
        rows { entryId bibNumber publicName employerName recused marks { aspectCode marks } }
      }
      ... on Error { message }
    }
  }
`);

export const SubmitMarksMutation = graphql(`
  mutation AdminSubmitJudgeMarks($stageId: ID!, $marks: [JudgeMarkInput!]!) {
    submitJudgeMarks(stageId: $stageId, marks: $marks) {
      __typename
      ... on JudgeSheet {
        stageId state
        rows { entryId marks { aspectCode marks } }
      }
      ... on RuleViolationError { rule message }
      ... on Error { code message }
    }
  }
`);

export const RecordTimeMutation = graphql(`
  mutation AdminRecordCompetitionTime($stageId: ID!, $entryId: ID!, $seconds: Int!) {
    recordCompetitionTime(stageId: $stageId, entryId: $entryId, seconds: $seconds) {
      __typename
      ... on CompetitionStage { id }
      ... on Error { message }
    }
  }
`);

export const LockedMarksQuery = graphql(`
  query AdminCompetitionLockedMarks($stageId: ID!, $entryId: ID!) {
    competitionLockedMarks(stageId: $stageId, entryId: $entryId) {
      __typename
      ... on QueryCompetitionLockedMarksSuccess {
        data { id aspectCode judgeId judgeName marks }
      }
      ... on Error { message }
    }
  }
`);

export const RaiseAppealMutation = graphql(`
  mutation AdminRaiseAppeal($input: RaiseAppealInput!) {
    raiseCompetitionAppeal(input: $input) {
      __typename
      ... on CompetitionAppeal { id state }
      ... on ValidationError { field message issues { field rule message } }
      ... on Error { message }
    }
  }
`);
