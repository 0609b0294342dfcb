import { z } from 'zod';
import { dealFieldsSchema } from '../../core/deal';
import { MAX_DEAL_FILE_BYTES } from '../../core/dealFileLimits';
import { UserError } from '../../core/errors';
import { parseUntrustedJson, UnsafeJsonError } from '../../core/safeJson';
import { entityId } from '../../core/text';
import { DEAL_TABLES } from '../dealTables/registry';
import { checkClosed } from '../dealTables/transfer';
import type { DealTable } from '../dealTables/types';
import { fileAttachmentSchema } from './attachments';

/**
 * The `.parley.json` deal file: one JSON document holding one or many deals, each with
 * every row of every table in the deal-table registry (db/dealTables/registry.ts).
 *
 *   { "format": "parley-deals", "version": 1, "exportedAt": "…Z",
 *     "deals": [ { "deal": { id, title, …, archived, createdAt, updatedAt },
 *                  "parts": { "<part key>": [ rows… ], … },
 *                  "attachments": [ { evidenceId, name, type, contentBase64 } ] } ] }
 *
 * Ids are kept, so a re-import can tell "this deal already exists" from a new one.
 */
export const DEAL_FILE_FORMAT = 'parley-deals';
export const DEAL_FILE_VERSION = 5;
export const DEAL_FILE_EXTENSION = '.parley.json';
export { MAX_DEAL_FILE_BYTES };
export const MAX_DEALS_PER_FILE = 2000;

/**
 * Upgrades for files written by older Parley versions: `[v]` turns a version-v document
 * into a version-(v+1) one. When the layout changes, bump DEAL_FILE_VERSION and add the
 * step here; files of every older version keep importing.
 */
export type DealFileMigration = (file: Record<string, unknown>) => Record<string, unknown>;
export const DEAL_FILE_MIGRATIONS: Record<number, DealFileMigration> = {
  // Version 2: the MESO settings carry the offer sheet's sender, date, validity and basis.
  1: (file) => ({
    ...file,
    deals: Array.isArray(file.deals)
      ? file.deals.map((entry) => {
          if (!isRecord(entry) || !isRecord(entry.parts) || !Array.isArray(entry.parts.mesoSettings)) return entry;
          const mesoSettings = entry.parts.mesoSettings.map((row) =>
            isRecord(row) ? { offerSender: '', offerDate: null, offerValidUntil: null, offerBasis: '', ...row } : row,
          );
          return { ...entry, parts: { ...entry.parts, mesoSettings } };
        })
      : file.deals,
  }),
  // Version 3: positions and interests may name the stakeholder who holds them.
  2: (file) => fillParts(file, { positions: { stakeholderId: null }, interests: { stakeholderId: null } }),
  // Version 4: anchors keep no target; it moves where every step reads it (as migration 0021 does).
  3: (file) => mapDeals(file, moveAnchorTargets),
  // Version 5: a debrief lesson may be shared with the team (opt-in, off in older files).
  4: (file) => fillParts(file, { debriefLessons: { shared: false } }),
};

function mapDeals(file: Record<string, unknown>, change: (parts: Record<string, unknown>) => Record<string, unknown>) {
  if (!Array.isArray(file.deals)) return file;
  const deals = file.deals.map((entry) =>
    isRecord(entry) && isRecord(entry.parts) ? { ...entry, parts: change({ ...entry.parts }) } : entry,
  );
  return { ...file, deals };
}

/**
 * An anchor's own target goes to the BATNA step (main issue) or to its issue, where that is
 * still empty; one that finds no place is kept readable in the anchor's rationale.
 */
function moveAnchorTargets(parts: Record<string, unknown>): Record<string, unknown> {
  if (!Array.isArray(parts.anchors)) return parts;
  const rows = (name: string) => (Array.isArray(parts[name]) ? (parts[name] as unknown[]).filter(isRecord) : []);
  const batna = rows('batna')[0];
  const issues = new Map(rows('issues').map((issue) => [issue.id, { ...issue }]));
  const newBatna = batna ? { ...batna } : undefined;
  const anchors = parts.anchors.map((row) => {
    if (!isRecord(row) || !('target' in row)) return row;
    const { target, ...anchor } = row;
    if (typeof target !== 'number') return anchor;
    const issue = issues.get(anchor.issueId);
    const main = newBatna && issue && newBatna.mainIssueId === issue.id;
    const holder = main ? newBatna : issue;
    const field = main ? 'ourTarget' : 'target';
    if (holder && (holder[field] === null || holder[field] === undefined)) holder[field] = target;
    if (holder && holder[field] === target) return anchor;
    const note = `Target noted on this worksheet before: ${target}`;
    const rationale = typeof anchor.rationale === 'string' && anchor.rationale ? `${anchor.rationale}\n${note}` : note;
    return { ...anchor, rationale };
  });
  return {
    ...parts,
    anchors,
    ...(Array.isArray(parts.issues)
      ? { issues: parts.issues.map((row) => (isRecord(row) ? (issues.get(row.id) ?? row) : row)) }
      : {}),
    ...(newBatna ? { batna: [newBatna] } : {}),
  };
}

