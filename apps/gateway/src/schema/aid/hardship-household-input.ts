import {
  type FieldError,
  fieldError,
  type HardshipCause,
  hardshipFileIssues,
  memberIdentityKey,
  parseResidentIdNumber,
} from '@gonghui/domain';
import type { HouseholdMemberRecord, HouseholdRecord } from '../../aid/hardship-records.js';
import { builder } from '../../builder.js';
import { validationFailure } from '../../honor/domain-records.js';
import { HouseholdFactsInput, householdFactsOf } from './assess-household-facts-input.js';
import { HardshipCauseEnum } from './hardship-cause.js';
import { HouseholdMemberInput } from './hardship-member-input.js';

export const HardshipHouseholdInput = builder.inputType('HardshipHouseholdInput', {
  description:
    'The household of a hardship file: its people, the facts classification uses (size = number of people), causes, documents and the situation.',
  fields: (t) => ({
    members: t.field({ type: [HouseholdMemberInput], required: true }),
    facts: t.field({ type: HouseholdFactsInput, required: true }),
    causes: t.field({ type: [HardshipCauseEnum], required: true, description: '致困原因.' }),
    documents: t.stringList({
      required: false,
      description: '证明材料 received (e.g. 低保证, 住院发票).',
    }),
    situation: t.string({ required: false, description: '困难情况说明.' }),
  }),
});

type HouseholdInput = typeof HardshipHouseholdInput.$inferInput;

const MAX_TEXT = { name: 50, occupation: 50, title: 50, document: 100, situation: 1000 };
const MAX_DOCUMENTS = 30;
const MAX_MEMBERS = 30;

/**
 * The input as the sealed household record, with every problem found: the domain's file rules
 * (one SELF, named members, a cause), ID numbers, lengths, and size = number of people.
 */
export function householdRecordOf(
  input: HouseholdInput,
  field: string,
): { record: HouseholdRecord; causes: HardshipCause[] } {
  const issues: FieldError[] = [];
  const text = (value: string | null | undefined, max: number, path: string, label: string) => {
    const trimmed = value?.trim() ?? '';
    if (trimmed.length > max) {
      issues.push(fieldError(path, 'AID_FILE_TEXT_TOO_LONG', `${label}最多 ${max} 个字`));
    }
    return trimmed === '' ? null : trimmed;
  };
  if (input.members.length > MAX_MEMBERS) {
    issues.push(
      fieldError('members', 'AID_FILE_TOO_MANY_MEMBERS', `家庭成员最多 ${MAX_MEMBERS} 人`),
    );
  }
  const members: HouseholdMemberRecord[] = input.members.map((member, index) => {
    let idNumber: string | null = null;
    if (member.idNumber?.trim()) {
      const parsed = parseResidentIdNumber(member.idNumber, `members.${index}.idNumber`);
      if (parsed.ok) idNumber = memberIdentityKey(parsed.value);
      else issues.push(parsed.error);
    }
    return {
      name: text(member.name, MAX_TEXT.name, `members.${index}.name`, '姓名') ?? '',
      relation: member.relation,
      idNumber,
      health: member.health,
      occupation: text(
        member.occupation,
        MAX_TEXT.occupation,
        `members.${index}.occupation`,
        '职业',
      ),
      schoolLevel: member.schoolLevel ?? null,
      modelWorkerTitle: text(
        member.modelWorkerTitle,
        MAX_TEXT.title,
        `members.${index}.modelWorkerTitle`,
        '劳模称号',
      ),
    };
  });
  const causes = [...new Set(input.causes)];
  issues.push(...hardshipFileIssues({ members, causes }));
  const facts = householdFactsOf(input.facts);
  if (facts.size !== members.length) {
    issues.push(
      fieldError(
        'facts.size',
        'AID_FILE_SIZE_MISMATCH',
        `家庭人口 ${facts.size} 人与登记的家庭成员 ${members.length} 人不一致`,
      ),
    );
  }
  const documents = (input.documents ?? []).map((document, index) =>
    text(document, MAX_TEXT.document, `documents.${index}`, '材料名称'),
  );
  if (documents.length > MAX_DOCUMENTS) {
    issues.push(
      fieldError('documents', 'AID_FILE_TOO_MANY_DOCUMENTS', `材料最多 ${MAX_DOCUMENTS} 项`),
    );
  }
  const situation = text(input.situation, MAX_TEXT.situation, 'situation', '困难情况说明');
  if (issues.length > 0) {
    throw validationFailure(
      issues.map((issue) => ({ ...issue, field: `${field}.${issue.field}` })),
    );
  }
  return {
    record: {
      members,
      facts,
      documents: documents.filter((document): document is string => document !== null),
      situation,
    },
    causes,
  };
}
