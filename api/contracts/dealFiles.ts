import { z } from 'zod';
import { MAX_DEAL_FILE_BYTES, MAX_DEAL_FILE_MB } from '../../core/dealFileLimits';
import { entityId } from '../../core/text';
import { mutation, query } from '../procedure';

export const MAX_EXPORT_DEALS = 2000;

const fileText = z
  .string({ error: 'The deal file must be text' })
  .max(
    MAX_DEAL_FILE_BYTES,
    `The deal file is larger than ${MAX_DEAL_FILE_MB} MB; Parley reads deal files up to ${MAX_DEAL_FILE_MB} MB`,
  );

export interface DealFileSummary {
  version: number;
  exportedAt: string;
  deals: { id: string; title: string; counterparty: string; exists: boolean }[];
}

/** Deal files (`.parley.json`): export deals, check a file, import it. */
export const dealFileContract = {
  'dealFiles.export': query(
    z.strictObject({
      ids: z
        .array(entityId('Deal id'), { error: 'Choose the deals to export' })
        .min(1, 'Choose at least one deal to export')
        .max(MAX_EXPORT_DEALS, `At most ${MAX_EXPORT_DEALS} deals can be exported at once`),
    }),
  )<{ fileName: string; text: string; count: number }>(),
  /** Validates a file and says which of its deals already exist; writes nothing. */
  'dealFiles.inspect': query(z.strictObject({ text: fileText }))<DealFileSummary>(),
  'dealFiles.import': mutation(
    z.strictObject({
      text: fileText,
      onConflict: z
        .enum(['fail', 'copy', 'replace'], { error: 'On conflict must be one of: fail, copy, replace' })
        .optional(),
    }),
  )<{ deals: { id: string; title: string; as: 'new' | 'copy' | 'replace' }[] }>(),
};
