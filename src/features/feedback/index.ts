// Feedback (issue: phone side). Public components; the outbox itself is src/data/outbox/.
export { Helpful } from './Helpful';
export { ReportProblem } from './ReportProblem';
export { FeedbackPage } from './FeedbackPage';
export { OutboxStatus } from './OutboxStatus';
