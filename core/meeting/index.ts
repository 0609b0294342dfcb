export * from './fields';
export * from './timing';
