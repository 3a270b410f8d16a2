import { COMPETITION_KINDS, type CompetitionKind, isCompetitionKind } from '@gonghui/domain';
import { calendarDateOrNull } from '../members/member-filters';

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

export const noCompetitionFilters: CompetitionListFilters = {
  organizationId: null,
  kind: null,
  startsFrom: null,
  startsTo: null,
};

function idOrNull(value: string | null): string | null {
  const text = (value ?? '').trim();
  return text === '' || text.length > 200 || /\p{Cc}/u.test(text) ? null : text;
}

/** Reads the filters from a query string; anything unknown or malformed is left out. */
export function competitionFiltersFromSearch(params: URLSearchParams): CompetitionListFilters {
  const kind = params.get('kind') ?? '';
  return {
    organizationId: idOrNull(params.get('org')),
    kind: isCompetitionKind(kind) ? kind : null,
    startsFrom: calendarDateOrNull(params.get('from')),
    startsTo: calendarDateOrNull(params.get('to')),
  };
}

/** Writes the filters as a query string, leaving out the empty ones, in a stable order. */
export function searchOfCompetitionFilters(filters: CompetitionListFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.organizationId) params.set('org', filters.organizationId);
  if (filters.kind) params.set('kind', filters.kind);
  const from = calendarDateOrNull(filters.startsFrom);
  if (from) params.set('from', from);
  const to = calendarDateOrNull(filters.startsTo);
  if (to) params.set('to', to);
  return params;
}

/** The `CompetitionFilter` input for the API. */
export function competitionFilterInput(filters: CompetitionListFilters) {
  return {
    organizationId: filters.organizationId,
    kind: filters.kind,
    startsFrom: calendarDateOrNull(filters.startsFrom),
    startsTo: calendarDateOrNull(filters.startsTo),
  };
}
