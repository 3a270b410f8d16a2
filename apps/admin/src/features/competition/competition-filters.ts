import { COMPETITION_KINDS, type CompetitionKind, isCompetitionKind } from '@gonghui/domain';
import {
  addressFilters,
  calendarDateOrNull,
  codeParam,
  dateParam,
  idParam,
} from '../../shared/address-filters';

export const competitionKinds: readonly CompetitionKind[] = COMPETITION_KINDS;

/**
 * The 劳动和技能竞赛 list's filters, kept in the URL so that a link reproduces the list (the
 * annual report's 举办竞赛 figures link here): `/admin/competitions?org=<global id>&kind=SKILLS
 * &from=2025-01-01&to=2025-12-31` — competitions organised in the union's subtree, of that kind,
 * starting within the period (as the report counts "held").
 */
export interface CompetitionListFilters {
  /** Organised by this union or one below it (a global id). */
  organizationId: string | null;
  kind: CompetitionKind | null;
  /** Starting on or after / on or before, 'YYYY-MM-DD'. */
  startsFrom: string | null;
  startsTo: string | null;
}

/** The competition list's filters in the address, in this order. */
export const competitionFilters = addressFilters<CompetitionListFilters>({
  organizationId: idParam('org'),
  kind: codeParam('kind', isCompetitionKind),
  startsFrom: dateParam('from'),
  startsTo: dateParam('to'),
});

/** The `CompetitionFilter` input for the API. */
export function competitionFilterInput(filters: CompetitionListFilters) {
  return {
    organizationId: filters.organizationId,
    kind: filters.kind,
    startsFrom: calendarDateOrNull(filters.startsFrom),
    startsTo: calendarDateOrNull(filters.startsTo),
  };
}
