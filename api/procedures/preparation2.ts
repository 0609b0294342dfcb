import { UserError } from '../../core/errors';
import { anchorStore, ladderStepStore } from '../../db/repositories/anchors';
import {
  clauseStore,
  concessionBudgetStore,
  concessionStore,
  governanceStore,
} from '../../db/repositories/concessions';
import { decisionStepStore, stakeholderStore } from '../../db/repositories/counterparty';
import * as evidence from '../../db/repositories/evidence';
import { leverageActionStore, leverageItemStore, noDealStore } from '../../db/repositories/leverage';
import type { ApiContext } from '../context';
import type { Handlers } from '../handlers';
import { sweepFilesAfterWrite } from '../sweep';
import { recordHandlers, rowHandlers } from './rows';

function filesOf(ctx: ApiContext): string {
  if (!ctx.dataDir) throw new UserError('unavailable', 'Attachments are not available here.');
  return ctx.dataDir;
}

export const preparation2Handlers = {
  ...rowHandlers('stakeholders', stakeholderStore),
  ...rowHandlers('decisionSteps', decisionStepStore),
  ...rowHandlers('leverageItems', leverageItemStore),
  ...rowHandlers('leverageActions', leverageActionStore),
  ...recordHandlers('noDeal', noDealStore),
  ...rowHandlers('evidence', evidence.evidenceStore, (ctx, id) => evidence.purgeEvidence(ctx.db, filesOf(ctx), id)),
  'evidence.attach': (ctx, input) => {
    try {
      return evidence.attachFile(ctx.db, filesOf(ctx), input);
    } finally {
      sweepFilesAfterWrite(ctx);
    }
  },
  'evidence.detach': (ctx, { id }) => evidence.detachFile(ctx.db, filesOf(ctx), id),
  'evidence.download': (ctx, { id }) => evidence.downloadFile(ctx.db, filesOf(ctx), id),
  ...rowHandlers('claims', evidence.claimStore),
  'evidenceLinks.list': (ctx, { dealId }) => evidence.listEvidenceLinks(ctx.db, dealId),
  'evidenceLinks.link': (ctx, input) => evidence.linkEvidence(ctx.db, input),
  'evidenceLinks.unlink': (ctx, input) => evidence.unlinkEvidence(ctx.db, input),
  ...rowHandlers('anchors', anchorStore),
  ...rowHandlers('ladderSteps', ladderStepStore),
  ...rowHandlers('concessions', concessionStore),
  ...rowHandlers('clauses', clauseStore),
  ...recordHandlers('governance', governanceStore),
  ...recordHandlers('concessionBudget', concessionBudgetStore),
} satisfies Partial<Handlers>;
