import { randomUUID } from 'node:crypto';
import { receiveObjection } from '@gonghui/domain';
import { z } from 'zod';
import { takeObjectionAttempt } from '../../auth/rate-limit.js';
import { builder } from '../../builder.js';
import { prisma } from '../../db.js';
import { NotFoundError, RuleViolationError, ValidationError } from '../../errors.js';
import { parseGlobalIdOf } from '../../global-id.js';
import { noticeOf, ruleViolation } from '../../honor/domain-records.js';
import { dateColumn, today } from '../../shared-dates.js';

interface ObjectionReceipt {
  receivedOn: Date;
  noticeEndsOn: Date;
}

const ObjectionReceiptRef = builder.objectRef<ObjectionReceipt>('ObjectionReceipt').implement({
  description: 'An objection was received; the organising union checks it before approval.',
  fields: (t) => ({
    receivedOn: t.expose('receivedOn', { type: 'Date' }),
    noticeEndsOn: t.expose('noticeEndsOn', { type: 'Date' }),
    message: t.string({ resolve: () => '异议已收到，组织单位将在审批前核查处理' }),
  }),
});

const objectionText = z
  .string()
  .trim()
  .min(5, 'OBJECTION_TEXT_TOO_SHORT|异议内容至少 5 个字')
  .max(1000, 'OBJECTION_TEXT_TOO_LONG|异议内容最多 1000 个字')
  .refine(
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it refuses
    (text) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(text),
    'OBJECTION_TEXT_INVALID_CHARACTER|异议内容含有无效字符',
  );

builder.mutationField('submitObjection', (t) =>
  t.field({
    type: ObjectionReceiptRef,
    description:
      '对公示提出异议: anyone, during the notice only; limited per address. The sender is not recorded.',
    errors: { types: [ValidationError, NotFoundError, RuleViolationError], directResult: true },
    args: {
      nominationId: t.arg.id({ required: true }),
      text: t.arg.string({ required: true, description: '5–1000 characters.' }),
    },
    resolve: async (_root, args, context) => {
      const attempt = takeObjectionAttempt(context.clientAddress);
      if (!attempt.allowed) {
        throw new RuleViolationError(
          'OBJECTION_RATE_LIMITED',
          `提交过于频繁，请 ${Math.max(1, Math.ceil(attempt.retryAfterMs / 1000))} 秒后再试`,
        );
      }
      const text = objectionText.safeParse(args.text);
      if (!text.success) {
        const [rule = 'INVALID', message = '异议内容无效'] = (
          text.error.issues[0]?.message ?? ''
        ).split('|');
        throw ValidationError.of('text', rule, message);
      }
      const id = parseGlobalIdOf('Nomination', args.nominationId, 'nominationId');
      const nomination = await prisma.honorNomination.findFirst({
        where: { id, state: 'PUBLIC_NOTICE' },
      });
      const notice = nomination ? noticeOf(nomination) : null;
      if (!nomination || !notice) throw new NotFoundError('公示');
      const receivedOn = today();
      const received = receiveObjection(randomUUID(), receivedOn, notice);
      if (!received.ok) throw ruleViolation(received.error, { receivedOn: 'nominationId' });
      await prisma.$transaction(async (tx) => {
        await tx.honorObjection.create({
          data: {
            id: received.value.id,
            nominationId: id,
            text: text.data,
            receivedOn: dateColumn(received.value.receivedOn),
          },
        });
        await tx.honorNominationEvent.create({
          data: {
            nominationId: id,
            action: 'OBJECTION_RECEIVED',
            fromState: nomination.state,
            toState: nomination.state,
          },
        });
      });
      return { receivedOn: dateColumn(receivedOn), noticeEndsOn: dateColumn(notice.endsOn) };
    },
  }),
);
