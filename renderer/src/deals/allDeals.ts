/** Every deal, archived included: read once, filtered on screen (also read before the UI's code loads). */
export const ALL_DEALS = ['deals.list', { includeArchived: true }] as const;
