import { z } from 'zod';
import { CREDIBILITY_LEVELS, type Credibility, type DealRow } from './scales';
import { calendarDate, entityId, longText, nameText, shortText } from './text';

export const EVIDENCE_KINDS = [
  'benchmark',
  'case_reference',
  'cost_to_serve',
  'compliance',
  'risk_sharing',
  'business_case',
  'other',
] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];
export const EVIDENCE_KIND_LABELS: Record<EvidenceKind, string> = {
  benchmark: 'Benchmark',
  case_reference: 'Case reference',
  cost_to_serve: 'Cost to serve',
  compliance: 'Compliance requirement',
  risk_sharing: 'Risk-sharing design',
  business_case: 'Business case',
  other: 'Other',
};

/** Links open in the system browser; only web addresses, never file: or javascript:. */
export const webLink = (label: string) =>
  z
    .string({ error: `${label} must be text` })
    .trim()
    .max(2000, `${label} must be at most 2000 characters`)
    .refine((value) => value === '' || /^https?:\/\/[^\s]+$/i.test(value), {
      message: `${label} must start with http:// or https://`,
    });

export const evidenceFieldsSchema = z.strictObject({
  title: nameText('Title'),
  kind: z.enum(EVIDENCE_KINDS, { error: `Kind must be one of: ${EVIDENCE_KINDS.join(', ')}` }),
  source: shortText('Source'),
  date: calendarDate('Date').nullable(),
  link: webLink('Link'),
  credibility: z.enum(CREDIBILITY_LEVELS, { error: 'Credibility must be low, medium or high' }).nullable(),
  notes: longText('Notes'),
});
export type EvidenceFields = z.infer<typeof evidenceFieldsSchema>;
export const newEvidenceSchema = evidenceFieldsSchema.partial().required({ title: true });
export const evidencePatchSchema = evidenceFieldsSchema.partial();
export const EVIDENCE_DEFAULTS: Omit<EvidenceFields, 'title'> = {
  kind: 'benchmark',
  source: '',
  date: null,
  link: '',
  credibility: null,
  notes: '',
};

export interface Attachment {
  name: string;
  size: number;
  type: string;
}
export interface EvidenceItem extends EvidenceFields, DealRow {
  attachment: Attachment | null;
}

/** A statement we will make in the room and want to back up. */
export const claimFieldsSchema = z.strictObject({ statement: shortText('Claim') });
export type ClaimFields = z.infer<typeof claimFieldsSchema>;
export const newClaimSchema = claimFieldsSchema.partial();
export const claimPatchSchema = claimFieldsSchema.partial();
export const CLAIM_DEFAULTS: ClaimFields = { statement: '' };
export interface Claim extends ClaimFields, DealRow {}

/** What an evidence item can support. Issues come from the Issues & options step. */
export const EVIDENCE_TARGETS = ['claim', 'anchor', 'issue'] as const;
export type EvidenceTarget = (typeof EVIDENCE_TARGETS)[number];
export const evidenceLinkSchema = z.strictObject({
  evidenceId: entityId('Evidence item'),
  target: z.enum(EVIDENCE_TARGETS, { error: 'Evidence can support a claim, an anchor or an issue' }),
  targetId: entityId('Supported item'),
});
export type EvidenceLinkInput = z.infer<typeof evidenceLinkSchema>;
export interface EvidenceLink extends EvidenceLinkInput {
  id: string;
  dealId: string;
}

/** Uploads are limited so the database folder and deal exports stay portable. */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
export const MAX_ATTACHMENT_MB = MAX_ATTACHMENT_BYTES / 1024 / 1024;
const MAX_BASE64_CHARS = Math.ceil(MAX_ATTACHMENT_BYTES / 3) * 4;

export const attachmentUploadSchema = z.strictObject({
  evidenceId: entityId('Evidence item'),
  fileName: z
    .string({ error: 'File name must be text' })
    .trim()
    .min(1, 'File name is required')
    .max(255, 'File name must be at most 255 characters'),
  contentType: z.string().max(200).optional(),
  contentBase64: z
    .string({ error: 'File content must be base64 text' })
    .max(MAX_BASE64_CHARS + 4, `The file is larger than ${MAX_ATTACHMENT_MB} MB. Attach a smaller file or a link.`)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'File content must be base64 text'),
});
export type AttachmentUpload = z.infer<typeof attachmentUploadSchema>;

/**
 * A file name that is safe on every OS: no folders, no control or reserved characters,
 * no leading dots, not a Windows device name, at most 120 characters (extension kept).
 */
export function safeFileName(raw: string): string {
  const base = raw.split(/[\\/]/).pop() ?? '';
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what must go
  let name = base.replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '_').trim();
  name = name.replace(/^[.\s]+/, '').replace(/[.\s]+$/, '');
  if (/^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i.test(name)) name = `_${name}`;
  if (name.length > 120) {
    const dot = name.lastIndexOf('.');
    const extension = dot > 0 && name.length - dot <= 10 ? name.slice(dot) : '';
    name = name.slice(0, 120 - extension.length) + extension;
  }
  return name || 'attachment';
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Evidence nobody cites, and claims/anchors with nothing behind them. */
export function evidenceGaps(input: {
  items: readonly Pick<EvidenceItem, 'id'>[];
  claims: readonly Pick<Claim, 'id'>[];
  anchors: readonly { id: string }[];
  links: readonly Pick<EvidenceLink, 'evidenceId' | 'target' | 'targetId'>[];
}) {
  const used = new Set(input.links.map((link) => link.evidenceId));
  const backed = new Set(input.links.map((link) => `${link.target}:${link.targetId}`));
  return {
    unusedItems: input.items.filter((item) => !used.has(item.id)).map((item) => item.id),
    unsupportedClaims: input.claims.filter((claim) => !backed.has(`claim:${claim.id}`)).map((claim) => claim.id),
    unsupportedAnchors: input.anchors.filter((anchor) => !backed.has(`anchor:${anchor.id}`)).map((anchor) => anchor.id),
  };
}

export type { Credibility };
