import { type FieldError, fieldError } from '../shared/domain-error.js';
import { err, ok, type Result } from '../shared/result.js';

/**
 * Coordinates of service positions, distances and "nearest first".
 *
 * Coordinate system: GCJ-02 (国测局坐标, "Mars coordinates"). Chinese law requires maps published
 * in China to use it, so every coordinate staff copy from 高德地图, 腾讯地图 or a 坐标拾取器, and
 * every address a Chinese geocoder returns, is GCJ-02 — storing them as they come means a
 * position shows at the right place on any Chinese map. GCJ-02 differs from WGS-84 (GPS, a
 * browser's `navigator.geolocation`) by an obfuscating offset of a few hundred metres: a GPS
 * point is converted with {@link wgs84ToGcj02} before it is compared with stored points. (百度地图
 * uses BD-09, a further offset; its coordinates must be converted before import — not done here.)
 *
 * Distances are great-circle distances on a sphere of the Earth's mean radius: the
 * GCJ-02 offset varies smoothly, so between two GCJ-02 points in the same city it cancels out to
 * well under a metre, and the spherical model is within 0.5 % of the ellipsoid.
 */

/** A point in degrees, GCJ-02. */
export type GeoPoint = { readonly latitude: number; readonly longitude: number };

/** The Earth's mean radius (IUGG), in metres. */
export const EARTH_RADIUS_METRES = 6_371_008.8;

/**
 * A rectangle around mainland China (and its islands up to 曾母暗沙), used to catch coordinates
 * typed wrong: swapped latitude and longitude, a sign dropped, a point in another country. It is
 * a rectangle, so it cannot tell a point in a neighbouring country near the border; the region
 * code recorded with each position is the finer check.
 */
export const CHINA_BOUNDS = Object.freeze({
  minLatitude: 3.5,
  maxLatitude: 53.6,
  minLongitude: 73.4,
  maxLongitude: 135.1,
});

/** Stored coordinates keep 6 decimals (about 0.1 m). */
export const COORDINATE_DECIMALS = 6;

export const GEO_RULES = Object.freeze({
  NOT_A_NUMBER: 'COORDINATE_NOT_A_NUMBER',
  LATITUDE_RANGE: 'LATITUDE_RANGE',
  LONGITUDE_RANGE: 'LONGITUDE_RANGE',
  SWAPPED: 'COORDINATES_SWAPPED',
  OUTSIDE_CHINA: 'COORDINATES_OUTSIDE_CHINA',
} as const);

function round(value: number): number {
  const factor = 10 ** COORDINATE_DECIMALS;
  return Math.round(value * factor) / factor;
}

/** True when the point lies in {@link CHINA_BOUNDS}. */
export function isInChinaBounds(point: GeoPoint): boolean {
  return (
    point.latitude >= CHINA_BOUNDS.minLatitude &&
    point.latitude <= CHINA_BOUNDS.maxLatitude &&
    point.longitude >= CHINA_BOUNDS.minLongitude &&
    point.longitude <= CHINA_BOUNDS.maxLongitude
  );
}

/**
 * Checks a point anywhere on Earth (a search origin): finite, latitude −90…90, longitude
 * −180…180. Rounds to {@link COORDINATE_DECIMALS}. Problems name `latitude` / `longitude`.
 */
export function checkGeoPoint(
  latitude: number,
  longitude: number,
  fields: { latitude: string; longitude: string } = {
    latitude: 'latitude',
    longitude: 'longitude',
  },
): Result<GeoPoint, FieldError> {
  if (!Number.isFinite(latitude)) {
    return err(fieldError(fields.latitude, GEO_RULES.NOT_A_NUMBER, '纬度应为数字'));
  }
  if (!Number.isFinite(longitude)) {
    return err(fieldError(fields.longitude, GEO_RULES.NOT_A_NUMBER, '经度应为数字'));
  }
  if (Math.abs(latitude) > 90) {
    const swapped = Math.abs(longitude) <= 90 && Math.abs(latitude) <= 180;
    return err(
      fieldError(
        fields.latitude,
        swapped ? GEO_RULES.SWAPPED : GEO_RULES.LATITUDE_RANGE,
        swapped ? '纬度应在 -90 到 90 之间：是否把经度和纬度填反了？' : '纬度应在 -90 到 90 之间',
      ),
    );
  }
  if (Math.abs(longitude) > 180) {
    return err(
      fieldError(fields.longitude, GEO_RULES.LONGITUDE_RANGE, '经度应在 -180 到 180 之间'),
    );
  }
  return ok({ latitude: round(latitude), longitude: round(longitude) });
}

