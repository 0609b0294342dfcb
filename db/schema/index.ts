/** Every table of the app. drizzle-kit reads this file to generate migrations. */
export * from './batna';
export * from './deals';
export * from './interests';
export * from './issues';
export * from './library';
