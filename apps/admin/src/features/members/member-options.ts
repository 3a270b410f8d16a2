import { MEMBER_STATUSES, NEW_EMPLOYMENT_GROUPS } from '@gonghui/domain';
import type { MemberStatus, NewEmploymentGroup } from '../../graphql';
import { useI18n } from '../../i18n/i18n-context';

/** The select's value for "not one of the eight groups" (antd treats null as no value). */
export const noGroup = 'NONE';
export type GroupChoice = NewEmploymentGroup | typeof noGroup;

export function groupOfChoice(choice: GroupChoice | null | undefined): NewEmploymentGroup | null {
  return !choice || choice === noGroup ? null : choice;
}

/** 新就业形态 choices for a member: none, or one of the eight groups in the standard order. */
export function useEmploymentGroupOptions(): { value: GroupChoice; label: string }[] {
  const { t, label } = useI18n();
  return [
    { value: noGroup, label: t('member.field.employmentGroupNone') },
    ...NEW_EMPLOYMENT_GROUPS.map((group) => ({
      value: group,
      label: label('employmentGroups', group),
    })),
  ];
}

/** The eight groups, for a multi-select filter. */
export function useGroupFilterOptions(): { value: NewEmploymentGroup; label: string }[] {
  const { label } = useI18n();
  return NEW_EMPLOYMENT_GROUPS.map((group) => ({
    value: group,
    label: label('employmentGroups', group),
  }));
}

/** Every status, for a multi-select filter. */
export function useStatusFilterOptions(): { value: MemberStatus; label: string }[] {
  const { label } = useI18n();
  return MEMBER_STATUSES.map((status) => ({
    value: status,
    label: label('memberStatuses', status),
  }));
}
