/** Console paths of the honors module (under the router's /admin basename). */
export function campaignsPath(search?: URLSearchParams | string): string {
  const query = search?.toString() ?? '';
  return query === '' ? '/honors' : `/honors?${query}`;
}

export function campaignPath(id: string): string {
  return `/honors/campaigns/${encodeURIComponent(id)}`;
}

export function nominationPath(id: string): string {
  return `/honors/nominations/${encodeURIComponent(id)}`;
}

/** The public site's certificate check for a code (served at / by the same gateway). */
export function publicVerifyUrl(code: string, origin: string): string {
  return `${origin}/verify/${encodeURIComponent(code)}`;
}

/** The campaigns list's filters, from and to the query string. */
export interface CampaignFilters {
  year?: number;
  titleCode?: string;
}

export function campaignFiltersFromSearch(params: URLSearchParams): CampaignFilters {
  const filters: CampaignFilters = {};
  const year = params.get('year');
  if (year && /^\d{4}$/.test(year)) filters.year = Number(year);
  const title = params.get('title')?.trim();
  if (title) filters.titleCode = title;
  return filters;
}

export function searchOfCampaignFilters(filters: CampaignFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.year !== undefined) params.set('year', String(filters.year));
  if (filters.titleCode) params.set('title', filters.titleCode);
  return params;
}
