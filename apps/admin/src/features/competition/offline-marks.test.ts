import { describe, expect, it } from 'vitest';
import {
  enqueueMark,
  loadQueue,
  marksOfStage,
  offlineMarksKey,
  type QueuedMark,
  removeAccepted,
  saveQueue,
} from './offline-marks';

const mark = (entryId: string, marks: number, stageId = 's1'): QueuedMark => ({
  stageId,
  entryId,
  aspectCode: 'PLATE',
  marks,
});

function memoryStorage() {
  const data = new Map<string, string>();
  return {
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => void data.set(key, value),
    data,
  };
}

describe('the offline marks queue', () => {
  it('keeps one mark per slot, the latest typed', () => {
    const queue = enqueueMark(enqueueMark([mark('e1', 50)], mark('e2', 40)), mark('e1', 55));
    expect(queue).toEqual([mark('e2', 40), mark('e1', 55)]);
  });

  it('drops only what the gateway accepted with the same value', () => {
    const queue = [mark('e1', 55), mark('e2', 40)];
    // e1 was retyped to 55 after 50 was sent: the 55 stays queued.
    expect(removeAccepted(queue, [mark('e1', 50), mark('e2', 40)])).toEqual([mark('e1', 55)]);
  });

  it('survives a reload through storage, and ignores garbage', () => {
    const storage = memoryStorage();
    saveQueue(storage, [mark('e1', 55), mark('e9', 10, 's2')]);
    expect(loadQueue(storage)).toEqual([mark('e1', 55), mark('e9', 10, 's2')]);
    expect(marksOfStage(loadQueue(storage), 's2')).toEqual([mark('e9', 10, 's2')]);
    storage.setItem(offlineMarksKey, '{not json');
    expect(loadQueue(storage)).toEqual([]);
    storage.setItem(offlineMarksKey, JSON.stringify([{ stageId: 's1' }, mark('e1', 1)]));
    expect(loadQueue(storage)).toEqual([mark('e1', 1)]);
  });
});
