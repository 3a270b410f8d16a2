import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  districtCentres,
  emptyFinderState,
  finderSearch,
  fitProjection,
  formatDistance,
  parseFinderSearch,
  parseTypedPoint,
  SERVICE_KINDS,
} from './finder-logic';
import { KIND_LABELS, serviceMessagesForTest } from './messages';
import { isServiceRoute } from './routes';

describe('the finder’s query string', () => {
  it('round-trips a state', () => {
    const state = {
      district: '370202',
      kind: 'OUTDOOR_WORKER_STATION' as const,
      openNow: true,
      point: { latitude: 36.0617, longitude: 120.3845, system: 'WGS84' as const },
    };
    expect(finderSearch(state)).toBe(
      '?district=370202&kind=OUTDOOR_WORKER_STATION&open=1&lat=36.0617&lng=120.3845&crs=wgs84',
    );
    expect(parseFinderSearch(finderSearch(state))).toEqual(state);
    expect(finderSearch(emptyFinderState)).toBe('');
  });

  it('ignores what it does not understand', () => {
    expect(parseFinderSearch('?district=37&kind=GYM&lat=95&lng=120')).toEqual(emptyFinderState);
    expect(parseFinderSearch('?lat=36&lng=')).toEqual(emptyFinderState);
  });

  it('round-trips any valid state', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('', '370202', '370285'),
        fc.constantFrom('', ...SERVICE_KINDS),
        fc.option(
          fc.record({
            latitude: fc.double({ min: -90, max: 90, noNaN: true, noDefaultInfinity: true }),
            longitude: fc.double({ min: -180, max: 180, noNaN: true, noDefaultInfinity: true }),
            system: fc.constantFrom('GCJ02' as const, 'WGS84' as const),
          }),
        ),
        fc.boolean(),
        (district, kind, point, openNow) => {
          const state = { district, kind, openNow, point };
          const again = parseFinderSearch(finderSearch(state));
          expect(again.district).toBe(district);
          expect(again.kind).toBe(kind);
          expect(again.openNow).toBe(openNow);
          if (point) {
            expect(again.point?.latitude).toBe(point.latitude === 0 ? 0 : point.latitude);
            expect(again.point?.system).toBe(point.system);
          } else {
            expect(again.point).toBeNull();
          }
        },
      ),
    );
  });
});

describe('parseTypedPoint', () => {
  it.each<[string, { latitude: number; longitude: number } | null]>([
    ['36.0617, 120.3845', { latitude: 36.0617, longitude: 120.3845 }],
    ['36.0617，120.3845', { latitude: 36.0617, longitude: 120.3845 }],
    ['36.0617 120.3845', { latitude: 36.0617, longitude: 120.3845 }],
    ['120.3845,36.0617', { latitude: 36.0617, longitude: 120.3845 }],
    ['36.06', null],
    ['a, b', null],
    ['200, 300', null],
  ])('%j → %j', (text, point) => {
    expect(parseTypedPoint(text)).toEqual(point);
  });
});

describe('formatDistance', () => {
  it.each<[number, string, string]>([
    [0, '0 米', '0 m'],
    [849.6, '850 米', '850 m'],
    [1234, '1.2 公里', '1.2 km'],
    [15_432, '15 公里', '15 km'],
  ])('%d m', (metres, zh, en) => {
    expect(formatDistance(metres, 'zh-CN')).toBe(zh);
    expect(formatDistance(metres, 'en')).toBe(en);
  });
});

describe('the offline map', () => {
  const points = fc.array(
    fc.record({
      latitude: fc.double({ min: 35.5, max: 37, noNaN: true }),
      longitude: fc.double({ min: 119.5, max: 121, noNaN: true }),
    }),
    { minLength: 1, maxLength: 30 },
  );

  it('keeps every point inside the drawing, north up', () => {
    fc.assert(
      fc.property(points, (list) => {
        const projection = fitProjection(list, 640, 20, 200);
        for (const point of list) {
          const at = projection.project(point);
          expect(at.x).toBeGreaterThanOrEqual(19.999);
          expect(at.x).toBeLessThanOrEqual(620.001);
          expect(at.y).toBeGreaterThanOrEqual(0);
          expect(at.y).toBeLessThanOrEqual(projection.height);
        }
        const north = list.reduce((a, b) => (a.latitude >= b.latitude ? a : b));
        const south = list.reduce((a, b) => (a.latitude <= b.latitude ? a : b));
        expect(projection.project(north).y).toBeLessThanOrEqual(projection.project(south).y);
      }),
    );
  });

  it('names each district at the mean of its positions', () => {
    expect(
      districtCentres([
        { regionCode: '370202', latitude: 36, longitude: 120 },
        { regionCode: '370202', latitude: 36.2, longitude: 120.2 },
        { regionCode: '370203', latitude: 36.1, longitude: 120.3 },
      ]),
    ).toEqual([
      { regionCode: '370202', latitude: 36.1, longitude: 120.1, count: 2 },
      { regionCode: '370203', latitude: 36.1, longitude: 120.3, count: 1 },
    ]);
  });
});

describe('text', () => {
  it('has English for every Chinese message and kind', () => {
    expect(Object.keys(serviceMessagesForTest.en).sort()).toEqual(
      Object.keys(serviceMessagesForTest['zh-CN']).sort(),
    );
    for (const locale of ['zh-CN', 'en'] as const) {
      expect(Object.keys(KIND_LABELS[locale]).sort()).toEqual([...SERVICE_KINDS].sort());
    }
  });

  it('matches its route', () => {
    expect(isServiceRoute('/service-positions')).toBe(true);
    expect(isServiceRoute('/service-positions/')).toBe(true);
    expect(isServiceRoute('/honors')).toBe(false);
  });
});