/**
 * Checks the coordinates of a service position: a valid point ({@link checkGeoPoint}) inside
 * {@link CHINA_BOUNDS}. A point whose swap would be in China is reported as swapped.
 */
export function checkPositionCoordinates(
  latitude: number,
  longitude: number,
  fields: { latitude: string; longitude: string } = {
    latitude: 'latitude',
    longitude: 'longitude',
  },
): Result<GeoPoint, FieldError> {
  const point = checkGeoPoint(latitude, longitude, fields);
  if (!point.ok) return point;
  if (!isInChinaBounds(point.value)) {
    if (isInChinaBounds({ latitude: longitude, longitude: latitude })) {
      return err(
        fieldError(
          fields.latitude,
          GEO_RULES.SWAPPED,
          '经纬度不在中国境内：是否把经度和纬度填反了？（纬度约 18–53，经度约 73–135）',
        ),
      );
    }
    return err(
      fieldError(
        fields.latitude,
        GEO_RULES.OUTSIDE_CHINA,
        '经纬度不在中国境内，请用高德或腾讯地图的坐标拾取器（GCJ-02）核对',
      ),
    );
  }
  return point;
}

const toRadians = (degrees: number) => (degrees * Math.PI) / 180;
const toDegrees = (radians: number) => (radians * 180) / Math.PI;

/**
 * Great-circle distance in metres. The same distance as the haversine formula, written in the
 * atan2 form (Vincenty's formula on a sphere), which keeps its precision for every pair of
 * points: haversine's asin loses centimetres near antipodal points, enough to break the triangle
 * inequality.
 */
export function distanceMetres(a: GeoPoint, b: GeoPoint): number {
  const phi1 = toRadians(a.latitude);
  const phi2 = toRadians(b.latitude);
  const dLambda = toRadians(b.longitude - a.longitude);
  const cosPhi1 = Math.cos(phi1);
  const cosPhi2 = Math.cos(phi2);
  const sinPhi1 = Math.sin(phi1);
  const sinPhi2 = Math.sin(phi2);
  const y = Math.hypot(
    cosPhi2 * Math.sin(dLambda),
    cosPhi1 * sinPhi2 - sinPhi1 * cosPhi2 * Math.cos(dLambda),
  );
  const x = sinPhi1 * sinPhi2 + cosPhi1 * cosPhi2 * Math.cos(dLambda);
  return EARTH_RADIUS_METRES * Math.atan2(y, x);
}

const BOX_MARGIN_DEGREES = 1e-9;

/** A latitude/longitude rectangle (longitudes may wrap: then minLongitude > maxLongitude). */
export type GeoBox = {
  readonly minLatitude: number;
  readonly maxLatitude: number;
  readonly minLongitude: number;
  readonly maxLongitude: number;
};

/**
 * The smallest latitude/longitude rectangle that holds every point within `radiusMetres` of
 * `center` — the cheap prefilter a plain B-tree index on (latitude, longitude) serves, before
 * the exact {@link distanceMetres}. Near a pole or for a huge radius it spans every longitude.
 */
export function boundingBox(center: GeoPoint, radiusMetres: number): GeoBox {
  const angular = Math.max(0, radiusMetres) / EARTH_RADIUS_METRES;
  // A hair wider (about 0.1 mm) so that floating-point rounding never drops a point on the edge.
  const minLatitude = center.latitude - toDegrees(angular) - BOX_MARGIN_DEGREES;
  const maxLatitude = center.latitude + toDegrees(angular) + BOX_MARGIN_DEGREES;
  const cosLat = Math.cos(toRadians(center.latitude));
  if (
    minLatitude <= -90 ||
    maxLatitude >= 90 ||
    Math.sin(angular) >= cosLat ||
    angular >= Math.PI / 2
  ) {
    return {
      minLatitude: Math.max(-90, minLatitude),
      maxLatitude: Math.min(90, maxLatitude),
      minLongitude: -180,
      maxLongitude: 180,
    };
  }
  const dLongitude = toDegrees(Math.asin(Math.sin(angular) / cosLat)) + BOX_MARGIN_DEGREES;
  const wrap = (lng: number) => (lng > 180 ? lng - 360 : lng < -180 ? lng + 360 : lng);
  return {
    minLatitude,
    maxLatitude,
    minLongitude: wrap(center.longitude - dLongitude),
    maxLongitude: wrap(center.longitude + dLongitude),
  };
}

