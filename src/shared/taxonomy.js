// Fixed vocabularies shared by the content build (validation) and the app (labels, logic).
// Plain JS so the Node build can import it without a compiler. Adding a value here and its
// label in content/strings is all it takes; removing one breaks saved answers, so don't.

/** Situation questions on the checklists start screen, and the answers each allows. */
export const QUESTIONS = {
  bornInKz: ['yes', 'no'],
  birthPlace: ['hospital', 'home'],
  childAge: ['under1', '1to6', '7to13', '14to15', '16plus'],
  parentsCitizenship: ['uz', 'kg', 'tj', 'ru', 'other', 'stateless'],
  parentsPassports: ['yes', 'no'],
  hasBirthCertificate: ['yes', 'no'],
  hasPassport: ['yes', 'no'],
  hasIin: ['yes', 'no'],
  eaeuWorker: ['yes', 'no'],
};

/** Kinds of places on the map. */
export const POINT_CATEGORIES = [
  'legal-aid',
  'ngo',
  'ombudsman',
  'children-ombudsman',
  'migration',
  'psc',
  'civil-registry',
  'emergency-medical',
  'consulate',
  'border-crossing',
  'un-iom',
];
