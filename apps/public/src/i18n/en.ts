import type { OrgKind } from '../graphql';
import type { MessageKey } from './zh-cn';

/** English: every key of the Chinese catalogue must be here (the type says so). */
export const enMessages: Record<MessageKey, string> = {
  'site.name': 'Gonghui',
  'site.footer': 'Gonghui · public service',
  'site.switchLanguage': '中文',
  'site.switchLanguageLabel': '切换为中文',
  'site.skipToContent': 'Skip to content',

  'page.title': 'Union organisations',
  'page.intro':
    'Browse the union hierarchy, from the national federation down to grassroots unions.',

  'search.label': 'Search organisations',
  'search.placeholder': 'Type part of a name',
  'search.clear': 'Clear',
  'search.searching': 'Searching…',
  'search.count': '{count} found',
  'search.more': 'Showing the first {shown}: type more of the name',
  'search.noMatch': 'Nothing matches “{term}”',

  'roots.title': 'Top level',
  'org.breadcrumb': 'You are here',
  'org.allOrganizations': 'All',
  'org.field.kind': 'Kind',
  'org.field.regionCode': 'Region code',
  'org.field.foundedOn': 'Founded',
  'org.field.dissolvedOn': 'Dissolved',
  'org.field.childCount': 'Sub-organisations',
  'org.childCount': '{count}',
  'org.childCountShort': '{count} below',
  'org.childrenTitle': 'Sub-organisations',
  'org.noChildren': 'No sub-organisations',
  'org.loadMore': 'Load more',
  'org.loadingMore': 'Loading…',
  'org.shown': 'Showing {shown} of {total}',
  'org.dissolved': 'Dissolved',

  'error.notFoundTitle': 'Organisation not found',
  'error.invalidTitle': 'Invalid link',
  'error.genericTitle': 'Cannot show this now',
  'error.networkTitle': 'Network problem',
  'error.networkBody': 'Check your connection and try again.',
  'error.serverBody': 'The service is unavailable. Try again later.',
  'error.pageNotFound': 'Page not found',
  'error.backToStart': 'Back to organisations',
  'common.retry': 'Retry',
  'common.loading': 'Loading…',
  'common.empty': '—',
};

export const enOrgKinds: Record<OrgKind, string> = {
  NATIONAL_FEDERATION: 'National federation',
  PROVINCIAL_FEDERATION: 'Provincial federation',
  NATIONAL_INDUSTRIAL_UNION: 'National industrial union',
  CITY_FEDERATION: 'City federation',
  COUNTY_FEDERATION: 'County / district federation',
  INDUSTRIAL_UNION: 'Industrial union',
  TOWNSHIP_UNION: 'Township / street union',
  PARK_UNION: 'Park union',
  JOINT_GRASSROOTS_UNION: 'Joint grassroots union',
  GRASSROOTS_UNION: 'Grassroots union',
  BRANCH: 'Branch',
  GROUP: 'Union group',
};
