import type { MessageKey } from '../../i18n/catalogue';

/** The catalogue key of an enum value of the competitions module (the Chinese is the domain's). */
export function competitionLabelKey(
  group: 'kind' | 'class' | 'award' | 'level' | 'appealState' | 'tieBreak',
  value: string,
): MessageKey {
  return `competition.${group}.${value}` as MessageKey;
}

/** Marks for display: 87.25 → "87.25", null → "—". */
export function formatMarks(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : String(Math.round(value * 100) / 100);
}

export const competitionPath = (id: string) => `/competitions/${encodeURIComponent(id)}`;
export const scoringPath = (stageId: string) =>
  `/competitions/scoring/${encodeURIComponent(stageId)}`;
export const promotionsWorkbookUrl = (id: string) =>
  `/api/competitions/${encodeURIComponent(id)}/promotions.xlsx`;
