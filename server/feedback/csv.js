// The CSV rules live in src/shared/csv.js, so the NGO dashboard (admin/) writes its downloads
// with exactly the export's hardening (formula guard, ';' quoting, BOM). Kept here as a
// re-export so server code and tests keep their import path.
export { csvCell, csvLine, UTF8_BOM } from '../../src/shared/csv.js';
