// Moved to shared/partial-date.ts; this re-export keeps older imports compiling until they move.
export * from '../../shared/partial-date';
