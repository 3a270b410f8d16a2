/**
 * The period of the 数据看板 and the printable report, kept in the address (?org=…&from=…&to=…):
 * a calendar year by default, or any from–to the API accepts.
 */
export interface DashboardSelection {
  organizationId: string | null;
  from: string;
  to: string;
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** A whole calendar year as a period. */
export function yearPeriod(year: number): { from: string; to: string } {
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

/** The year a period is, when it is exactly one calendar year. */
export function yearOfPeriod(from: string, to: string): number | null {
  const year = Number(from.slice(0, 4));
  return from === `${year}-01-01` && to === `${year}-12-31` ? year : null;
}

/**
 * The selection in the address; missing or malformed dates fall back to the last complete year
 * before today's (a year-end report is about the year just ended).
 */
export function selectionFromSearchParams(
  params: URLSearchParams,
  today: string,
): DashboardSelection {
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const fallback = yearPeriod(Number(today.slice(0, 4)) - 1);
  const valid = isoDate.test(from) && isoDate.test(to);
  return {
    organizationId: params.get('org') || null,
    from: valid ? from : fallback.from,
    to: valid ? to : fallback.to,
  };
}

export function searchParamsOfSelection(selection: DashboardSelection): URLSearchParams {
  const params = new URLSearchParams();
  if (selection.organizationId) params.set('org', selection.organizationId);
  params.set('from', selection.from);
  params.set('to', selection.to);
  return params;
}

/** The workbook download of the report (served by the gateway, same session cookie). */
export function reportWorkbookUrl(organizationId: string, from: string, to: string): string {
  const query = new URLSearchParams({ from, to });
  return `/api/reports/${encodeURIComponent(organizationId)}/annual-report.xlsx?${query}`;
}
