export * from './disclosure';
export * from './fields';
export * from './timing';
