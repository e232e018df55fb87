// Moved to shared/calendar.ts; this re-export keeps older imports compiling until they move.
export * from '../../shared/calendar';
