import { graphql } from '../../graphql';

/**
 * The roll's first page and what its filters offer (the titles, the years and districts that
 * have awards) in ONE request: a visitor's first view is a single round trip.
 */
export const HonorRollFirstPageQuery = graphql(`
    query PublicHonorRollFirstPage($filter: HonorRollFilter, $first: Int!) {
      honorRoll(filter: $filter, first: $first) {
        __typename
        ... on QueryHonorRollSuccess {
          data {
            totalCount
            pageInfo {
              hasNextPage
              endCursor
            }
            edges {
              node {
                id
                name
                photoUrl
                employerName
                titleName
                level
                year
                regionCode
              }
            }
          }
        }
        ... on Error {
          code
          message
        }
      }
      honorTitles {
        code
        name
        level
      }
      honorStats {
        __typename
        ... on HonorStats {
          byYear {
            key
            count
          }
          byRegion {
            key
            count
          }
        }
      }
    }
`);

export const HonorRollMoreQuery = graphql(`
    query PublicHonorRollMore($filter: HonorRollFilter, $first: Int!, $after: String!) {
      honorRoll(filter: $filter, first: $first, after: $after) {
        __typename
        ... on QueryHonorRollSuccess {
          data {
            totalCount
            pageInfo {
              hasNextPage
              endCursor
            }
            edges {
              node {
                id
                name
                photoUrl
                employerName
                titleName
                level
                year
                regionCode
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

export const HonoreeQuery = graphql(`
  query PublicHonoree($id: ID!) {
    honoree(id: $id) {
      __typename
      ... on Honoree {
        id
        name
        photoUrl
        employerName
        titleName
        titleCode
        level
        subject
        year
        regionCode
        industry
        citation
        publishedAt
        certificateCode
        ledStudios {
          id
          name
          level
          stars
        }
      }
      ... on Error {
        code
        message
      }
    }
  }
`);

export const HonorStatsQuery = graphql(`
  query PublicHonorStats {
    honorStats {
      __typename
      ... on HonorStats {
        total
        byLevel {
          key
          label
          count
        }
        byTitle {
          key
          label
          count
        }
        byYear {
          key
          label
          count
        }
        byRegion {
          key
          label
          count
        }
      }
      ... on Error {
        code
        message
      }
    }
  }
`);

export const PublicNoticesQuery = graphql(`
  query PublicNotices($first: Int!, $after: String) {
    publicNotices(first: $first, after: $after) {
      __typename
      ... on QueryPublicNoticesSuccess {
        data {
          pageInfo {
            hasNextPage
            endCursor
          }
          edges {
            node {
              id
              name
              employerName
              titleName
              level
              year
              regionCode
              citation
              campaignName
              organizerName
              nominatingUnionName
              noticeStartsOn
              noticeEndsOn
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

export const SubmitObjectionMutation = graphql(`
  mutation PublicSubmitObjection($nominationId: ID!, $text: String!) {
    submitObjection(nominationId: $nominationId, text: $text) {
      __typename
      ... on ObjectionReceipt {
        message
        receivedOn
        noticeEndsOn
      }
      ... on RuleViolationError {
        rule
      }
      ... on ValidationError {
        rule
      }
      ... on Error {
        code
        message
      }
    }
  }
`);

export const VerifyCertificateQuery = graphql(`
  query PublicVerifyCertificate($code: String!) {
    verifyCertificate(code: $code) {
      __typename
      ... on CertificateVerification {
        status
        revokedAt
        titleName
        year
        honoree {
          id
          name
          employerName
          level
          certificateCode
        }
      }
      ... on Error {
        code
        message
      }
    }
  }
`);
