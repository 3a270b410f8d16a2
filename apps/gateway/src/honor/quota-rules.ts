import {
  isFinalNominationState,
  SLATE_QUOTA_BASES,
  type SlateNominee,
  type SlateQuotaRule,
} from '@gonghui/domain';
import type { HonorNomination, Prisma } from '../generated/prisma/client.js';

/**
 * A campaign's stored quota rules as the domain's SlateQuotaRule[]. They were checked by
 * checkSlateQuotaRules before being saved; anything else in the column is a bug.
 */
export function storedQuotaRules(value: Prisma.JsonValue): SlateQuotaRule[] {
  if (!Array.isArray(value)) throw new Error('honor_campaign.quota_rules is not a list');
  return value.map((item) => {
    const rule = item as Record<string, unknown>;
    if (
      typeof rule.category !== 'string' ||
      (rule.comparator !== 'AT_LEAST' && rule.comparator !== 'AT_MOST') ||
      typeof rule.shareBasisPoints !== 'number' ||
      !(SLATE_QUOTA_BASES as readonly unknown[]).includes(rule.base)
    ) {
      throw new Error('honor_campaign.quota_rules holds a malformed rule');
    }
    return {
      category: rule.category,
      comparator: rule.comparator,
      shareBasisPoints: rule.shareBasisPoints,
      base: rule.base as SlateQuotaRule['base'],
      ...(typeof rule.label === 'string' && rule.label.trim() ? { label: rule.label } : {}),
    };
  });
}

/** A quota rule as stored (JSON). */
export function quotaRuleJson(rule: SlateQuotaRule): Prisma.InputJsonObject {
  return {
    category: rule.category,
    comparator: rule.comparator,
    shareBasisPoints: rule.shareBasisPoints,
    base: rule.base,
    ...(rule.label ? { label: rule.label } : {}),
  };
}

/**
 * The slate of a campaign: its nominations still in the running (not rejected, withdrawn or
 * revoked), as the domain's SlateNominee[].
 */
export function slateOf(
  nominations: readonly Pick<HonorNomination, 'id' | 'subject' | 'categories' | 'state'>[],
): SlateNominee[] {
  return nominations
    .filter((nomination) => !isFinalNominationState(nomination.state))
    .map((nomination) => ({
      id: nomination.id,
      subject: nomination.subject,
      categories: nomination.categories,
    }));
}
