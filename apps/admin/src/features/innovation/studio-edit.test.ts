import { describe, expect, it } from 'vitest';
import { nextStudioStatuses } from './studio-edit';

describe('the studio status form', () => {
  it('offers the moves the gateway allows: suspend or de-list, reinstate or de-list, none after de-listing', () => {
    expect(nextStudioStatuses('ACTIVE')).toEqual(['SUSPENDED', 'DELISTED']);
    expect(nextStudioStatuses('SUSPENDED')).toEqual(['ACTIVE', 'DELISTED']);
    expect(nextStudioStatuses('DELISTED')).toEqual([]);
  });
});
