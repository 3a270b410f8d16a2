import { HONOR_SUBJECT_LABELS, HONOR_SUBJECTS } from '@gonghui/domain';
import { builder } from '../../builder.js';

export const HonorSubjectEnum = builder.enumType('HonorSubject', {
  description: 'Who receives a title: PERSON 个人, COLLECTIVE 集体, ORGANIZATION 单位.',
  values: Object.fromEntries(
    HONOR_SUBJECTS.map((subject) => [subject, { description: HONOR_SUBJECT_LABELS[subject] }]),
  ) as Record<(typeof HONOR_SUBJECTS)[number], { description: string }>,
});
