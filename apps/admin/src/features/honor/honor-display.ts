import {
  formatBasisPointsPercent,
  isSlateCategory,
  NOMINATION_TRANSITIONS,
  SLATE_CATEGORIES,
  SLATE_CATEGORY_LABELS,
} from '@gonghui/domain';
import { catalogues, type MessageKey } from '../../i18n/catalogue';

/** 推荐状态 as the schema spells it. */
export type NominationState =
  | 'DRAFT'
  | 'SUBMITTED'
  | 'QUALIFIED'
  | 'PUBLIC_NOTICE'
  | 'APPROVED'
  | 'PUBLISHED'
  | 'REJECTED'
  | 'WITHDRAWN'
  | 'REVOKED';

/** A workflow move as the schema spells it. */
export type NominationMove =
  | 'SUBMIT'
  | 'QUALIFY'
  | 'START_NOTICE'
  | 'APPROVE'
  | 'PUBLISH'
  | 'REJECT'
  | 'WITHDRAW'
  | 'REVOKE';

export type QuotaComparator = 'AT_LEAST' | 'AT_MOST';
export type QuotaBase = 'PERSONS' | 'COLLECTIVES' | 'ORGANIZATIONS' | 'NOMINEES';

/** antd Tag colours of the nomination states: in progress blue, public notice gold, done green. */
export const nominationStateColors: Record<NominationState, string> = {
  DRAFT: 'default',
  SUBMITTED: 'processing',
  QUALIFIED: 'blue',
  PUBLIC_NOTICE: 'gold',
  APPROVED: 'cyan',
  PUBLISHED: 'success',
  REJECTED: 'error',
  WITHDRAWN: 'default',
  REVOKED: 'magenta',
};

/** The moves that close a nomination or an award and need a reason (the gateway requires one). */
export function moveNeedsReason(move: NominationMove): boolean {
  return move === 'REJECT' || move === 'REVOKE';
}

/** Moves that end something for good: shown as danger buttons. */
export function moveIsDestructive(move: NominationMove): boolean {
  return move === 'REJECT' || move === 'REVOKE' || move === 'WITHDRAW';
}

/** The order the buttons appear in: forward moves first, then the closing ones. */
const moveOrder: NominationMove[] = [
  'SUBMIT',
  'QUALIFY',
  'START_NOTICE',
  'APPROVE',
  'PUBLISH',
  'WITHDRAW',
  'REJECT',
  'REVOKE',
];

export function orderedMoves(moves: readonly NominationMove[]): NominationMove[] {
  return moveOrder.filter((move) => moves.includes(move));
}

/** 1234 basis points → "12.34" (the domain's own formatting, trailing zeros dropped). */
export function percentOfBasisPoints(basisPoints: number): string {
  return formatBasisPointsPercent(basisPoints);
}

/**
 * A percentage typed in the form (0–100, at most two decimals) → basis points, or null when it
 * is not one. Computed on the decimal text, so 33.33 is exactly 3333 (no floating error).
 */
export function basisPointsOfPercent(percent: number | string | null | undefined): number | null {
  if (percent === null || percent === undefined) return null;
  const text = String(percent).trim();
  const match = /^(\d{1,3})(?:\.(\d{1,2}))?$/.exec(text);
  if (!match) return null;
  const whole = Number(match[1]);
  const fraction = Number((match[2] ?? '').padEnd(2, '0'));
  const basisPoints = whole * 100 + fraction;
  return basisPoints > 10_000 ? null : basisPoints;
}

/** The category codes the forms offer (the domain's known ones). */
export const knownCategories: readonly string[] = SLATE_CATEGORIES;

/**
 * A category's name in the console's language (the catalogue's `honor.category.*`, whose Chinese
 * is the domain's wording), or its code when the campaign made up its own.
 */
export function categoryLabel(
  category: string,
  t: (key: MessageKey) => string = (key) => catalogues['zh-CN'].messages[key],
): string {
  return isSlateCategory(category) ? t(`honor.category.${category}`) : category;
}

/** The domain's Chinese wording of a known category (what the catalogue must agree with). */
export function domainCategoryLabel(category: string): string | undefined {
  return isSlateCategory(category) ? SLATE_CATEGORY_LABELS[category] : undefined;
}

/** One quota rule as the campaign form edits it. */
export interface QuotaRuleFormValue {
  category: string;
  comparator: QuotaComparator;
  /** A percentage, 0–100. */
  percent: number | string;
  base: QuotaBase;
}

/** A rule as the API gives it (QuotaRule) or takes it (QuotaRuleInput). */
export interface QuotaRuleShape {
  category: string;
  comparator: QuotaComparator;
  shareBasisPoints: number;
  base: QuotaBase;
  label?: string | null;
}

/** A preset's rule → a row of the form (the percent as the domain writes it). */
export function formValueOfRule(rule: QuotaRuleShape): QuotaRuleFormValue {
  return {
    category: rule.category,
    comparator: rule.comparator,
    percent: percentOfBasisPoints(rule.shareBasisPoints),
    base: rule.base,
  };
}

/**
 * The form's rows → QuotaRuleInput. A row whose percent is not a percentage is sent as -1 basis
 * points, which the gateway refuses with its own message under that row's field.
 */
export function inputOfFormValues(
  rows: readonly QuotaRuleFormValue[],
): { category: string; comparator: QuotaComparator; shareBasisPoints: number; base: QuotaBase }[] {
  return rows.map((row) => ({
    category: row.category.trim(),
    comparator: row.comparator,
    shareBasisPoints: basisPointsOfPercent(row.percent) ?? -1,
    base: row.base,
  }));
}

/** ≥ / ≤ */
export function comparatorSign(comparator: QuotaComparator): string {
  return comparator === 'AT_LEAST' ? '≥' : '≤';
}

/** The gateway names a rule's share `quotaRules.N.shareBasisPoints`; the form edits it as `percent`. */
export function quotaIssueField(field: string): string {
  return field.replace(/(quotaRules\.\d+\.)shareBasisPoints$/, '$1percent');
}

/** The console's permission for one of the domain's honor permissions (`honor.review` → HONOR_REVIEW). */
function consolePermissionOf(permission: string): string {
  return permission.replace('.', '_').toUpperCase();
}

/**
 * The moves to offer as buttons: those the workflow allows now (`availableMoves`) whose permission
 * (the domain's NOMINATION_TRANSITIONS) the viewer holds somewhere. The gateway still checks it
 * at the nomination's union, and the rest (self-approval, notice, consent) — and says why.
 */
export function offeredMoves(
  state: NominationState,
  available: readonly NominationMove[],
  permissions: readonly string[],
): NominationMove[] {
  return orderedMoves(available).filter((move) => {
    const transition = NOMINATION_TRANSITIONS.find(
      (candidate) => candidate.move === move && candidate.from === state,
    );
    return (
      transition !== undefined && permissions.includes(consolePermissionOf(transition.permission))
    );
  });
}
