/**
 * The finder's pure helpers: its state in the query string, reading a typed point, showing a
 * distance and laying positions out on the offline map. Every rule (distances, ordering, which
 * positions are open) is the gateway's; these only present what it answers.
 */

export const SERVICE_KINDS = [
  'WORKER_LIBRARY',
  'SMART_BOOK_CABINET',
  'UNION_STATION',
  'OUTDOOR_WORKER_STATION',
  'CARING_MOTHER_ROOM',
  'SHARED_WORKERS_HOME',
  'NEW_WORKER_HOUSING',
  'CHILDCARE_STATION',
] as const;

export type ServiceKind = (typeof SERVICE_KINDS)[number];

export function isServiceKind(value: string): value is ServiceKind {
  return (SERVICE_KINDS as readonly string[]).includes(value);
}

/** WGS84 for a browser's own position (the gateway converts it); GCJ02 for typed points. */
export type CoordinateSystem = 'GCJ02' | 'WGS84';

export interface FinderPoint {
  latitude: number;
  longitude: number;
  system: CoordinateSystem;
}

export interface FinderState {
  district: string;
  kind: ServiceKind | '';
  /** Only positions open now (China Standard Time, as the gateway computes it). */
  openNow: boolean;
  point: FinderPoint | null;
}

export const emptyFinderState: FinderState = {
  district: '',
  kind: '',
  openNow: false,
  point: null,
};

function coordinate(text: string | null, limit: number): number | null {
  if (text === null || text.trim() === '') return null;
  const value = Number(text);
  return Number.isFinite(value) && Math.abs(value) <= limit ? value : null;
}

/** The state a query string names (unknown or malformed values are ignored). */
export function parseFinderSearch(search: string): FinderState {
  const params = new URLSearchParams(search);
  const district = params.get('district') ?? '';
  const kind = params.get('kind') ?? '';
  const latitude = coordinate(params.get('lat'), 90);
  const longitude = coordinate(params.get('lng'), 180);
  return {
    district: /^\d{6}$/.test(district) ? district : '',
    kind: isServiceKind(kind) ? kind : '',
    openNow: params.get('open') === '1',
    point:
      latitude !== null && longitude !== null
        ? { latitude, longitude, system: params.get('crs') === 'wgs84' ? 'WGS84' : 'GCJ02' }
        : null,
  };
}

