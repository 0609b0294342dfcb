import { z } from 'zod';
import { attachmentUploadSchema, type EvidenceItem, type EvidenceLink, evidenceLinkSchema } from '../../core/evidence';
import { entityId } from '../../core/text';
import { mutation, query } from '../procedure';
import { dealIdInput } from './records';

/** Evidence pack: files attached to evidence items, and which claim, anchor or issue each item supports. */
export const evidenceContract = {
  'evidence.attach': mutation(attachmentUploadSchema)<EvidenceItem>(),
  'evidence.detach': mutation(z.strictObject({ id: entityId('Evidence item') }))<EvidenceItem>(),
  /** The file as base64: the renderer never sees a path on disk. */
  'evidence.download': query(z.strictObject({ id: entityId('Evidence item') }))<{
    name: string;
    type: string;
    size: number;
    contentBase64: string;
  }>(),
  'evidenceLinks.list': query(dealIdInput)<EvidenceLink[]>(),
  'evidenceLinks.link': mutation(evidenceLinkSchema)<EvidenceLink>(),
  'evidenceLinks.unlink': mutation(evidenceLinkSchema)<{ removed: boolean }>(),
};
