import { useMemo } from 'react';
import { qrPath } from '../../shared/qr.js';

/**
 * A QR code big enough to scan from another phone held at arm's length: at least 240 CSS
 * px, black on white whatever the theme, with its quiet zone.
 */
export function QrCode({ text, label, size = 264, ecc = 'Q' }: { text: string; label: string; size?: number; ecc?: 'M' | 'Q' }) {
  const { d, size: modules } = useMemo(() => qrPath(text, ecc), [text, ecc]);
  return (
    <svg
      className="qr"
      role="img"
      aria-label={label}
      width={size}
      height={size}
      viewBox={`0 0 ${modules} ${modules}`}
      shapeRendering="crispEdges"
      data-qr-text={text}
    >
      <rect width={modules} height={modules} fill="#fff" />
      <path d={d} fill="#000" />
    </svg>
  );
}
