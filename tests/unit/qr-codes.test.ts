// The texts inside the QR codes a phone camera reads with no app: a contact card and a
// location. Escaping matters: a name with ";" or "," must not break the card.
import { describe, expect, test } from 'vitest';
import { geoUri, mecard } from '../../src/features/share/qr';

describe('mecard', () => {
  test('holds the name, every phone, the address and the page', () => {
    expect(mecard('Rodnik', ['+77270000000', '+77010000000'], { address: 'Almaty', url: 'https://q.example/ru/map/rodnik?src=share' })).toBe(
      'MECARD:N:Rodnik;TEL:+77270000000;TEL:+77010000000;ADR:Almaty;URL:https\\://q.example/ru/map/rodnik?src=share;;',
    );
  });

  test('with no verified phone, it has no TEL field at all (never a made-up number)', () => {
    const card = mecard('UNHCR', [], { address: 'Astana' });
    expect(card).toBe('MECARD:N:UNHCR;ADR:Astana;;');
    expect(card).not.toContain('TEL');
  });

  test('escapes the characters MECARD reserves', () => {
    expect(mecard('A; B, "C": D\\E', [])).toBe('MECARD:N:A\\; B\\, \\"C\\"\\: D\\\\E;;');
  });
});

test('geo URIs carry five decimals (about a metre), enough for any maps app', () => {
  expect(geoUri(43.2389498, 76.889709)).toBe('geo:43.23895,76.88971');
});