/** The query string of a state ('' when empty), in a stable order. */
export function finderSearch(state: FinderState): string {
  const params = new URLSearchParams();
  if (state.district) params.set('district', state.district);
  if (state.kind) params.set('kind', state.kind);
  if (state.openNow) params.set('open', '1');
  if (state.point) {
    params.set('lat', String(state.point.latitude));
    params.set('lng', String(state.point.longitude));
    if (state.point.system === 'WGS84') params.set('crs', 'wgs84');
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/**
 * A point typed as "纬度, 经度" ('36.0669, 120.3844', full-width commas, spaces or a slash between
 * them). Null when it is not two numbers in range. A pair in the wrong order (longitude first,
 * as some map tools copy it) is swapped when only that order is a valid latitude.
 */
export function parseTypedPoint(text: string): { latitude: number; longitude: number } | null {
  const parts = text
    .normalize('NFKC')
    .trim()
    .split(/[\s,，、/]+/)
    .filter((part) => part !== '');
  if (parts.length !== 2) return null;
  const [first, second] = parts.map(Number) as [number, number];
  if (!Number.isFinite(first) || !Number.isFinite(second)) return null;
  if (Math.abs(first) <= 90 && Math.abs(second) <= 180)
    return { latitude: first, longitude: second };
  if (Math.abs(second) <= 90 && Math.abs(first) <= 180)
    return { latitude: second, longitude: first };
  return null;
}

/** 850 米 / 1.2 公里 (zh), 850 m / 1.2 km (en); 10 km and more without a decimal. */
export function formatDistance(metres: number, locale: 'zh-CN' | 'en'): string {
  const m = Math.max(0, Math.round(metres));
  if (m < 1000) return locale === 'en' ? `${m} m` : `${m} 米`;
  const km = m / 1000;
  const shown = km >= 10 ? String(Math.round(km)) : km.toFixed(1);
  return locale === 'en' ? `${shown} km` : `${shown} 公里`;
}

export interface Projected {
  x: number;
  y: number;
}

export interface Projection {
  project: (point: { latitude: number; longitude: number }) => Projected;
  width: number;
  height: number;
}

/**
 * An equirectangular projection that fits the points in a `width`-wide drawing with `padding`
 * around them: longitude is scaled by cos(mean latitude), so distances look right at a city's
 * scale, and north is up. The height follows the points' shape (at least `minHeight`).
 */
export function fitProjection(
  points: readonly { latitude: number; longitude: number }[],
  width: number,
  padding = 16,
  minHeight = 160,
): Projection {
  if (points.length === 0) {
    return { project: () => ({ x: width / 2, y: minHeight / 2 }), width, height: minHeight };
  }
  const lats = points.map((p) => p.latitude);
  const lngs = points.map((p) => p.longitude);
  const minLat = Math.min(...lats);
  const maxLat = Math.max(...lats);
  const minLng = Math.min(...lngs);
  const maxLng = Math.max(...lngs);
  const scaleX = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
  const spanX = Math.max((maxLng - minLng) * scaleX, 0.005);
  const spanY = Math.max(maxLat - minLat, 0.005);
  const scale = (width - 2 * padding) / spanX;
  const height = Math.max(minHeight, Math.round(spanY * scale + 2 * padding));
  const offsetY = (height - spanY * scale) / 2;
  const midLng = (minLng + maxLng) / 2;
  return {
    width,
    height,
    project: (point) => ({
      x: width / 2 + (point.longitude - midLng) * scaleX * scale,
      y: offsetY + (maxLat - point.latitude) * scale,
    }),
  };
}

/** Where to write each district's name: the mean of its positions. */
export function districtCentres(
  positions: readonly { regionCode: string; latitude: number; longitude: number }[],
): { regionCode: string; latitude: number; longitude: number; count: number }[] {
  const sums = new Map<string, { lat: number; lng: number; count: number }>();
  for (const position of positions) {
    const sum = sums.get(position.regionCode) ?? { lat: 0, lng: 0, count: 0 };
    sum.lat += position.latitude;
    sum.lng += position.longitude;
    sum.count += 1;
    sums.set(position.regionCode, sum);
  }
  return [...sums]
    .map(([regionCode, sum]) => ({
      regionCode,
      latitude: sum.lat / sum.count,
      longitude: sum.lng / sum.count,
      count: sum.count,
    }))
    .sort((a, b) => a.regionCode.localeCompare(b.regionCode));
}

/** Places to search from without typing coordinates (GCJ-02, as 高德地图 shows them). */
export const LANDMARKS: readonly {
  key: string;
  zh: string;
  en: string;
  latitude: number;
  longitude: number;
}[] = [
  {
    key: 'may-fourth-square',
    zh: '五四广场',
    en: 'May Fourth Square',
    latitude: 36.0617,
    longitude: 120.3845,
  },
  {
    key: 'qingdao-station',
    zh: '青岛站',
    en: 'Qingdao Railway Station',
    latitude: 36.0647,
    longitude: 120.3121,
  },
  {
    key: 'taidong',
    zh: '台东步行街',
    en: 'Taidong Pedestrian Street',
    latitude: 36.0858,
    longitude: 120.3561,
  },
  {
    key: 'qingdao-north',
    zh: '青岛北站',
    en: 'Qingdao North Station',
    latitude: 36.1707,
    longitude: 120.3738,
  },
  {
    key: 'laoshan-gov',
    zh: '崂山区政府',
    en: 'Laoshan District Government',
    latitude: 36.1072,
    longitude: 120.4688,
  },
  {
    key: 'huangdao-gov',
    zh: '黄岛区政府',
    en: 'Huangdao District Government',
    latitude: 35.9608,
    longitude: 120.1983,
  },
  {
    key: 'chengyang',
    zh: '城阳区政府',
    en: 'Chengyang District Government',
    latitude: 36.3075,
    longitude: 120.3964,
  },
  {
    key: 'jiaodong-airport',
    zh: '胶东国际机场',
    en: 'Jiaodong International Airport',
    latitude: 36.3617,
    longitude: 120.0883,
  },
];
