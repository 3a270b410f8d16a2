import { builder } from '../../builder.js';

export const CoordinateSystemEnum = builder.enumType('CoordinateSystem', {
  description:
    'The system of a point given to a search. Stored positions are GCJ-02 (Chinese maps); a browser’s geolocation is WGS-84 and is converted before comparing.',
  values: {
    GCJ02: { description: '国测局坐标: 高德、腾讯地图 and the stored positions.' },
    WGS84: { description: 'GPS, navigator.geolocation.' },
  } as const,
});
