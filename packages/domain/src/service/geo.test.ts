import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  boundingBox,
  checkGeoPoint,
  checkPositionCoordinates,
  distanceMetres,
  GEO_RULES,
  type GeoPoint,
  isInBox,
  isInChinaBounds,
  nearestFirst,
  nearestSearchSettled,
  wgs84ToGcj02,
} from './geo.js';

const QINGDAO_MAY_FOURTH_SQUARE: GeoPoint = { latitude: 36.06169, longitude: 120.38449 };
const QINGDAO_STATION: GeoPoint = { latitude: 36.06473, longitude: 120.31206 };

const point = fc.record({
  latitude: fc.double({ min: -89, max: 89, noNaN: true }),
  longitude: fc.double({ min: -180, max: 180, noNaN: true }),
});
const chinaPoint = fc.record({
  latitude: fc.double({ min: 18, max: 53, noNaN: true }),
  longitude: fc.double({ min: 74, max: 134, noNaN: true }),
});

describe('distanceMetres (great circle)', () => {
  it.each<[string, GeoPoint, GeoPoint, number, number]>([
    ['the same point', QINGDAO_STATION, QINGDAO_STATION, 0, 0],
    // 五四广场 to 青岛站: about 6.5 km along the coast.
    ['五四广场 → 青岛站', QINGDAO_MAY_FOURTH_SQUARE, QINGDAO_STATION, 6_480, 6_560],
    // One degree of latitude is 111.19 km on the mean sphere.
    [
      'one degree north',
      { latitude: 36, longitude: 120 },
      { latitude: 37, longitude: 120 },
      111_190,
      111_200,
    ],
    // Beijing (天安门) to Shanghai (人民广场): about 1 068 km.
    [
      '北京 → 上海',
      { latitude: 39.9087, longitude: 116.3975 },
      { latitude: 31.2304, longitude: 121.4737 },
      1_060_000,
      1_075_000,
    ],
    [
      'antipodes',
      { latitude: 0, longitude: 0 },
      { latitude: 0, longitude: 180 },
      20_015_000,
      20_016_000,
    ],
  ])('%s', (_name, a, b, min, max) => {
    const d = distanceMetres(a, b);
    expect(d).toBeGreaterThanOrEqual(min);
    expect(d).toBeLessThanOrEqual(max);
  });

  it('is symmetric and non-negative', () => {
    fc.assert(
      fc.property(point, point, (a, b) => {
        const d = distanceMetres(a, b);
        expect(d).toBeGreaterThanOrEqual(0);
        expect(Math.abs(d - distanceMetres(b, a))).toBeLessThan(1e-6);
      }),
    );
  });

  it('is zero from a point to itself', () => {
    fc.assert(
      fc.property(point, (a) => {
        expect(Math.abs(distanceMetres(a, a))).toBe(0);
      }),
    );
  });

  it('satisfies the triangle inequality', () => {
    fc.assert(
      fc.property(point, point, point, (a, b, c) => {
        // 1 mm for rounding: the atan2 form keeps its precision near antipodal points too.
        expect(distanceMetres(a, c)).toBeLessThanOrEqual(
          distanceMetres(a, b) + distanceMetres(b, c) + 1e-3,
        );
      }),
    );
  });

  it('keeps the triangle inequality near antipodal points (haversine lost centimetres there)', () => {
    const origin = { latitude: 0, longitude: 0 };
    const justSouth = { latitude: -6.037091348628667e-7, longitude: 0 };
    const nearAntipode = { latitude: 0, longitude: -179.99999790869023 };
    expect(distanceMetres(origin, nearAntipode)).toBeLessThanOrEqual(
      distanceMetres(origin, justSouth) + distanceMetres(justSouth, nearAntipode) + 1e-3,
    );
  });
});

describe('boundingBox', () => {
  it('holds every point within the radius', () => {
    fc.assert(
      fc.property(
        chinaPoint,
        fc.double({ min: 10, max: 600_000, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 2 * Math.PI, noNaN: true }),
        (center, radius, fraction, bearing) => {
          // A point at `fraction` of the radius in direction `bearing` (destination formula).
          const delta = (radius * fraction) / 6_371_008.8;
          const phi1 = (center.latitude * Math.PI) / 180;
          const lambda1 = (center.longitude * Math.PI) / 180;
          const phi2 = Math.asin(
            Math.sin(phi1) * Math.cos(delta) + Math.cos(phi1) * Math.sin(delta) * Math.cos(bearing),
          );
          const lambda2 =
            lambda1 +
            Math.atan2(
              Math.sin(bearing) * Math.sin(delta) * Math.cos(phi1),
              Math.cos(delta) - Math.sin(phi1) * Math.sin(phi2),
            );
          const inside = { latitude: (phi2 * 180) / Math.PI, longitude: (lambda2 * 180) / Math.PI };
          expect(distanceMetres(center, inside)).toBeLessThanOrEqual(radius * 1.000001 + 1e-6);
          expect(isInBox(inside, boundingBox(center, radius))).toBe(true);
        },
      ),
    );
  });

  it('is about ±0.018° of latitude for 2 km', () => {
    const box = boundingBox(QINGDAO_STATION, 2_000);
    expect(box.maxLatitude - QINGDAO_STATION.latitude).toBeCloseTo(0.017_986, 5);
    // Longitude degrees are shorter at 36°N: the box is wider in degrees.
    expect(box.maxLongitude - QINGDAO_STATION.longitude).toBeGreaterThan(0.022);
    expect(box.maxLongitude - QINGDAO_STATION.longitude).toBeLessThan(0.023);
  });

  it('spans every longitude near a pole', () => {
    const box = boundingBox({ latitude: 89.9, longitude: 10 }, 50_000);
    expect([box.minLongitude, box.maxLongitude]).toEqual([-180, 180]);
  });
});