/** True when the point lies in the rectangle. */
export function isInBox(point: GeoPoint, box: GeoBox): boolean {
  if (point.latitude < box.minLatitude || point.latitude > box.maxLatitude) return false;
  return box.minLongitude <= box.maxLongitude
    ? point.longitude >= box.minLongitude && point.longitude <= box.maxLongitude
    : point.longitude >= box.minLongitude || point.longitude <= box.maxLongitude;
}

/** A candidate of a nearest search: anything with an id and a point. */
export type Located = GeoPoint & { readonly id: string };

/** A candidate with its distance from the origin. */
export type WithDistance<T> = { readonly item: T; readonly distanceMetres: number };

/**
 * The `k` candidates nearest to `origin`, nearest first; equal distances in id order, so the
 * answer does not depend on the order the candidates came in.
 */
export function nearestFirst<T extends Located>(
  origin: GeoPoint,
  candidates: readonly T[],
  k: number,
): WithDistance<T>[] {
  return candidates
    .map((item) => ({ item, distanceMetres: distanceMetres(origin, item) }))
    .sort(
      (a, b) =>
        a.distanceMetres - b.distanceMetres ||
        (a.item.id < b.item.id ? -1 : a.item.id > b.item.id ? 1 : 0),
    )
    .slice(0, Math.max(0, Math.floor(k)));
}

/** Search radii of a nearest search, in metres: 2 km, then wider until all of China. */
export const NEAREST_SEARCH_RADII: readonly number[] = Object.freeze([
  2_000, 8_000, 32_000, 128_000, 512_000, 5_000_000,
]);

/**
 * Whether a search within `radiusMetres` has found the true `k` nearest: only when at least
 * `k` candidates lie within the radius itself (a candidate in the rectangle's corner may be
 * farther than one outside the rectangle).
 */
export function nearestSearchSettled(
  found: readonly WithDistance<unknown>[],
  radiusMetres: number,
  k: number,
): boolean {
  return found.filter((candidate) => candidate.distanceMetres <= radiusMetres).length >= k;
}

/**
 * WGS-84 (GPS) → GCJ-02, the published approximation every Chinese map SDK uses (accurate to
 * about a metre). Outside China GCJ-02 is WGS-84: the point is returned unchanged.
 */
export function wgs84ToGcj02(point: GeoPoint): GeoPoint {
  if (!isInChinaBounds(point)) return point;
  const a = 6_378_245.0;
  const ee = 0.006_693_421_622_965_943;
  const x = point.longitude - 105;
  const y = point.latitude - 35;
  const common = ((20 * Math.sin(6 * x * Math.PI) + 20 * Math.sin(2 * x * Math.PI)) * 2) / 3;
  let dLat =
    -100 +
    2 * x +
    3 * y +
    0.2 * y * y +
    0.1 * x * y +
    0.2 * Math.sqrt(Math.abs(x)) +
    common +
    ((20 * Math.sin(y * Math.PI) + 40 * Math.sin((y / 3) * Math.PI)) * 2) / 3 +
    ((160 * Math.sin((y / 12) * Math.PI) + 320 * Math.sin((y * Math.PI) / 30)) * 2) / 3;
  let dLng =
    300 +
    x +
    2 * y +
    0.1 * x * x +
    0.1 * x * y +
    0.1 * Math.sqrt(Math.abs(x)) +
    common +
    ((20 * Math.sin(x * Math.PI) + 40 * Math.sin((x / 3) * Math.PI)) * 2) / 3 +
    ((150 * Math.sin((x / 12) * Math.PI) + 300 * Math.sin((x / 30) * Math.PI)) * 2) / 3;
  const radLat = toRadians(point.latitude);
  const magic = 1 - ee * Math.sin(radLat) ** 2;
  const sqrtMagic = Math.sqrt(magic);
  dLat = (dLat * 180) / (((a * (1 - ee)) / (magic * sqrtMagic)) * Math.PI);
  dLng = (dLng * 180) / ((a / sqrtMagic) * Math.cos(radLat) * Math.PI);
  return { latitude: round(point.latitude + dLat), longitude: round(point.longitude + dLng) };
}