/** Every row of the named parts gets the given fields, unless it has them already. */
function fillParts(file: Record<string, unknown>, fill: Record<string, Record<string, unknown>>) {
  return mapDeals(file, (parts) => {
    for (const [name, fields] of Object.entries(fill)) {
      const rows = parts[name];
      if (Array.isArray(rows)) parts[name] = rows.map((row) => (isRecord(row) ? { ...fields, ...row } : row));
    }
    return parts;
  });
}

const timestamp = (label: string) => z.iso.datetime({ error: `${label} must be an ISO-8601 UTC time` });

export const dealRecordSchema = z.strictObject({
  id: entityId('Deal id'),
  ...dealFieldsSchema.shape,
  archived: z.boolean({ error: 'Archived must be true or false' }),
  createdAt: timestamp('Created at'),
  updatedAt: timestamp('Updated at'),
});
export type DealRecord = z.infer<typeof dealRecordSchema>;

export function dealFileSchema(tables: readonly DealTable[] = DEAL_TABLES) {
  const partLists = Object.fromEntries(
    tables.map((entry) => {
      const max = entry.kind === 'record' ? 1 : (entry.maxRows ?? 5000);
      return [entry.name, z.array(entry.row).max(max, `At most ${max} ${entry.name} per deal`).default([])];
    }),
  );
  return z.strictObject({
    format: z.literal(DEAL_FILE_FORMAT, { error: 'This is not a Parley deal file' }),
    version: z.literal(DEAL_FILE_VERSION),
    exportedAt: timestamp('Exported at'),
    deals: z
      .array(
        z.strictObject({
          deal: dealRecordSchema,
          parts: z.strictObject(partLists).default({}),
          attachments: z.array(fileAttachmentSchema).max(500, 'At most 500 attachments per deal').default([]),
        }),
      )
      .min(1, 'The file holds no deals')
      .max(MAX_DEALS_PER_FILE, `A file may hold at most ${MAX_DEALS_PER_FILE} deals`),
  });
}
export type DealFile = z.infer<ReturnType<typeof dealFileSchema>>;

const invalid = (reason: string) =>
  new UserError('invalid_input', `This deal file cannot be imported: ${reason} Nothing was imported.`);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Brings an older file up to the current version; refuses newer or unknown versions by name. */
export function migrateDealFile(
  raw: unknown,
  migrations: Record<number, DealFileMigration> = DEAL_FILE_MIGRATIONS,
  current = DEAL_FILE_VERSION,
): unknown {
  if (!isRecord(raw) || raw.format !== DEAL_FILE_FORMAT) return raw;
  let file = raw;
  const version = file.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw invalid('its format version is missing or not a whole number.');
  }
  if (version > current) {
    throw invalid(
      `it was written by a newer Parley (format version ${version}); this version reads up to ${current}. Update Parley.`,
    );
  }
  for (let v = version; v < current; v++) {
    const step = migrations[v];
    if (!step) throw invalid(`format version ${v} is not supported any more.`);
    file = { ...step(file), version: v + 1 };
  }
  return file;
}

function describeIssues(error: z.ZodError): string {
  const lines = error.issues.slice(0, 3).map((issue) => {
    const where = issue.path.map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`)).join('');
    const path = where.replace(/^\./, '');
    const message = issue.code === 'unrecognized_keys' ? `unknown field(s) ${issue.keys.join(', ')}` : issue.message;
    return path ? `${path}: ${message}` : message;
  });
  const more = error.issues.length > 3 ? ` (and ${error.issues.length - 3} more problems)` : '';
  return `${lines.join('; ')}${more}.`;
}

/**
 * Text → validated deal file, or a UserError naming what is wrong. Nothing here touches
 * the database: the whole file is checked before the import writes anything.
 */
export function parseDealFile(
  text: string,
  {
    tables = DEAL_TABLES,
    migrations = DEAL_FILE_MIGRATIONS,
  }: { tables?: readonly DealTable[]; migrations?: typeof DEAL_FILE_MIGRATIONS } = {},
): DealFile {
  let raw: unknown;
  try {
    raw = parseUntrustedJson(text, { maxBytes: MAX_DEAL_FILE_BYTES, what: 'The file' });
  } catch (error) {
    if (error instanceof UnsafeJsonError) throw invalid(error.message);
    throw error;
  }
  const parsed = dealFileSchema(tables).safeParse(migrateDealFile(raw, migrations));
  if (!parsed.success) throw invalid(describeIssues(parsed.error));
  const seen = new Set<string>();
  for (const [index, entry] of parsed.data.deals.entries()) {
    if (seen.has(entry.deal.id)) throw invalid(`deals[${index}] repeats the deal id ${entry.deal.id}.`);
    seen.add(entry.deal.id);
    checkClosed(entry.parts as Record<string, Record<string, unknown>[]>, `deals[${index}]`, tables);
  }
  return parsed.data;
}
