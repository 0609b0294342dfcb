import { dealCopySteps } from './deals';
import { copyDebrief } from './debrief';
import { copyPreparation } from './preparationCopy';

/**
 * Registers the debrief's copy for duplicates, after the preparation copy (the agreed
 * options point at the duplicate's issues). Importing this module registers it.
 */
const at = dealCopySteps.indexOf(copyPreparation);
if (!dealCopySteps.includes(copyDebrief)) dealCopySteps.splice(at >= 0 ? at + 1 : dealCopySteps.length, 0, copyDebrief);
