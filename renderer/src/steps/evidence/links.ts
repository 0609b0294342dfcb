import { useQueryClient } from '@tanstack/react-query';
import type { EvidenceTarget } from '../../../../core/evidence';
import { call } from '../../api/client';
import { errorMessage } from '../../api/hooks';
import { useToast } from '../../ui/Toasts';

/** Ticks and unticks "this evidence supports that"; both screens share it. */
export function useEvidenceLinking() {
  const client = useQueryClient();
  const toast = useToast();
  return async (evidenceId: string, target: EvidenceTarget, targetId: string, linked: boolean) => {
    try {
      await call(linked ? 'evidenceLinks.link' : 'evidenceLinks.unlink', { evidenceId, target, targetId });
    } catch (error) {
      toast({ tone: 'error', message: errorMessage(error) });
    } finally {
      void client.invalidateQueries();
    }
  };
}
