import { useQueryClient } from '@tanstack/react-query';
import type { ProcedureName } from '../../../../api/contract';
import { call } from '../../api/client';
import { errorMessage } from '../../api/hooks';
import { refreshAfterWrite } from '../../api/refresh';
import { useToast } from '../../ui/Toasts';

/** The list tables of Preparation II; each has list/create/update/delete/restore/purge/move. */
export type RowPrefix =
  | 'stakeholders'
  | 'decisionSteps'
  | 'leverageItems'
  | 'leverageActions'
  | 'evidence'
  | 'claims'
  | 'anchors'
  | 'ladderSteps'
  | 'concessions'
  | 'clauses'
  | 'teamMembers'
  | 'authorityLimits'
  | 'deadlines'
  | 'trustActions'
  | 'risks';

const named = (prefix: RowPrefix, verb: string) => `${prefix}.${verb}` as ProcedureName;
// The contract types each procedure precisely; this generic path only forwards inputs.
const send = (name: ProcedureName, input: unknown) => call(name, input as never) as Promise<unknown>;

export interface RowActions {
  create: (fields: Record<string, unknown>) => Promise<{ id: string }>;
  update: (id: string, patch: Record<string, unknown>) => Promise<unknown>;
  move: (id: string, index: number) => Promise<unknown>;
  /** Deletes at once and offers Undo; the row is removed for good when the toast goes. */
  removeWithUndo: (id: string, description: string) => Promise<void>;
}

/** Writes for one list table; every write re-reads what the deal shows (no local copy of the truth). */
export function useRowActions(prefix: RowPrefix, dealId: string): RowActions {
  const client = useQueryClient();
  const toast = useToast();
  const settle = () => refreshAfterWrite(client, dealId);
  const run = async <T>(promise: Promise<T>): Promise<T> => {
    try {
      return await promise;
    } finally {
      void settle();
    }
  };
  return {
    create: (fields) => run(send(named(prefix, 'create'), { dealId, fields }) as Promise<{ id: string }>),
    update: (id, patch) => run(send(named(prefix, 'update'), { id, patch })),
    move: (id, index) => run(send(named(prefix, 'move'), { id, index })),
    removeWithUndo: async (id, description) => {
      try {
        await run(send(named(prefix, 'delete'), { id }));
      } catch (error) {
        toast({ tone: 'error', message: errorMessage(error) });
        return;
      }
      toast({
        message: `Deleted ${description}`,
        action: {
          label: 'Undo',
          run: () =>
            void run(send(named(prefix, 'restore'), { id })).catch((error) =>
              toast({ tone: 'error', message: errorMessage(error) }),
            ),
        },
        onExpire: () => void send(named(prefix, 'purge'), { id }).catch(() => {}),
        durationMs: 10_000,
      });
    },
  };
}
