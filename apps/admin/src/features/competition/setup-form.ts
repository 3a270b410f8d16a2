/** A practical aspect typed in the set-up form. */
export interface AspectInputValue {
  code: string;
  name: string;
  part: 'PRACTICAL';
  maxMarks: number;
}

/**
 * Parses the practical aspects typed one a line as 名称:满分 (or 名称：满分), giving each a code
 * P1, P2 …; the domain checks the scheme itself (weights, maxima, duplicates) in the gateway.
 */
export function parseAspectLines(
  text: string,
): { ok: true; value: AspectInputValue[] } | { ok: false; error: string } {
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const value: AspectInputValue[] = [];
  for (const [index, line] of lines.entries()) {
    const match = /^(.+?)\s*[:：]\s*(\d+(?:\.\d{1,2})?)$/.exec(line);
    if (!match?.[1] || !match[2]) {
      return { ok: false, error: `第 ${index + 1} 行应为“名称:满分”，如“板对接焊:60”` };
    }
    value.push({
      code: `P${index + 1}`,
      name: match[1],
      part: 'PRACTICAL',
      maxMarks: Number(match[2]),
    });
  }
  return { ok: true, value };
}
