// Moved to shared/vocabulary.ts; this re-export keeps older imports compiling until they move.
export * from '../../shared/vocabulary';
