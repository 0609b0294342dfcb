/**
 * Deal files hold text only (attachments inlined), so 8 MB is hundreds of large deals.
 * One number for the renderer's early check, the API boundary and the file parser.
 */
export const MAX_DEAL_FILE_BYTES = 8 * 1024 * 1024;
