/** Every table of the app. drizzle-kit reads this file to generate migrations. */
export * from './anchors';
export * from './batna';
export * from './calculator';
export * from './concessions';
export * from './counterparty';
export * from './deals';
export * from './debrief';
export * from './evidence';
export * from './interests';
export * from './issues';
export * from './leverage';
export * from './library';
export * from './live';
export * from './meso';
export * from './risks';
export * from './team';
export * from './tender';
