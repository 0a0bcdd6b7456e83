import qrcode from 'qrcode-generator';

export interface QrPath {
  /** Modules per side, the quiet zone included: the SVG's viewBox. */
  size: number;
  /** One square per dark module, as an SVG path. */
  path: string;
}

const QUIET_ZONE = 4;

/**
 * A QR code of `text` for the hall's check-in scanner, as an SVG path drawn by the template
 * (markup rather than an HTML string, so nothing bypasses Angular's sanitizer). Error correction
 * M survives a crease or a dirty screen.
 */
export function qrPath(text: string): QrPath {
  const qr = qrcode(0, 'M');
  qr.addData(text);
  qr.make();
  const count = qr.getModuleCount();
  let path = '';
  for (let row = 0; row < count; row++) {
    for (let col = 0; col < count; col++) {
      if (qr.isDark(row, col)) path += `M${col + QUIET_ZONE} ${row + QUIET_ZONE}h1v1h-1z`;
    }
  }
  return { size: count + 2 * QUIET_ZONE, path };
}
