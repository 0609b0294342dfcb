import { UserError } from '../../core/errors';
import * as evidence from '../../db/repositories/evidence';
import type { ApiContext } from '../context';
import type { Handlers } from '../handlers';
import { sweepFilesAfterWrite } from '../sweep';

function filesOf(ctx: ApiContext): string {
  if (!ctx.dataDir) throw new UserError('unavailable', 'Attachments are not available here.');
  return ctx.dataDir;
}

export const evidenceHandlers = {
  'evidence.attach': (ctx, input) => {
    try {
      return evidence.attachFile(ctx.db, filesOf(ctx), input);
    } finally {
      sweepFilesAfterWrite(ctx);
    }
  },
  'evidence.detach': (ctx, { id }) => evidence.detachFile(ctx.db, filesOf(ctx), id),
  'evidence.download': (ctx, { id }) => evidence.downloadFile(ctx.db, filesOf(ctx), id),
  'evidenceLinks.list': (ctx, { dealId }) => evidence.listEvidenceLinks(ctx.db, dealId),
  'evidenceLinks.link': (ctx, input) => evidence.linkEvidence(ctx.db, input),
  'evidenceLinks.unlink': (ctx, input) => evidence.unlinkEvidence(ctx.db, input),
} satisfies Handlers<'evidence'>;
