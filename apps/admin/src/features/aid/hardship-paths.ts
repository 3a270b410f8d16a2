/** Console paths of the hardship registry (under the /admin basename). */
export const hardshipFilesPath = '/aid/hardship';
export const newHardshipFilePath = '/aid/hardship/new';
export const aidRuleSetsPath = '/aid/rules';

export function hardshipFilePath(id: string): string {
  return `/aid/hardship/${encodeURIComponent(id)}`;
}

/** Yearly review ('review') or re-entry ('reenter') of a file. */
export function hardshipFileActionPath(id: string, action: 'review' | 'reenter'): string {
  return `/aid/hardship/${encodeURIComponent(id)}/${action}`;
}
