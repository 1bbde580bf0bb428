// Plain-text checks for what people type into feedback forms. Pure, so easy to test.

export const MAX_COMMENT = 2000;

/** Characters as a person counts them (code points): one emoji is one, like the server counts. */
export function countChars(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

// 7+ digits, allowing the usual separators between them: "+7 701 123-45-67", "8(727)2223344".
const PHONE = /(?:\+\s*)?\d(?:[\s().-]*\d){6,}/;
const EMAIL = /[^\s@<>()]+@[^\s@<>()]+\.[^\s@<>()]{2,}/;

/**
 * True when the text seems to hold a phone number or an e-mail address. Feedback is
 * anonymous; the form asks once before sending such text (the person may keep it).
 */
export function looksPersonal(text: string): boolean {
  return PHONE.test(text) || EMAIL.test(text);
}
