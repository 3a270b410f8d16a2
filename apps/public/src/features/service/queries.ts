import { graphql } from '../../graphql';

/** One page of the list (by district and kind) with the city's total, for the list and the map. */
export const ServicePositionListQuery = graphql(`
  query PublicServicePositions($filter: ServicePositionFilter, $first: Int!, $after: String) {
    servicePositions(filter: $filter, first: $first, after: $after) {
      __typename
      ... on QueryServicePositionsSuccess {
        data {
          totalCount
          pageInfo {
            hasNextPage
            endCursor
          }
          edges {
            node {
              id
              kind
              name
              libraryLevel
              regionCode
              address
              latitude
              longitude
              openingHours
              open24Hours
              openNow
              services
              capacity
              hostName
              status
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

/** The nearest positions to a point, nearest first, with the gateway's distance. */
export const NearestServicePositionsQuery = graphql(`
  query PublicNearestServicePositions(
    $latitude: Float!
    $longitude: Float!
    $coordinateSystem: CoordinateSystem
    $kind: ServicePositionKind
    $openNow: Boolean
    $first: Int
  ) {
    nearestServicePositions(
      latitude: $latitude
      longitude: $longitude
      coordinateSystem: $coordinateSystem
      kind: $kind
      openNow: $openNow
      first: $first
    ) {
      __typename
      ... on QueryNearestServicePositionsSuccess {
        data {
          distanceMetres
          position {
            id
            kind
            name
            libraryLevel
            regionCode
            address
            latitude
            longitude
            openingHours
            open24Hours
            openNow
            services
            capacity
            hostName
            status
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

export const ServicePositionCountsQuery = graphql(`
  query PublicServicePositionCounts($regionCode: String) {
    servicePositionCounts(regionCode: $regionCode) {
      __typename
      ... on ServicePositionCounts {
        total
        byKind {
          kind
          count
        }
      }
    }
  }
`);
