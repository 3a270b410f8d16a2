import { checkGeoPoint, wgs84ToGcj02 } from '@gonghui/domain';
import { z } from 'zod';
import { builder } from '../../builder.js';
import { prisma } from '../../db.js';
import { ValidationError } from '../../errors.js';
import type { ServicePosition } from '../../generated/prisma/client.js';
import {
  nearestPositions,
  positionFilterWhere,
  positionValidationError,
  publicPositionWhere,
} from '../../service/positions.js';
import { CoordinateSystemEnum } from './coordinate-system.js';
import { ServicePositionRef } from './service-position.js';
import { ServicePositionKindEnum } from './service-position-kind.js';

interface NearestServicePosition {
  distanceMetres: number;
  position: ServicePosition;
}

const NearestServicePositionRef = builder
  .objectRef<NearestServicePosition>('NearestServicePosition')
  .implement({
    description: 'A position with its great-circle distance from the point searched from.',
    fields: (t) => ({
      distanceMetres: t.int({
        description: 'Metres, rounded (haversine on GCJ-02 coordinates).',
        resolve: (entry) => Math.round(entry.distanceMetres),
      }),
      position: t.field({ type: ServicePositionRef, resolve: (entry) => entry.position }),
    }),
  });

/** The most a nearest search returns. */
export const MAX_NEAREST = 50;

builder.queryField('nearestServicePositions', (t) =>
  t.field({
    type: [NearestServicePositionRef],
    description:
      '离我最近: the open and suspended positions nearest to a point, nearest first (equal distances by id), with their distance. The point is GCJ-02 unless `coordinateSystem: WGS84` (a browser’s geolocation), which is converted first.',
    errors: { types: [ValidationError] },
    args: {
      latitude: t.arg.float({ required: true }),
      longitude: t.arg.float({ required: true }),
      coordinateSystem: t.arg({ type: CoordinateSystemEnum, required: false }),
      kind: t.arg({ type: ServicePositionKindEnum, required: false }),
      openNow: t.arg.boolean({ required: false }),
      first: t.arg.int({
        required: false,
        description: `How many (1–${MAX_NEAREST}, default 10).`,
        validate: z
          .number()
          .int()
          .min(1, `NEAREST_FIRST_RANGE|数量应在 1–${MAX_NEAREST} 之间`)
          .max(MAX_NEAREST, `NEAREST_FIRST_RANGE|数量应在 1–${MAX_NEAREST} 之间`),
      }),
    },
    resolve: async (_root, args) => {
      const point = checkGeoPoint(args.latitude, args.longitude);
      if (!point.ok) throw positionValidationError([point.error], '');
      const origin = args.coordinateSystem === 'WGS84' ? wgs84ToGcj02(point.value) : point.value;
      const where = {
        AND: [
          publicPositionWhere(),
          ...(await positionFilterWhere({
            kind: args.kind ?? null,
            openNow: args.openNow ?? null,
          })),
        ],
      };
      const ranked = await nearestPositions(origin, where, args.first ?? 10);
      const rows = await prisma.servicePosition.findMany({
        where: { id: { in: ranked.map((entry) => entry.item.id) } },
      });
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ranked.flatMap((entry) => {
        const position = byId.get(entry.item.id);
        return position ? [{ distanceMetres: entry.distanceMetres, position }] : [];
      });
    },
  }),
);
