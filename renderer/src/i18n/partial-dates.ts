// Moved to shared/partial-date.ts (showPartialDate, localeFor); this re-export keeps older imports
// compiling until they move.
export { localeFor, showPartialDate as formatPartialDate } from '../../../shared/partial-date';
