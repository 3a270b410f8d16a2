import { type FormEvent, useEffect, useState } from 'react';
import { useClient, useQuery } from 'urql';
import { navigate, useSearchString } from '../../app/router';
import type { ResultOf } from '../../graphql';
import { usePageMeta } from '../honor/page-meta';
import { cityDistricts, cityRegionCode, regionName } from '../honor/regions';
import { LoadingRows, TransportError } from '../organization/feedback';
import {
  districtCentres,
  type FinderState,
  finderSearch,
  fitProjection,
  formatDistance,
  LANDMARKS,
  parseFinderSearch,
  parseTypedPoint,
  SERVICE_KINDS,
  type ServiceKind,
} from './finder-logic';
import { KIND_COLOURS, useServiceText } from './messages';
import {
  NearestServicePositionsQuery,
  ServicePositionCountsQuery,
  ServicePositionListQuery,
} from './queries';
import { servicePositionsPath } from './routes';
import './service.css';

type ListResult = ResultOf<typeof ServicePositionListQuery>['servicePositions'];
type Position = Extract<
  ListResult,
  { __typename: 'QueryServicePositionsSuccess' }
>['data']['edges'][number]['node'];

const PAGE = 20;
const MAP_LIMIT = 1000;
const NEAREST = 10;

function go(state: FinderState) {
  navigate(`${servicePositionsPath}${finderSearch(state)}`, { replace: true, keepScroll: true });
}

/** One position as a card; `distance` when it comes from a nearest search. */
function PositionCard({
  position,
  distance,
  rank,
}: {
  position: Position;
  distance?: number;
  rank?: number;
}) {
  const { s, locale, kindLabel } = useServiceText();
  const state =
    position.status === 'SUSPENDED'
      ? s('suspended')
      : position.openNow
        ? s('openNow')
        : s('closedNow');
  return (
    <li
      className="service-card"
      data-testid={distance === undefined ? 'service-item' : 'nearest-item'}
      data-name={position.name}
      data-latitude={position.latitude}
      data-longitude={position.longitude}
      data-distance={distance === undefined ? undefined : distance}
    >
      <div className="service-card-head">
        {rank !== undefined ? <span className="service-rank">{rank}</span> : null}
        <span
          className="service-dot"
          style={{ background: KIND_COLOURS[position.kind as ServiceKind] ?? '#666' }}
          aria-hidden="true"
        />
        <h3 className="service-card-name">{position.name}</h3>
      </div>
      <p className="service-card-meta">
        <span className="kind-badge">{kindLabel(position.kind)}</span>{' '}
        <span>{regionName(position.regionCode, locale)}</span>
        {distance !== undefined ? (
          <strong className="service-distance" data-testid="service-distance">
            {' '}
            {s('distance', { distance: formatDistance(distance, locale) })}
          </strong>
        ) : null}
      </p>
      <p className="service-card-address">{position.address}</p>
      <p className="service-card-hours">
        <span className={position.openNow ? 'service-open' : 'service-closed'}>{state}</span>{' '}
        {position.open24Hours ? s('allDay') : s('hours', { hours: position.openingHours })}
      </p>
      {position.services.length > 0 ? (
        <p className="service-card-services">
          {s('services', { services: position.services.join(locale === 'en' ? ', ' : '、') })}
          {position.capacity !== null ? ` · ${s('capacity', { capacity: position.capacity })}` : ''}
        </p>
      ) : null}
      {position.hostName ? (
        <p className="service-card-services">{s('host', { host: position.hostName })}</p>
      ) : null}
    </li>
  );
}

