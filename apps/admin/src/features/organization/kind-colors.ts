import type { OrgKind } from '../../graphql';

/** Tag colours by tier: federations warm, intermediate unions gold/cyan, grassroots blue. */
const kindColors: Record<OrgKind, string> = {
  NATIONAL_FEDERATION: 'red',
  PROVINCIAL_FEDERATION: 'volcano',
  NATIONAL_INDUSTRIAL_UNION: 'volcano',
  CITY_FEDERATION: 'orange',
  COUNTY_FEDERATION: 'gold',
  INDUSTRIAL_UNION: 'cyan',
  TOWNSHIP_UNION: 'green',
  PARK_UNION: 'geekblue',
  JOINT_GRASSROOTS_UNION: 'purple',
  GRASSROOTS_UNION: 'blue',
  BRANCH: 'default',
  GROUP: 'default',
};

export function kindColor(kind: string): string {
  return Object.hasOwn(kindColors, kind) ? (kindColors[kind as OrgKind] ?? 'default') : 'default';
}
