import qrcode from 'qrcode-generator';

/**
 * QR codes for the certificate page, drawn as one SVG path in the browser (no image, no
 * network). qrcode-generator (MIT, no dependencies) is imported only here, and this module only
 * by the certificate page's own lazy chunk: the honor roll never loads it.
 */

/** Dark (true) and light modules, row by row; square. */
export type QrMatrix = readonly (readonly boolean[])[];

/** Quiet zone around the symbol, in modules (the standard asks for 4). */
export const qrQuietZone = 4;

/**
 * The modules of a QR code for `text` (byte mode, error correction M: survives a scuffed print,
 * and a /verify URL still fits a small version).
 */
export function qrMatrix(text: string): QrMatrix {
  const code = qrcode(0, 'M');
  code.addData(text, 'Byte');
  code.make();
  const size = code.getModuleCount();
  return Array.from({ length: size }, (_, row) =>
    Array.from({ length: size }, (_, column) => code.isDark(row, column)),
  );
}

/**
 * SVG path data for the dark modules, one rectangle per horizontal run, shifted by the quiet
 * zone: draw it in a `0 0 (size + 2·quiet) (size + 2·quiet)` viewBox.
 */
export function qrPathData(matrix: QrMatrix, quiet: number = qrQuietZone): string {
  const parts: string[] = [];
  matrix.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x += 1;
        continue;
      }
      const start = x;
      while (x < row.length && row[x]) x += 1;
      parts.push(`M${start + quiet} ${y + quiet}h${x - start}v1h-${x - start}z`);
    }
  });
  return parts.join('');
}
