import { flexRender, type Row, type Table } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState } from 'react';
import type { DealSummary } from '../../../core/deal';

const ROW_HEIGHT = 44;
/**
 * Rendered ahead of the page (the first screen in the served HTML), the grid has no window
 * to measure: it fills one 1000 px high, no rows beyond (fewer elements, an earlier first
 * paint). The page's own first render replaces them with the rows its window holds.
 */
const AHEAD_OF_PAGE = typeof window === 'undefined';
const FIRST_SCREEN_RECT = { width: 1920, height: 1000 };
/**
 * The narrowest each column may get before its content would be cut: long titles and
 * counterparties wrap onto more lines instead (rows are measured, so they grow).
 */
const MIN_WIDTH: Record<string, number> = {
  title: 110,
  counterparty: 112,
  context: 78,
  status: 92,
  readiness: 100,
  targetCloseDate: 60,
  updatedAt: 64,
};

export interface RowActions {
  open: (deal: DealSummary) => void;
  rename: (deal: DealSummary, title: string) => void;
  duplicate: (deal: DealSummary) => void;
  archive: (deal: DealSummary) => void;
  remove: (deal: DealSummary) => void;
}

interface Props {
  table: Table<DealSummary>;
  actions: RowActions;
  selectedId: string | null;
  onSelect: (id: string | null) => void;
  renamingId: string | null;
  onRenaming: (id: string | null) => void;
}

/**
 * A grid of div rows rather than <table>: only the rows in view exist in the DOM,
 * so 10,000 deals scroll as smoothly as 10.
 */
export function DealsTable({ table, actions, selectedId, onSelect, renamingId, onRenaming }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const rows = table.getRowModel().rows;
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: AHEAD_OF_PAGE ? 0 : 8,
    // The first render already holds the rows a window can show: without it the grid renders
    // empty, measures its box, and only a second render puts the rows on screen.
    initialRect: AHEAD_OF_PAGE ? FIRST_SCREEN_RECT : { width: window.innerWidth, height: window.innerHeight },
  });
  // The actions column fits all four buttons; data columns may shrink to their minimum so
  // the grid still fits a 1024 px window without scrolling sideways.
  const template = table
    .getVisibleLeafColumns()
    .map((c) => `minmax(${MIN_WIDTH[c.id] ?? 64}px, ${c.getSize()}fr)`)
    .concat('272px')
    .join(' ');

  const selectedIndex = rows.findIndex((row) => row.original.id === selectedId);
  useEffect(() => {
    if (selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedIndex, virtualizer]);

  const onKeyDown = (event: React.KeyboardEvent) => {
    if (renamingId || event.target instanceof HTMLInputElement) return;
    const move = (to: number) => {
      const row = rows[Math.max(0, Math.min(rows.length - 1, to))];
      if (row) onSelect(row.original.id);
      event.preventDefault();
    };
    const current = rows[selectedIndex]?.original;
    switch (event.key) {
      case 'ArrowDown':
        return move(selectedIndex + 1);
      case 'ArrowUp':
        return move(selectedIndex <= 0 ? 0 : selectedIndex - 1);
      case 'Home':
        return move(0);
      case 'End':
        return move(rows.length - 1);
      case 'PageDown':
        return move(selectedIndex + 10);
      case 'PageUp':
        return move(selectedIndex - 10);
      case 'Enter':
        if (current) actions.open(current);
        return;
      case 'F2':
        if (current) onRenaming(current.id);
        event.preventDefault();
        return;
      case 'Delete':
        if (current) actions.remove(current);
        return;
    }
  };

  return (
    <div className="deals-grid" role="grid" aria-rowcount={rows.length + 1} aria-label="Deals">
      <div className="deals-row deals-head" role="row" style={{ gridTemplateColumns: template }}>
        {table.getFlatHeaders().map((header) => {
          const sorted = header.column.getIsSorted();
          return (
            <div
              key={header.id}
              role="columnheader"
              aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}
            >
              <button type="button" className="sort-button" onClick={header.column.getToggleSortingHandler()}>
                {flexRender(header.column.columnDef.header, header.getContext())}
                <span className="sort-mark" aria-hidden>
                  {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : ''}
                </span>
              </button>
            </div>
          );
        })}
        <div role="columnheader">
          <span className="visually-hidden">Actions</span>
        </div>
      </div>
      <div
        className="deals-body"
        role="rowgroup"
        ref={scrollRef}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: the grid body is one tab stop; arrows move inside
        tabIndex={0}
        onKeyDown={onKeyDown}
        data-testid="deals-body"
      >
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index];
            if (!row) return null;
            return (
              <DealRow
                key={row.id}
                row={row}
                index={item.index}
                measure={virtualizer.measureElement}
                top={item.start}
                template={template}
                selected={row.original.id === selectedId}
                renaming={row.original.id === renamingId}
                actions={actions}
                onSelect={onSelect}
                onRenaming={onRenaming}
              />
            );
          })}
        </div>
      </div>
    </div>
  );
}