describe('nearestFirst', () => {
  const located = fc.array(
    fc.record({
      id: fc.uuid(),
      latitude: fc.double({ min: 35.5, max: 37, noNaN: true }),
      longitude: fc.double({ min: 119.5, max: 121, noNaN: true }),
    }),
    { maxLength: 40 },
  );

  it('answers sorted by distance, at most k, and nothing left out is nearer', () => {
    fc.assert(
      fc.property(chinaPoint, located, fc.integer({ min: 0, max: 50 }), (origin, items, k) => {
        const answer = nearestFirst(origin, items, k);
        expect(answer.length).toBe(Math.min(k, items.length));
        for (let i = 1; i < answer.length; i += 1) {
          expect(answer[i - 1]?.distanceMetres).toBeLessThanOrEqual(
            answer[i]?.distanceMetres ?? Number.POSITIVE_INFINITY,
          );
        }
        const last = answer.at(-1)?.distanceMetres ?? Number.NEGATIVE_INFINITY;
        const chosen = new Set(answer.map((entry) => entry.item));
        for (const item of items) {
          if (!chosen.has(item) && answer.length === k) {
            expect(distanceMetres(origin, item)).toBeGreaterThanOrEqual(last);
          }
        }
      }),
    );
  });

  it('does not depend on the order of the candidates', () => {
    fc.assert(
      fc.property(chinaPoint, located, (origin, items) => {
        const forward = nearestFirst(origin, items, 5).map((entry) => entry.item.id);
        const backward = nearestFirst(origin, [...items].reverse(), 5).map(
          (entry) => entry.item.id,
        );
        expect(backward).toEqual(forward);
      }),
    );
  });

  it('is settled only when k candidates lie within the radius', () => {
    const origin = QINGDAO_STATION;
    const found = nearestFirst(
      origin,
      [
        { id: 'a', ...QINGDAO_STATION },
        { id: 'b', ...QINGDAO_MAY_FOURTH_SQUARE },
      ],
      2,
    );
    expect(nearestSearchSettled(found, 2_000, 1)).toBe(true);
    expect(nearestSearchSettled(found, 2_000, 2)).toBe(false);
    expect(nearestSearchSettled(found, 8_000, 2)).toBe(true);
  });
});

describe('coordinates', () => {
  it.each<[number, number, string | null]>([
    [36.06473, 120.31206, null],
    [120.31206, 36.06473, GEO_RULES.SWAPPED],
    [-36.06, 120.31, GEO_RULES.OUTSIDE_CHINA],
    [48.8566, 2.3522, GEO_RULES.OUTSIDE_CHINA],
    [Number.NaN, 120, GEO_RULES.NOT_A_NUMBER],
    [36, Number.POSITIVE_INFINITY, GEO_RULES.NOT_A_NUMBER],
    [95, 200, GEO_RULES.LATITUDE_RANGE],
    [36, 190, GEO_RULES.LONGITUDE_RANGE],
  ])('checkPositionCoordinates(%d, %d) → %s', (latitude, longitude, rule) => {
    const result = checkPositionCoordinates(latitude, longitude);
    if (rule === null) expect(result.ok).toBe(true);
    else expect(result.ok ? null : result.error.rule).toBe(rule);
  });

  it('rounds to 6 decimals', () => {
    const result = checkGeoPoint(36.064_734_567, 120.312_064_321);
    expect(result).toEqual({ ok: true, value: { latitude: 36.064_735, longitude: 120.312_064 } });
  });

  it('accepts any valid point as a search origin', () => {
    expect(checkGeoPoint(48.8566, 2.3522).ok).toBe(true);
  });

  it('knows China from elsewhere', () => {
    expect(isInChinaBounds(QINGDAO_STATION)).toBe(true);
    expect(isInChinaBounds({ latitude: 18.25, longitude: 109.5 })).toBe(true); // 三亚
    expect(isInChinaBounds({ latitude: 40.71, longitude: -74.0 })).toBe(false);
  });
});

describe('wgs84ToGcj02', () => {
  it('shifts a GPS point in Qingdao by the known few hundred metres', () => {
    const gcj = wgs84ToGcj02({ latitude: 36.0671, longitude: 120.3826 });
    // Known reference: in Qingdao the offset is about +0.0003° latitude, +0.0052° longitude.
    expect(gcj.latitude - 36.0671).toBeGreaterThan(0);
    expect(gcj.latitude - 36.0671).toBeLessThan(0.001);
    expect(gcj.longitude - 120.3826).toBeGreaterThan(0.004);
    expect(gcj.longitude - 120.3826).toBeLessThan(0.007);
  });

  it('moves points in China by 50–800 m and leaves the rest of the world alone', () => {
    fc.assert(
      fc.property(chinaPoint, (wgs) => {
        const shift = distanceMetres(wgs, wgs84ToGcj02(wgs));
        expect(shift).toBeGreaterThan(0);
        expect(shift).toBeLessThan(800);
      }),
    );
    expect(wgs84ToGcj02({ latitude: 48.8566, longitude: 2.3522 })).toEqual({
      latitude: 48.8566,
      longitude: 2.3522,
    });
  });
});
