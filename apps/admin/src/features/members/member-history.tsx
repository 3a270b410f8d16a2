import { Empty, Flex, Timeline, Typography } from 'antd';
import { Link } from 'react-router';
import { useI18n } from '../../i18n/i18n-context';
import { organizationPath } from '../organization/organization-paths';
import { memberEventColor, memberEventWording } from './member-events';

export interface MemberHistoryEvent {
  type: string;
  date: string;
  fromStatus: string | null;
  toStatus: string | null;
  recordedAt: string;
  organization: { id: string; name: string };
  counterpartOrganization: { id: string; name: string } | null;
}

/** The words of one event: 入会 / 转出至 X / 由 X 转入 / 状态变更 A→B. */
export function useMemberEventText() {
  const { t, label } = useI18n();
  const unknownUnion = t('memberEvent.unknownUnion');
  return (event: Parameters<typeof memberEventWording>[0]) => {
    const wording = memberEventWording(
      event,
      (status) => label('memberStatuses', status),
      unknownUnion,
    );
    return t(wording.key, wording.params);
  };
}

/** 会籍变动 of one member, newest first (as the API sends it), as a timeline. */
export function MemberHistory({ events }: { events: readonly MemberHistoryEvent[] }) {
  const { t, formatDate, formatDateTime } = useI18n();
  const eventText = useMemberEventText();
  if (events.length === 0) {
    return (
      <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('memberDetail.historyEmpty')} />
    );
  }
  return (
    <div data-testid="member-history">
      <Timeline
        items={events.map((event, index) => ({
          key: `${event.type}-${event.date}-${event.organization.id}-${index}`,
          color: memberEventColor(event.type),
          content: (
            <Flex vertical gap={2} data-testid="member-history-item">
              <Flex gap={12} wrap align="baseline">
                <Typography.Text strong>{formatDate(event.date)}</Typography.Text>
                <Typography.Text>{eventText(event)}</Typography.Text>
              </Flex>
              <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                <Link to={organizationPath(event.organization.id)}>{event.organization.name}</Link>
                {' · '}
                {t('memberEvent.recordedAt', { time: formatDateTime(event.recordedAt) })}
              </Typography.Text>
            </Flex>
          ),
        }))}
      />
    </div>
  );
}
