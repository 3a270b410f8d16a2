import type { MessageKey, MessageParams } from '../../i18n/catalogue';

/** A history entry as the documents ask for it (Member.history, Organization.memberEvents). */
export interface MemberEventLike {
  type: string;
  fromStatus?: string | null;
  toStatus?: string | null;
  counterpartOrganization?: { name: string } | null;
}

export interface MemberEventWording {
  key: MessageKey;
  params: MessageParams;
}

/**
 * 会籍变动 in words: 入会 / 转出至 X / 由 X 转入 / 状态变更 A→B. `statusLabel` names a status in the
 * viewer's language; `unknownUnion` stands for a counterpart the viewer may not see.
 */
export function memberEventWording(
  event: MemberEventLike,
  statusLabel: (status: string | null | undefined) => string,
  unknownUnion: string,
): MemberEventWording {
  const counterpart = event.counterpartOrganization?.name ?? unknownUnion;
  switch (event.type) {
    case 'JOINED':
      return { key: 'memberEvent.joined', params: {} };
    case 'TRANSFER_OUT':
      return { key: 'memberEvent.transferOut', params: { organization: counterpart } };
    case 'TRANSFER_IN':
      return { key: 'memberEvent.transferIn', params: { organization: counterpart } };
    case 'STATUS_CHANGED':
      return {
        key: 'memberEvent.statusChanged',
        params: { from: statusLabel(event.fromStatus), to: statusLabel(event.toStatus) },
      };
    default:
      // A kind of event this build does not know yet (the gateway may be newer): its code.
      return { key: 'memberEvent.other', params: { type: event.type } };
  }
}

/** The timeline colour of an event. */
export function memberEventColor(type: string): string {
  switch (type) {
    case 'JOINED':
      return 'green';
    case 'TRANSFER_OUT':
    case 'TRANSFER_IN':
      return 'blue';
    case 'STATUS_CHANGED':
      return 'orange';
    default:
      return 'gray';
  }
}
