/**
 * The judge's offline queue: marks typed on the tablet are kept in localStorage until the
 * gateway has accepted them, so an entry typed while the venue's network drops is not lost and is
 * sent when it returns. One mark per (stage, entry, aspect): typing again replaces the queued
 * value (the gateway replaces it too while the stage is open).
 */
export interface QueuedMark {
  stageId: string;
  entryId: string;
  aspectCode: string;
  marks: number;
}

export const offlineMarksKey = 'gonghui.competition.pendingMarks';

const same = (a: QueuedMark, b: Pick<QueuedMark, 'stageId' | 'entryId' | 'aspectCode'>) =>
  a.stageId === b.stageId && a.entryId === b.entryId && a.aspectCode === b.aspectCode;

/** The queue with `mark` added or replacing the one for the same slot. */
export function enqueueMark(queue: readonly QueuedMark[], mark: QueuedMark): QueuedMark[] {
  return [...queue.filter((queued) => !same(queued, mark)), mark];
}

/** The queue without the marks the gateway accepted (only those with the same value). */
export function removeAccepted(
  queue: readonly QueuedMark[],
  accepted: readonly QueuedMark[],
): QueuedMark[] {
  return queue.filter(
    (queued) => !accepted.some((done) => same(queued, done) && done.marks === queued.marks),
  );
}

/** The queued marks of one stage. */
export function marksOfStage(queue: readonly QueuedMark[], stageId: string): QueuedMark[] {
  return queue.filter((queued) => queued.stageId === stageId);
}

function isQueuedMark(value: unknown): value is QueuedMark {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.stageId === 'string' &&
    typeof v.entryId === 'string' &&
    typeof v.aspectCode === 'string' &&
    typeof v.marks === 'number' &&
    Number.isFinite(v.marks)
  );
}

/** Reads the queue (a malformed store reads as empty). */
export function loadQueue(storage: Pick<Storage, 'getItem'>): QueuedMark[] {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(offlineMarksKey) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter(isQueuedMark) : [];
  } catch {
    return [];
  }
}

export function saveQueue(storage: Pick<Storage, 'setItem'>, queue: readonly QueuedMark[]) {
  storage.setItem(offlineMarksKey, JSON.stringify(queue));
}
