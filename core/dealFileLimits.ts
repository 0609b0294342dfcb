import { MAX_ATTACHMENT_BYTES } from './evidence';

/** An attachment of the largest allowed size, base64-encoded as deal files carry it. */
export const MAX_ATTACHMENT_BASE64 = Math.ceil(MAX_ATTACHMENT_BYTES / 3) * 4;

/**
 * One number for the renderer's early check, the API boundary, the file parser and the
 * export: room for a deal with three attachments of the largest allowed size, so a deal
 * Parley lets you build is a deal whose file Parley reads back. An export that would
 * exceed it is refused with a message rather than written unreadable.
 */
export const MAX_DEAL_FILE_BYTES = 48 * 1024 * 1024;
export const MAX_DEAL_FILE_MB = MAX_DEAL_FILE_BYTES / 1024 / 1024;
