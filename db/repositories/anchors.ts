import {
  ANCHOR_DEFAULTS,
  type Anchor,
  anchorPatchSchema,
  anchorRangeError,
  LADDER_STEP_DEFAULTS,
  type LadderStep,
  ladderStepPatchSchema,
  newAnchorSchema,
  newLadderStepSchema,
} from '../../core/anchors';
import { anchors, issues, ladderSteps } from '../schema';
import { defineRowStore } from './dealRows';

export const anchorStore = defineRowStore<typeof anchors, Anchor>({
  table: anchors,
  label: 'The anchor',
  newSchema: newAnchorSchema,
  patchSchema: anchorPatchSchema,
  defaults: ANCHOR_DEFAULTS,
  check: anchorRangeError,
  references: [{ field: 'issueId', table: issues, label: 'The issue' }],
  unique: { field: 'issueId', message: 'This issue already has an anchor. Edit that one instead.' },
});

export const ladderStepStore = defineRowStore<typeof ladderSteps, LadderStep>({
  table: ladderSteps,
  label: 'The concession step',
  newSchema: newLadderStepSchema,
  patchSchema: ladderStepPatchSchema,
  defaults: LADDER_STEP_DEFAULTS,
  references: [{ field: 'anchorId', table: anchors, label: 'The anchor' }],
});
