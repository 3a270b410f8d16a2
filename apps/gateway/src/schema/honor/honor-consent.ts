import {
  type CalendarDate,
  type Consent,
  consentIssues,
  isFinalNominationState,
  NOMINATION_RULES,
  NOMINATION_STATE_LABELS,
  publicProfileScopes,
} from '@gonghui/domain';
import { requireStaff } from '../../auth/access.js';
import type { StaffViewer } from '../../auth/viewer.js';
import { builder } from '../../builder.js';
import { prisma } from '../../db.js';
import {
  ForbiddenError,
  NotFoundError,
  RuleViolationError,
  UnauthenticatedError,
  ValidationError,
} from '../../errors.js';
import type { Prisma } from '../../generated/prisma/client.js';
import { honorActor } from '../../honor/access.js';
import { consentOf, consentScopesOf, validationFailure } from '../../honor/domain-records.js';
import { recordNominationChange } from '../../honor/history.js';
import { invalidatePublicHonorReads } from '../../honor/public-read-cache.js';
import { visibleNomination } from '../../honor/visible-nomination.js';
import { dateColumn, today } from '../../shared-dates.js';
import { RecordConsentInput } from './consent-input.js';
import { ConsentScopeEnum } from './consent-scope.js';

export const HonorConsentRef = builder.prismaObject('HonorConsent', {
  name: 'HonorConsent',
  description: '本人同意: consent to publish a nominee’s name, photo and story.',
  fields: (t) => ({
    givenBy: t.exposeString('givenBy', { description: 'The person, or their guardian.' }),
    givenOn: t.expose('givenOn', { type: 'Date' }),
    scopes: t.field({
      type: [ConsentScopeEnum],
      resolve: (consent) => consentScopesOf(consent.scopes),
    }),
    recordedAt: t.expose('recordedAt', { type: 'DateTime' }),
    withdrawnOn: t.expose('withdrawnOn', { type: 'Date', nullable: true }),
  }),
});

/**
 * Rewrites what a published award shows after its consent changed: the domain's
 * publicProfileScopes of the consent now in force. Persons only; teams and employers need none.
 */
async function refreshAwardScopes(
  tx: Prisma.TransactionClient,
  nomination: { id: string; subject: string },
  consent: Consent | null,
) {
  if (nomination.subject !== 'PERSON') return;
  await tx.honorAward.updateMany({
    where: { nominationId: nomination.id },
    data: { publicScopes: [...publicProfileScopes(consent, today())] },
  });
}

/** Who may record a consent: the nominating side (honor.nominate) or the publisher. */
function requireConsentPermission(
  viewer: StaffViewer,
  nomination: { lineageIds: string[]; campaign: { lineageIds: string[] } },
) {
  const actor = honorActor(viewer, nomination.campaign.lineageIds, nomination.lineageIds);
  if (!actor.permissions.some((p) => p === 'honor.nominate' || p === 'honor.publish')) {
    throw new ForbiddenError('记录本人同意需要推荐或发布荣誉的权限');
  }
}

const consentErrors = () => ({
  types: [ValidationError, RuleViolationError, ForbiddenError, NotFoundError, UnauthenticatedError],
  directResult: true as const,
});

builder.mutationFields((t) => ({
  recordConsent: t.prismaField({
    type: 'HonorConsent',
    description:
      '记录本人同意: who consented, when, and to what (name, photo, story). It replaces the one in force; a published award shows at once what the new consent allows.',
    errors: consentErrors(),
    args: {
      nominationId: t.arg.id({ required: true }),
      input: t.arg({ type: RecordConsentInput, required: true }),
    },
    resolve: async (query, _root, { nominationId, input }, context) => {
      const viewer = requireStaff(context);
      const nomination = await visibleNomination(viewer, nominationId, 'nominationId');
      requireConsentPermission(viewer, nomination);
      if (isFinalNominationState(nomination.state)) {
        throw new RuleViolationError(
          NOMINATION_RULES.FINAL,
          `推荐状态为「${NOMINATION_STATE_LABELS[nomination.state]}」，不能再记录同意`,
        );
      }
      const consent: Consent = {
        givenBy: input.givenBy.trim(),
        givenOn: input.givenOn as CalendarDate,
        scopes: [...new Set(input.scopes)],
        withdrawnOn: null,
      };
      // The domain's checks of the consent itself (giver, not in the future); no scope required.
      const issues = consentIssues(consent, [], today(), 'input').map((issue) => ({
        ...issue,
        field:
          issue.rule === NOMINATION_RULES.CONSENT_GIVER_EMPTY ? 'input.givenBy' : 'input.givenOn',
      }));
      if (issues.length > 0) throw validationFailure(issues);
      const saved = await prisma.$transaction(async (tx) => {
        const row = await tx.honorConsent.create({
          data: {
            nominationId: nomination.id,
            givenBy: consent.givenBy,
            givenOn: dateColumn(consent.givenOn),
            scopes: [...consent.scopes],
            recordedByStaffId: viewer.staffId,
          },
        });
        await refreshAwardScopes(tx, nomination, consent);
        await recordNominationChange(tx, viewer, {
          nomination,
          action: 'CONSENT',
          fromState: nomination.state,
          toState: nomination.state,
          audit: { after: { scopes: [...consent.scopes], givenOn: consent.givenOn } },
        });
        return tx.honorConsent.findUniqueOrThrow({ ...query, where: { id: row.id } });
      });
      invalidatePublicHonorReads(); // an award's public fields follow its consent
      return saved;
    },
  }),
  withdrawConsent: t.prismaField({
    type: 'HonorConsent',
    description:
      '撤回同意: from today the person’s profile is off the public roll (their award stays valid).',
    errors: consentErrors(),
    args: { nominationId: t.arg.id({ required: true }) },
    resolve: async (query, _root, { nominationId }, context) => {
      const viewer = requireStaff(context);
      const nomination = await visibleNomination(viewer, nominationId, 'nominationId');
      requireConsentPermission(viewer, nomination);
      const current = await prisma.honorConsent.findFirst({
        where: { nominationId: nomination.id },
        orderBy: [{ recordedAt: 'desc' }, { id: 'desc' }],
      });
      if (!current || current.withdrawnOn) {
        throw new RuleViolationError(NOMINATION_RULES.CONSENT_MISSING, '没有可撤回的同意');
      }
      const now = today();
      const saved = await prisma.$transaction(async (tx) => {
        const row = await tx.honorConsent.update({
          where: { id: current.id },
          data: { withdrawnOn: dateColumn(now) },
        });
        await refreshAwardScopes(tx, nomination, consentOf(row));
        await recordNominationChange(tx, viewer, {
          nomination,
          action: 'CONSENT_WITHDRAWN',
          fromState: nomination.state,
          toState: nomination.state,
          audit: { after: { withdrawnOn: now } },
        });
        return tx.honorConsent.findUniqueOrThrow({ ...query, where: { id: row.id } });
      });
      invalidatePublicHonorReads(); // an award's public fields follow its consent
      return saved;
    },
  }),
}));