/** The offline map: the positions as dots by their coordinates, districts named at their centre. */
function ServiceMap({
  positions,
  origin,
  highlighted,
}: {
  positions: readonly Position[];
  origin: { latitude: number; longitude: number } | null;
  highlighted: readonly Position[];
}) {
  const { s, locale, kindLabel } = useServiceText();
  const drawn = [...positions, ...highlighted];
  const projection = fitProjection(origin ? [...drawn, origin] : drawn, 640, 24, 240);
  const kinds = SERVICE_KINDS.filter((kind) => drawn.some((p) => p.kind === kind));
  return (
    <section className="card service-map-card" aria-labelledby="service-map-title">
      <h2 className="section-title" id="service-map-title">
        {s('mapTitle')}
      </h2>
      <svg
        className="service-map"
        viewBox={`0 0 ${projection.width} ${projection.height}`}
        role="img"
        aria-label={s('mapLabel', { count: drawn.length })}
        data-testid="service-map"
      >
        <rect width={projection.width} height={projection.height} className="service-map-sea" />
        {districtCentres(positions).map((centre) => {
          const at = projection.project(centre);
          return (
            <text key={centre.regionCode} x={at.x} y={at.y - 10} className="service-map-district">
              {regionName(centre.regionCode, locale)}
            </text>
          );
        })}
        {positions.map((position) => {
          const at = projection.project(position);
          return (
            <circle
              key={position.id}
              cx={at.x}
              cy={at.y}
              r={4}
              fill={KIND_COLOURS[position.kind as ServiceKind] ?? '#666'}
              opacity={0.75}
            >
              <title>{`${position.name}（${kindLabel(position.kind)}）`}</title>
            </circle>
          );
        })}
        {highlighted.map((position, index) => {
          const at = projection.project(position);
          return (
            <g key={`h-${position.id}`} className="service-map-nearest">
              <circle cx={at.x} cy={at.y} r={9} />
              <text x={at.x} y={at.y + 4}>
                {index + 1}
              </text>
            </g>
          );
        })}
        {origin ? (
          <g className="service-map-origin" data-testid="service-map-origin">
            {(() => {
              const at = projection.project(origin);
              return (
                <>
                  <line x1={at.x - 9} y1={at.y} x2={at.x + 9} y2={at.y} />
                  <line x1={at.x} y1={at.y - 9} x2={at.x} y2={at.y + 9} />
                </>
              );
            })()}
          </g>
        ) : null}
      </svg>
      <ul className="service-legend">
        {kinds.map((kind) => (
          <li key={kind}>
            <span className="service-dot" style={{ background: KIND_COLOURS[kind] }} />
            {kindLabel(kind)}
          </li>
        ))}
      </ul>
      <p className="service-map-note">
        {s('mapNote')}
        {positions.length >= MAP_LIMIT ? ` ${s('mapLimited', { count: MAP_LIMIT })}` : ''}
      </p>
    </section>
  );
}

/** Where to search from: the browser's location, a known place or typed coordinates. */
function PointPicker({ state }: { state: FinderState }) {
  const { s, locale } = useServiceText();
  const [typed, setTyped] = useState(
    state.point && state.point.system === 'GCJ02'
      ? `${state.point.latitude}, ${state.point.longitude}`
      : '',
  );
  const [problem, setProblem] = useState<string | null>(null);
  const [locating, setLocating] = useState(false);

  const locateMe = () => {
    if (!('geolocation' in navigator)) {
      setProblem(s('locationDenied'));
      return;
    }
    setLocating(true);
    setProblem(null);
    navigator.geolocation.getCurrentPosition(
      (found) => {
        setLocating(false);
        go({
          ...state,
          point: {
            latitude: Number(found.coords.latitude.toFixed(6)),
            longitude: Number(found.coords.longitude.toFixed(6)),
            // The browser gives GPS (WGS-84) coordinates: the gateway converts them.
            system: 'WGS84',
          },
        });
      },
      () => {
        setLocating(false);
        setProblem(s('locationDenied'));
      },
      { enableHighAccuracy: false, timeout: 10_000, maximumAge: 60_000 },
    );
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const point = parseTypedPoint(typed);
    if (!point) {
      setProblem(s('badPoint'));
      return;
    }
    setProblem(null);
    go({ ...state, point: { ...point, system: 'GCJ02' } });
  };

  return (
    <fieldset className="service-where">
      <legend>{s('whereLabel')}</legend>
      <div className="service-where-row">
        <button type="button" className="button button-solid" onClick={locateMe}>
          {locating ? s('locating') : s('useMyLocation')}
        </button>
        <select
          id="service-landmark"
          aria-label={s('landmark')}
          value=""
          onChange={(event) => {
            const landmark = LANDMARKS.find((place) => place.key === event.target.value);
            if (!landmark) return;
            setTyped(`${landmark.latitude}, ${landmark.longitude}`);
            setProblem(null);
            go({
              ...state,
              point: {
                latitude: landmark.latitude,
                longitude: landmark.longitude,
                system: 'GCJ02',
              },
            });
          }}
        >
          <option value="">{s('landmarkPlaceholder')}</option>
          {LANDMARKS.map((place) => (
            <option key={place.key} value={place.key}>
              {locale === 'en' ? place.en : place.zh}
            </option>
          ))}
        </select>
      </div>
      <form className="service-where-row" onSubmit={submit}>
        <label htmlFor="service-point">{s('typedPoint')}</label>
        <input
          id="service-point"
          inputMode="decimal"
          value={typed}
          placeholder="36.0617, 120.3845"
          aria-describedby="service-point-hint"
          onChange={(event) => setTyped(event.target.value)}
        />
        <button type="submit" className="button">
          {s('find')}
        </button>
        <small id="service-point-hint" className="service-hint">
          {s('typedPointHint')}
        </small>
      </form>
      {problem ? (
        <p className="service-problem" role="alert">
          {problem}
        </p>
      ) : null}
    </fieldset>
  );
}

