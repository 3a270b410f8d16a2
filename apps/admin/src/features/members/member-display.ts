import { isGrassrootsLevelKind } from '@gonghui/domain';
import type { PickerFilter } from '../organization/picker-tree';

/** Tag colours of the membership statuses. */
export const memberStatusColors: Record<string, string> = {
  ACTIVE: 'green',
  RETIRED_KEPT: 'blue',
  TRANSFERRED_OUT: 'default',
  LAPSED: 'orange',
  EXPELLED: 'red',
};

export const monospace = { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace' };

/** Membership is held at a live grassroots-level union (the domain's rule, also the gateway's). */
export const grassrootsOnly: PickerFilter = (organization) =>
  isGrassrootsLevelKind(organization.kind) && organization.dissolvedOn === null;
