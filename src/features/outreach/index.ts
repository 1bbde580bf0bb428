// Outreach mode: an outreach worker shows Qadam to a family in person (bigger text, every
// language one tap away, "Hand over" QR, the page in the worker's language beside the
// family's). The shell and other features use only what is exported here.
export { outreach, setOutreach, applyOutreachClass, type Outreach } from './outreach';
export { OutreachBar } from './OutreachBar';
export { OutreachSettings } from './OutreachSettings';
export { useWorkerLang } from './useWorkerLang';