function NearestList({
  state,
}: {
  state: FinderState & { point: NonNullable<FinderState['point']> };
}) {
  const { s } = useServiceText();
  const [result, reexecute] = useQuery({
    query: NearestServicePositionsQuery,
    variables: {
      latitude: state.point.latitude,
      longitude: state.point.longitude,
      coordinateSystem: state.point.system,
      kind: state.kind || null,
      openNow: state.openNow || null,
      first: NEAREST,
    },
  });
  const answer = result.data?.nearestServicePositions;
  if (result.error && !answer) {
    return (
      <TransportError
        error={result.error}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      />
    );
  }
  if (!answer) return <LoadingRows rows={4} />;
  if (answer.__typename !== 'QueryNearestServicePositionsSuccess') {
    return (
      <div className="error-box" role="alert">
        <p className="error-title">{s('loadError')}</p>
        <p className="error-body">{'message' in answer ? answer.message : ''}</p>
      </div>
    );
  }
  return (
    <>
      <h2 className="section-title" data-testid="nearest-title">
        {s('nearestTitle', {
          place: state.point.system === 'WGS84' ? s('myPlace') : s('typedPlace'),
        })}
      </h2>
      {answer.data.length === 0 ? (
        <p className="empty">{s('empty')}</p>
      ) : (
        <ol className="service-list" data-testid="nearest-list">
          {answer.data.map((entry, index) => (
            <PositionCard
              key={entry.position.id}
              position={entry.position}
              distance={entry.distanceMetres}
              rank={index + 1}
            />
          ))}
        </ol>
      )}
    </>
  );
}

/** The district's (or the city's) positions for the map and the list, page by page. */
function useDistrictPositions(state: FinderState, first: number, after: string | null) {
  return useQuery({
    query: ServicePositionListQuery,
    variables: {
      filter: {
        regionCode: state.district || cityRegionCode,
        ...(state.kind ? { kind: state.kind } : {}),
        ...(state.openNow ? { openNow: true } : {}),
      },
      first,
      after,
    },
  });
}

function DistrictList({ state }: { state: FinderState }) {
  const { s } = useServiceText();
  const [pages, setPages] = useState<(string | null)[]>([null]);
  return (
    <section aria-labelledby="service-list-title">
      <h2 className="section-title" id="service-list-title">
        {s('listTitle')}
      </h2>
      <ul className="service-list" data-testid="service-list">
        {pages.map((after, index) => (
          <ListPage
            key={after ?? 'first'}
            state={state}
            after={after}
            last={index === pages.length - 1}
            onMore={(cursor) => setPages((current) => [...current, cursor])}
          />
        ))}
      </ul>
    </section>
  );
}

function ListPage({
  state,
  after,
  last,
  onMore,
}: {
  state: FinderState;
  after: string | null;
  last: boolean;
  onMore: (cursor: string) => void;
}) {
  const { s } = useServiceText();
  const [result] = useDistrictPositions(state, PAGE, after);
  const answer = result.data?.servicePositions;
  if (!answer) return <LoadingRows rows={3} />;
  if (answer.__typename !== 'QueryServicePositionsSuccess') {
    return <li className="empty">{s('loadError')}</li>;
  }
  const { edges, pageInfo, totalCount } = answer.data;
  if (totalCount === 0) return <li className="empty">{s('empty')}</li>;
  return (
    <>
      {edges.map((edge) => (
        <PositionCard key={edge.node.id} position={edge.node} />
      ))}
      {last ? (
        <li className="list-footer">
          <span className="list-progress">{s('shown', { total: totalCount })}</span>
          {pageInfo.hasNextPage && pageInfo.endCursor ? (
            <button
              type="button"
              className="button"
              onClick={() => onMore(pageInfo.endCursor as string)}
            >
              {s('more')}
            </button>
          ) : null}
        </li>
      ) : null}
    </>
  );
}

/**
 * Every position of the district (or the city) for the map, up to {@link MAP_LIMIT}, read page
 * by page (100 a page, the gateway's largest).
 */
