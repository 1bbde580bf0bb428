// @ts-check
// Plain-text checks for what people type into feedback: the phone's forms, the server's
// validation and the NGO dashboard use the same ones. Pure, so easy to test.

/**
 * Characters as a person counts them (code points): one emoji is one. The phone's counter and
 * the server's limit both count this way, so the limit never shrinks for someone.
 * @param {string} s
 */
export function countChars(s) {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

// 7+ digits, allowing the usual separators between them: "+7 701 123-45-67", "8(727)2223344".
const PHONE = /(?:\+\s*)?\d(?:[\s().-]*\d){6,}/;
const EMAIL = /[^\s@<>()]+@[^\s@<>()]+\.[^\s@<>()]{2,}/;

/**
 * True when the text seems to hold a phone number or an e-mail address. Feedback is
 * anonymous; the form asks once before sending such text (the person may keep it), and the
 * dashboard shows the same warning next to such a comment.
 * @param {string} text
 */
export function looksPersonal(text) {
  return PHONE.test(text) || EMAIL.test(text);
}
