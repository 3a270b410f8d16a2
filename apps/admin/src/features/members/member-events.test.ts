import { describe, expect, it } from 'vitest';
import { catalogues, labelOf, translate } from '../../i18n/catalogue';
import { type MemberEventLike, memberEventColor, memberEventWording } from './member-events';

function words(event: MemberEventLike, locale: 'zh-CN' | 'en' = 'zh-CN'): string {
  const catalogue = catalogues[locale];
  const wording = memberEventWording(
    event,
    (status) => labelOf(catalogue.memberStatuses, status),
    translate(catalogue, 'memberEvent.unknownUnion'),
  );
  return translate(catalogue, wording.key, wording.params);
}

const other = { name: '青岛顺丰速运有限公司市南分公司工会委员会' };

describe('memberEventWording', () => {
  it('says what happened, in Chinese', () => {
    expect(words({ type: 'JOINED', toStatus: 'ACTIVE' })).toBe('入会');
    expect(words({ type: 'TRANSFER_OUT', counterpartOrganization: other })).toBe(
      '转出至 青岛顺丰速运有限公司市南分公司工会委员会',
    );
    expect(words({ type: 'TRANSFER_IN', counterpartOrganization: other })).toBe(
      '由 青岛顺丰速运有限公司市南分公司工会委员会 转入',
    );
    expect(words({ type: 'STATUS_CHANGED', fromStatus: 'ACTIVE', toStatus: 'RETIRED_KEPT' })).toBe(
      '状态变更 正常→保留会籍',
    );
  });

  it('names a counterpart the viewer may not see without leaking it', () => {
    expect(words({ type: 'TRANSFER_OUT', counterpartOrganization: null })).toBe(
      '转出至 管辖范围外的工会',
    );
  });

  it('speaks English too', () => {
    expect(words({ type: 'TRANSFER_IN', counterpartOrganization: other }, 'en')).toBe(
      `Transferred in from ${other.name}`,
    );
    expect(words({ type: 'STATUS_CHANGED', fromStatus: 'LAPSED', toStatus: 'ACTIVE' }, 'en')).toBe(
      'Status changed: Lapsed → Active',
    );
  });

  it('shows the code of an event kind this build does not know', () => {
    expect(words({ type: 'CARD_ISSUED' })).toBe('CARD_ISSUED');
    expect(memberEventColor('CARD_ISSUED')).toBe('gray');
    expect(memberEventColor('TRANSFER_IN')).toBe('blue');
  });
});
