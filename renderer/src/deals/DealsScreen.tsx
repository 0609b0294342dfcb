import { useQuery } from '@tanstack/react-query';
import {
  type ColumnFiltersState,
  getCoreRowModel,
  getFilteredRowModel,
  getSortedRowModel,
  type SortingState,
  useReactTable,
} from '@tanstack/react-table';
import { Suspense, useEffect, useMemo, useState } from 'react';
import type { DealSummary } from '../../../core/deal';
import { CONTEXT_LABELS, DEAL_CONTEXTS, DEAL_STATUSES, STATUS_LABELS } from '../../../core/dealLabels';
import { apiQuery, errorMessage, useApi, useApiMutation } from '../api/hooks';
import { lazyScreen } from '../app/lazyScreen';
import { navigate } from '../app/route';
import { SharedWithMeButton } from '../team/TeamDialogs';
import { ConfirmDialog } from '../ui/Dialog';
import { useToast } from '../ui/Toasts';
import { ALL_DEALS } from './allDeals';
import { dealColumns, dealSearch } from './columns';
import { DealsTable, type RowActions } from './DealsTable';
import { RecentlyDeletedDialog } from './RecentlyDeletedDialog';

// The dialog validates with the deal's schemas (zod): its own chunk, fetched right after the
// list renders, so the first rows never wait for it.
const NewDealDialog = lazyScreen(() => import('./NewDealDialog'), 'NewDealDialog');

