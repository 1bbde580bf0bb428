export const QUESTIONS: Record<
  'bornInKz' | 'birthPlace' | 'childAge' | 'parentsCitizenship' | 'parentsPassports' | 'hasBirthCertificate' | 'hasPassport' | 'hasIin' | 'eaeuWorker',
  string[]
>;
export type QuestionId = keyof typeof QUESTIONS;
export const POINT_CATEGORIES: string[];