interface RowProps {
  row: Row<DealSummary>;
  index: number;
  /** Rows grow with wrapped titles: the virtualizer measures each rendered row. */
  measure: (element: HTMLElement | null) => void;
  top: number;
  template: string;
  selected: boolean;
  renaming: boolean;
  actions: RowActions;
  onSelect: (id: string) => void;
  onRenaming: (id: string | null) => void;
}

function DealRow({ row, index, measure, top, template, selected, renaming, actions, onSelect, onRenaming }: RowProps) {
  const deal = row.original;
  return (
    <div
      ref={measure}
      data-index={index}
      className={`deals-row ${selected ? 'selected' : ''} ${deal.archived ? 'archived' : ''}`}
      role="row"
      aria-selected={selected}
      data-deal-id={deal.id}
      style={
        AHEAD_OF_PAGE
          ? // Nothing to measure yet: rows in the normal flow get the heights (and so the places) the page's measured rows will.
            { gridTemplateColumns: template, position: 'relative', minHeight: ROW_HEIGHT }
          : { gridTemplateColumns: template, transform: `translateY(${top}px)`, minHeight: ROW_HEIGHT }
      }
      onClick={() => onSelect(deal.id)}
      onDoubleClick={() => !renaming && actions.open(deal)}
    >
      {row.getVisibleCells().map((cell) => (
        <div key={cell.id} role="gridcell" className={`cell-${cell.column.id}`}>
          {cell.column.id === 'title' && renaming ? (
            <RenameInput
              initial={deal.title}
              onDone={(title) => {
                onRenaming(null);
                if (title !== null && title !== deal.title) actions.rename(deal, title);
              }}
            />
          ) : cell.column.id === 'title' ? (
            <a
              href={`#/deals/${deal.id}`}
              className="deal-title"
              onClick={(event) => event.stopPropagation()}
              title={deal.title}
            >
              {deal.title}
              {deal.archived && <span className="tag">Archived</span>}
            </a>
          ) : (
            flexRender(cell.column.columnDef.cell, cell.getContext())
          )}
        </div>
      ))}
      <div role="gridcell" className="row-actions">
        <button type="button" title="Rename (F2)" onClick={() => onRenaming(deal.id)}>
          Rename
        </button>
        <button type="button" title="Duplicate" onClick={() => actions.duplicate(deal)}>
          Duplicate
        </button>
        <button type="button" title={deal.archived ? 'Unarchive' : 'Archive'} onClick={() => actions.archive(deal)}>
          {deal.archived ? 'Unarchive' : 'Archive'}
        </button>
        <button type="button" className="danger-text" title="Delete (Del)" onClick={() => actions.remove(deal)}>
          Delete
        </button>
      </div>
    </div>
  );
}

function RenameInput({ initial, onDone }: { initial: string; onDone: (title: string | null) => void }) {
  const [value, setValue] = useState(initial);
  const done = useRef(false);
  const finish = (title: string | null) => {
    if (done.current) return;
    done.current = true;
    onDone(title === null ? null : title.trim() || initial);
  };
  return (
    <input
      className="rename-input"
      aria-label="Deal title"
      // biome-ignore lint/a11y/noAutofocus: the user just asked to rename this row
      autoFocus
      value={value}
      onFocus={(e) => e.currentTarget.select()}
      onChange={(e) => setValue(e.target.value)}
      onClick={(e) => e.stopPropagation()}
      onBlur={() => finish(value)}
      onKeyDown={(e) => {
        if (e.key === 'Enter') finish(value);
        if (e.key === 'Escape') finish(null);
        e.stopPropagation();
      }}
    />
  );
}