export function DealsScreen() {
  const [showArchived, setShowArchived] = useState(false);
  // One read of every deal; archived ones are filtered here so the empty state knows about them.
  const deals = useApi(...ALL_DEALS);
  const [sorting, setSorting] = useState<SortingState>([{ id: 'updatedAt', desc: true }]);
  const [columnFilters, setColumnFilters] = useState<ColumnFiltersState>([]);
  const [search, setSearch] = useState('');
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [renamingId, setRenamingId] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  // The new-deal dialog's code loads once the deals are on screen (a commit later), never
  // holding back the first rows.
  const [dialogLoaded, setDialogLoaded] = useState(false);
  useEffect(() => {
    if (!deals.isPending) setDialogLoaded(true);
  }, [deals.isPending]);
  const [confirmDelete, setConfirmDelete] = useState<DealSummary | null>(null);
  const [showDeleted, setShowDeleted] = useState(false);
  // Only for the "Recently deleted" count: asked for once the deals themselves are on screen.
  const deletedDeals = useQuery({ ...apiQuery('deals.list', { deleted: true }), enabled: deals.isSuccess });
  const deletedCount = deletedDeals.data?.length ?? 0;
  const toast = useToast();

  const update = useApiMutation('deals.update');
  const duplicate = useApiMutation('deals.duplicate');
  const archive = useApiMutation('deals.archive');
  const remove = useApiMutation('deals.delete');
  const restore = useApiMutation('deals.restore');
  const purge = useApiMutation('deals.purge');

  const allDeals = deals.data ?? [];
  const data = useMemo(
    () => (showArchived ? (deals.data ?? []) : (deals.data ?? []).filter((deal) => !deal.archived)),
    [deals.data, showArchived],
  );
  const table = useReactTable({
    data,
    columns: dealColumns,
    state: { sorting, columnFilters, globalFilter: search },
    onSortingChange: setSorting,
    onColumnFiltersChange: setColumnFilters,
    globalFilterFn: dealSearch,
    getRowId: (deal) => deal.id,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getFilteredRowModel: getFilteredRowModel(),
  });

  // Ctrl/Cmd+N creates a deal from anywhere on this screen.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'n') {
        event.preventDefault();
        setCreating(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const fail = (error: unknown) => toast({ tone: 'error', message: errorMessage(error) });

  const actions: RowActions = {
    open: (deal) => navigate({ screen: 'workspace', dealId: deal.id, step: null }),
    rename: (deal, title) => update.mutateAsync({ id: deal.id, patch: { title } }).catch(fail),
    duplicate: (deal) =>
      duplicate
        .mutateAsync({ id: deal.id })
        .then((copy) => {
          setSelectedId(copy.id);
          toast({ message: `Duplicated as “${copy.title}”` });
        })
        .catch(fail),
    archive: (deal) =>
      archive
        .mutateAsync({ id: deal.id, archived: !deal.archived })
        .then(() =>
          toast({
            message: deal.archived ? `Unarchived “${deal.title}”` : `Archived “${deal.title}”`,
            action: {
              label: 'Undo',
              run: () => archive.mutateAsync({ id: deal.id, archived: deal.archived }).catch(fail),
            },
          }),
        )
        .catch(fail),
    remove: (deal) => setConfirmDelete(deal),
  };

  const deleteConfirmed = async (deal: DealSummary) => {
    setConfirmDelete(null);
    try {
      await remove.mutateAsync({ id: deal.id });
    } catch (error) {
      return fail(error);
    }
    // The deal waits in "recently deleted" while Undo is offered, then is removed for good.
    toast({
      message: `Deleted “${deal.title}”`,
      action: { label: 'Undo', run: () => restore.mutateAsync({ id: deal.id }).catch(fail) },
      onExpire: () => purge.mutateAsync({ id: deal.id }).catch(() => {}),
      durationMs: 10_000,
    });
  };

  const filterValue = (id: string) => (columnFilters.find((f) => f.id === id)?.value as string | undefined) ?? '';
  const setFilter = (id: string, value: string) =>
    setColumnFilters((current) => [...current.filter((f) => f.id !== id), ...(value ? [{ id, value }] : [])]);

  const visibleCount = table.getRowModel().rows.length;
  const isEmpty = deals.isSuccess && allDeals.length === 0;

  return (
    <section className="screen deals-screen" aria-labelledby="deals-heading">
      <header className="screen-header">
        <div>
          <h1 id="deals-heading">Deals</h1>
          <p className="subtitle">Every negotiation you are preparing, running or reviewing.</p>
        </div>
        <div className="header-actions">
          <SharedWithMeButton />
          {/* In the header, not the toolbar: it must stay reachable when no live deal is left. */}
          {deletedCount > 0 && (
            <button type="button" className="link-button" onClick={() => setShowDeleted(true)}>
              Recently deleted ({deletedCount})
            </button>
          )}
          <button type="button" className="primary" onClick={() => setCreating(true)} title="New deal (Ctrl+N)">
            New deal
          </button>
        </div>
      </header>

      {deals.isError && (
        <div className="banner banner-error" role="alert">
          Could not load deals: {errorMessage(deals.error)}{' '}
          <button type="button" onClick={() => deals.refetch()}>
            Try again
          </button>
        </div>
      )}

      {isEmpty ? (
        <div className="empty-state">
          <h2>Start your first deal</h2>
          <p>
            A deal is one negotiation you want to prepare: a renewal, a supplier bid, a partnership, a hire. Create one,
            then work through the preparation steps — your alternative, the issues, their interests — until the plan is
            ready for the room.
          </p>
          <button type="button" className="primary" onClick={() => setCreating(true)}>
            Create a deal
          </button>
          <p className="muted">Tip: Ctrl+N creates a deal from anywhere in the list.</p>
        </div>
      ) : (
        <>
          <search className="toolbar">
            <input
              type="search"
              className="search"
              placeholder="Search deals…"
              aria-label="Search deals"
              value={search}
              onChange={(e) => setSearch(e.target.value)}
            />
            <select
              aria-label="Filter by status"
              value={filterValue('status')}
              onChange={(e) => setFilter('status', e.target.value)}
            >
              <option value="">All statuses</option>
              {DEAL_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {STATUS_LABELS[s]}
                </option>
              ))}
            </select>
            <select
              aria-label="Filter by context"
              value={filterValue('context')}
              onChange={(e) => setFilter('context', e.target.value)}
            >
              <option value="">All contexts</option>
              {DEAL_CONTEXTS.map((c) => (
                <option key={c} value={c}>
                  {CONTEXT_LABELS[c]}
                </option>
              ))}
            </select>
            <label className="checkbox">
              <input type="checkbox" checked={showArchived} onChange={(e) => setShowArchived(e.target.checked)} />
              Show archived
            </label>
            <span className="count" aria-live="polite">
              {deals.isPending ? 'Loading…' : `${visibleCount} of ${data.length} deals`}
            </span>
          </search>
          <DealsTable
            table={table}
            actions={actions}
            selectedId={selectedId}
            onSelect={setSelectedId}
            renamingId={renamingId}
            onRenaming={setRenamingId}
          />
          {deals.isSuccess && visibleCount === 0 && <p className="no-results">No deals match these filters.</p>}
        </>
      )}

      {/* Its code (and the validation library it needs) loads once the deals are on screen. */}
      {(creating || dialogLoaded) && (
        <Suspense fallback={null}>
          <NewDealDialog
            open={creating}
            onClose={() => setCreating(false)}
            onCreated={(id) => navigate({ screen: 'workspace', dealId: id, step: null })}
          />
        </Suspense>
      )}
      <RecentlyDeletedDialog open={showDeleted} onClose={() => setShowDeleted(false)} />
      <ConfirmDialog
        open={confirmDelete !== null}
        title="Delete deal?"
        message={
          <>“{confirmDelete?.title}” and all its preparation will be deleted. You can undo this for a few seconds.</>
        }
        confirmLabel="Delete"
        danger
        onConfirm={() => confirmDelete && void deleteConfirmed(confirmDelete)}
        onCancel={() => setConfirmDelete(null)}
      />
    </section>
  );
}
