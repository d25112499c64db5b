import * as QRCode from 'qrcode';

export type QrFormat = 'png' | 'svg';

/** A QR code of `text`: SVG markup, or a PNG of `width` pixels. */
export function qrImage(text: string, format: QrFormat, width = 400): Promise<Buffer | string> {
  const options = { errorCorrectionLevel: 'M' as const, margin: 2 };
  return format === 'svg'
    ? QRCode.toString(text, { ...options, type: 'svg' })
    : QRCode.toBuffer(text, { ...options, type: 'png', width });
}

export const qrContentType = (format: QrFormat): string =>
  format === 'svg' ? 'image/svg+xml; charset=utf-8' : 'image/png';

/** The dark modules of a QR code of `text`, row by row: for drawing it as vectors (PDF). */
export function qrModules(text: string): { size: number; dark: (x: number, y: number) => boolean } {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  return { size: modules.size, dark: (x, y) => Boolean(modules.get(y, x)) };
}
