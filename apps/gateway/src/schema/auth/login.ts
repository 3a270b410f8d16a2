import { randomBytes } from 'node:crypto';
import {
  checkPasswordPolicy,
  DEFAULT_SESSION_POLICY,
  isLocked,
  registerFailedLogin,
  registerSuccessfulLogin,
} from '@gonghui/domain';
import { z } from 'zod';
import { requireStaff } from '../../auth/access.js';
import { setSessionCookie } from '../../auth/cookies.js';
import { hashPassword, verifyPassword } from '../../auth/password-hash.js';
import { takeLoginAttempt } from '../../auth/rate-limit.js';
import { hashSecret, staffViewerOfSession } from '../../auth/viewer.js';
import { builder } from '../../builder.js';
import { prisma } from '../../db.js';
import { LoginFailedError, UnauthenticatedError, ValidationError } from '../../errors.js';
import { logger } from '../../logger.js';
import { ViewerRef } from './viewer.js';

const sessionMaxAgeSeconds = Math.floor(DEFAULT_SESSION_POLICY.absoluteTtlMs / 1000);

function lockoutStateOf(account: {
  failedLoginCount: number;
  firstFailedLoginAt: Date | null;
  lockedUntil: Date | null;
}) {
  return {
    failedCount: account.failedLoginCount,
    firstFailureAt: account.firstFailedLoginAt?.getTime() ?? null,
    lockedUntil: account.lockedUntil?.getTime() ?? null,
  };
}

const toDate = (ms: number | null) => (ms === null ? null : new Date(ms));

builder.mutationFields((t) => ({
  login: t.field({
    type: ViewerRef,
    description: 'Signs a staff member in: sets an HttpOnly, SameSite=Strict session cookie.',
    errors: { types: [ValidationError, LoginFailedError], directResult: true },
    args: {
      username: t.arg.string({
        validate: z.string().min(1, 'USERNAME_EMPTY|请输入用户名').max(64),
      }),
      password: t.arg.string({ validate: z.string().min(1, 'PASSWORD_EMPTY|请输入密码').max(256) }),
    },
    resolve: async (_root, args, context) => {
      const now = Date.now();
      const attempt = takeLoginAttempt(context.clientAddress, now);
      if (!attempt.allowed) {
        throw new LoginFailedError(
          'RATE_LIMITED',
          '登录尝试过于频繁，请稍后再试',
          new Date(now + attempt.retryAfterMs),
        );
      }
      const username = args.username.trim().toLowerCase();
      const account = await prisma.staffAccount.findUnique({ where: { username } });
      const state = account ? lockoutStateOf(account) : null;
      if (account && state) {
        const lock = isLocked(state, now);
        if (lock.locked) {
          throw new LoginFailedError(
            'ACCOUNT_LOCKED',
            '账号已被临时锁定，请稍后再试',
            toDate(lock.retryAt),
          );
        }
      }
      const valid = await verifyPassword(account?.passwordHash ?? null, args.password);
      if (!account || !state || account.disabledAt || !valid) {
        if (account && state && !account.disabledAt) {
          const next = registerFailedLogin(state, now);
          await prisma.staffAccount.update({
            where: { id: account.id },
            data: {
              failedLoginCount: next.failedCount,
              firstFailedLoginAt: toDate(next.firstFailureAt),
              lockedUntil: toDate(next.lockedUntil),
            },
          });
          const lock = isLocked(next, now);
          logger.warn({ staffId: account.id, locked: lock.locked }, 'login failed');
          if (lock.locked) {
            throw new LoginFailedError(
              'ACCOUNT_LOCKED',
              '密码错误次数过多，账号已被临时锁定',
              toDate(lock.retryAt),
            );
          }
        }
        // The same answer whether or not the username exists.
        throw new LoginFailedError('INVALID_CREDENTIALS', '用户名或密码错误');
      }
      const cleared = registerSuccessfulLogin();
      const token = randomBytes(32).toString('base64url');
      await prisma.$transaction([
        prisma.staffAccount.update({
          where: { id: account.id },
          data: {
            failedLoginCount: cleared.failedCount,
            firstFailedLoginAt: null,
            lockedUntil: null,
          },
        }),
        prisma.staffSession.create({
          data: { id: hashSecret(token), staffId: account.id, lastSeenAt: new Date(now) },
        }),
      ]);
      setSessionCookie(context.request, token, sessionMaxAgeSeconds);
      logger.info({ staffId: account.id }, 'login');
      const viewer = await staffViewerOfSession(hashSecret(token), new Date(now));
      if (!viewer) throw new UnauthenticatedError();
      return viewer;
    },
  }),
  logout: t.boolean({
    description: 'Ends this session (the cookie is cleared too).',
    resolve: async (_root, _args, context) => {
      setSessionCookie(context.request, null, 0);
      if (context.viewer.kind !== 'staff') return false;
      await prisma.staffSession.update({
        where: { id: context.viewer.sessionId },
        data: { revokedAt: new Date() },
      });
      return true;
    },
  }),
  changeMyPassword: t.boolean({
    description: 'Changes the signed-in person’s password; their other sessions end.',
    errors: { types: [ValidationError, UnauthenticatedError] },
    args: {
      currentPassword: t.arg.string(),
      newPassword: t.arg.string(),
    },
    resolve: async (_root, args, context) => {
      const viewer = requireStaff(context);
      const account = await prisma.staffAccount.findUniqueOrThrow({
        where: { id: viewer.staffId },
      });
      if (!(await verifyPassword(account.passwordHash, args.currentPassword))) {
        throw ValidationError.of('currentPassword', 'PASSWORD_CURRENT_WRONG', '当前密码不正确');
      }
      const policy = checkPasswordPolicy({
        password: args.newPassword,
        username: account.username,
        field: 'newPassword',
        sameAsCurrent: args.newPassword === args.currentPassword,
      });
      if (!policy.ok)
        throw ValidationError.of(policy.error.field, policy.error.rule, policy.error.message);
      await prisma.$transaction([
        prisma.staffAccount.update({
          where: { id: viewer.staffId },
          data: {
            passwordHash: await hashPassword(args.newPassword),
            passwordChangedAt: new Date(),
          },
        }),
        prisma.staffSession.updateMany({
          where: { staffId: viewer.staffId, id: { not: viewer.sessionId }, revokedAt: null },
          data: { revokedAt: new Date() },
        }),
      ]);
      return true;
    },
  }),
}));