function useMapPositions(state: FinderState): Position[] {
  const client = useClient();
  const [positions, setPositions] = useState<Position[]>([]);
  const regionCode = state.district || cityRegionCode;
  const kind = state.kind;
  const openNow = state.openNow;
  useEffect(() => {
    let cancelled = false;
    (async () => {
      const found: Position[] = [];
      let after: string | null = null;
      while (found.length < MAP_LIMIT) {
        const result: { data?: ResultOf<typeof ServicePositionListQuery> } = await client
          .query(ServicePositionListQuery, {
            filter: { regionCode, ...(kind ? { kind } : {}), ...(openNow ? { openNow } : {}) },
            first: 100,
            after,
          })
          .toPromise();
        const answer: ListResult | undefined = result.data?.servicePositions;
        if (answer?.__typename !== 'QueryServicePositionsSuccess') break;
        found.push(...answer.data.edges.map((edge) => edge.node));
        if (!answer.data.pageInfo.hasNextPage || !answer.data.pageInfo.endCursor) break;
        after = answer.data.pageInfo.endCursor;
      }
      if (!cancelled) setPositions(found.slice(0, MAP_LIMIT));
    })();
    return () => {
      cancelled = true;
    };
  }, [client, regionCode, kind, openNow]);
  return positions;
}

/** 服务阵地: the station finder (issue 9). */
export default function FinderPage() {
  const { s, locale, kindLabel } = useServiceText();
  usePageMeta(`${s('pageTitle')} · 工会平台`, s('description'));
  const state = parseFinderSearch(useSearchString());
  const [counts] = useQuery({
    query: ServicePositionCountsQuery,
    variables: { regionCode: cityRegionCode },
  });
  const mapPositions = useMapPositions(state);
  const [nearestForMap] = useQuery({
    query: NearestServicePositionsQuery,
    variables: {
      latitude: state.point?.latitude ?? 0,
      longitude: state.point?.longitude ?? 0,
      coordinateSystem: state.point?.system ?? 'GCJ02',
      kind: state.kind || null,
      openNow: state.openNow || null,
      first: NEAREST,
    },
    pause: state.point === null,
  });
  const highlighted =
    state.point &&
    nearestForMap.data?.nearestServicePositions.__typename === 'QueryNearestServicePositionsSuccess'
      ? nearestForMap.data.nearestServicePositions.data.map((entry) => entry.position)
      : [];
  const total =
    counts.data?.servicePositionCounts.__typename === 'ServicePositionCounts'
      ? counts.data.servicePositionCounts.total
      : null;

  return (
    <div className="service-page">
      <div className="intro">
        <h1 className="page-title">{s('pageTitle')}</h1>
        <p className="page-intro">{s('intro')}</p>
        {total !== null ? (
          <p className="stats-total" data-testid="service-total">
            {s('total', { count: total })}
          </p>
        ) : null}
      </div>
      <div className="card service-filters">
        <div className="honor-filter-grid">
          <div className="honor-filter">
            <label htmlFor="service-district">{s('district')}</label>
            <select
              id="service-district"
              value={state.district}
              onChange={(event) => go({ ...state, district: event.target.value })}
            >
              <option value="">{s('any')}</option>
              {cityDistricts.map((district) => (
                <option key={district.code} value={district.code}>
                  {locale === 'en' ? district.en : district.zh}
                </option>
              ))}
            </select>
          </div>
          <div className="honor-filter">
            <label htmlFor="service-kind">{s('kind')}</label>
            <select
              id="service-kind"
              value={state.kind}
              onChange={(event) =>
                go({ ...state, kind: event.target.value as FinderState['kind'] })
              }
            >
              <option value="">{s('any')}</option>
              {SERVICE_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {kindLabel(kind)}
                </option>
              ))}
            </select>
          </div>
        </div>
        <label className="service-open-toggle">
          <input
            type="checkbox"
            checked={state.openNow}
            onChange={(event) => go({ ...state, openNow: event.target.checked })}
          />{' '}
          {s('openNowOnly')}
        </label>
        <PointPicker key={state.point ? 'point' : 'none'} state={state} />
        {state.point ? (
          <button
            type="button"
            className="link-button"
            onClick={() => go({ ...state, point: null })}
          >
            {s('clearPoint')}
          </button>
        ) : null}
      </div>
      <ServiceMap positions={mapPositions} origin={state.point} highlighted={highlighted} />
      <div className="card">
        {state.point ? (
          <NearestList state={{ ...state, point: state.point }} />
        ) : (
          <DistrictList key={`${state.district}|${state.kind}|${state.openNow}`} state={state} />
        )}
      </div>
    </div>
  );
}
