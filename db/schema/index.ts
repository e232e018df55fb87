// The whole drizzle schema, one module per area.
export * from './advocacy';
export * from './audit';
export * from './cases';
export * from './detention';
export * from './people';
export * from './reference';
export * from './timeline';
export * from './imports';
export * from './access';
export * from './attachments';
