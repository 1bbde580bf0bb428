// Draws one leaflet card into a box on a PDFKit page: title, key facts, urgent numbers and
// four QR codes with their short URLs. The same function makes the A5 leaflet and the A6
// cards (four to an A4 sheet); only the box and the type size change.
import QRCode from 'qrcode';

export const MM = 72 / 25.4; // PDF points per millimetre
export const QR_MIN_MM = 20; // the code itself (without quiet zone) is at least 2 cm wide
const QUIET = 4; // modules of white around every code, as the QR spec asks

/** Draw a QR (error correction Q) whose module area is `codeMm` wide, quiet zone outside it. */
export function drawQr(doc, text, x, y, codeMm) {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'Q' });
  const n = modules.size;
  const unit = (codeMm * MM) / n;
  const total = unit * (n + 2 * QUIET);
  doc.save().rect(x, y, total, total).fill('#ffffff');
  doc.fillColor('#000000');
  for (let r = 0; r < n; r++) {
    for (let c = 0; c < n; c++) if (modules.get(r, c)) doc.rect(x + (c + QUIET) * unit, y + (r + QUIET) * unit, unit, unit);
  }
  doc.fill().restore();
  return total;
}

/**
 * @param {PDFKit.PDFDocument} doc
 * @param {{ x: number, y: number, w: number, h: number }} box in points
 * @param {{ lang: string, title: string, subtitle: string, facts: string[],
 *           numbers: { number: string, label: string }[], numbersLabel: string,
 *           codes: { url: string, short: string, label: string }[] }} card
 * @param {{ base: number, codeMm: number }} size type size in pt and QR width in mm
 */
export function drawCard(doc, box, card, size) {
  const pad = 6 * MM;
  const x = box.x + pad;
  const w = box.w - 2 * pad;
  let y = box.y + pad;
  doc.fillColor('#1f5f5b').font('bold').fontSize(size.base * 1.45).text(card.title, x, y, { width: w });
  y = doc.y + 2;
  doc.fillColor('#333333').font('body').fontSize(size.base * 0.95).text(card.subtitle, x, y, { width: w });
  y = doc.y + size.base * 0.6;
  doc.fillColor('#000000').fontSize(size.base);
  for (const fact of card.facts) {
    doc.text(`•  ${fact}`, x, y, { width: w });
    y = doc.y + size.base * 0.3;
  }
  y += size.base * 0.3;
  doc.font('bold').fontSize(size.base).text(card.numbersLabel, x, y, { width: w });
  y = doc.y + 1;
  doc.font('body').fontSize(size.base * 0.95);
  for (const n of card.numbers) {
    doc.font('bold').text(n.number, x, y, { continued: true }).font('body').text(`  ${n.label}`, { width: w });
    y = doc.y + 1;
  }
  // QR codes: a 2 × 2 grid at the bottom of the card, each with its label and short URL.
  const cell = w / 2;
  const codeTotal = (size.codeMm * MM * (1 + (2 * QUIET) / 33)) | 0;
  const rowH = codeTotal + size.base * 3.2;
  let top = Math.max(y + size.base, box.y + box.h - pad - 2 * rowH);
  card.codes.forEach((code, i) => {
    const cx = x + (i % 2) * cell;
    const cy = top + Math.floor(i / 2) * rowH;
    const drawn = drawQr(doc, code.url, cx + (cell - codeTotal) / 2, cy, size.codeMm);
    doc.fillColor('#000000').font('bold').fontSize(size.base * 0.9).text(code.label, cx, cy + drawn + 1, { width: cell, align: 'center' });
    doc.font('body').fontSize(size.base * 0.7).text(code.short, cx, doc.y, { width: cell, align: 'center' });
  });
  return top;
}
