import { type DragEvent, type KeyboardEvent, useCallback, useLayoutEffect, useRef, useState } from 'react';

/**
 * Keyboard rules shared by every editable list:
 * Enter in a one-line field adds a row below, Alt+↑/↓ moves the row, Ctrl+Delete deletes it.
 * Tab moves between cells on its own, because every cell is a real input.
 */
export function rowKeyHandler(actions: {
  onEnter?: () => void;
  onMove?: (delta: -1 | 1) => void;
  onDelete?: () => void;
}) {
  return (event: KeyboardEvent<HTMLElement>) => {
    const target = event.target as HTMLElement;
    // A one-line field may be a growing textarea (ui/GrowingText): Enter commits it like an input.
    const inTextInput =
      (target instanceof HTMLInputElement && target.type !== 'checkbox') ||
      (target instanceof HTMLTextAreaElement && target.classList.contains('growing-text'));
    if (event.key === 'Enter' && inTextInput && !event.altKey && !event.ctrlKey && !event.metaKey && actions.onEnter) {
      event.preventDefault();
      // Leave the field (it saves on blur): what is typed before the new row appears must
      // not land in this one.
      target.blur();
      actions.onEnter();
    } else if (event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown') && actions.onMove) {
      event.preventDefault();
      actions.onMove(event.key === 'ArrowUp' ? -1 : 1);
    } else if ((event.ctrlKey || event.metaKey) && event.key === 'Delete' && actions.onDelete) {
      event.preventDefault();
      actions.onDelete();
    }
  };
}

const focusFirstField = (element: HTMLElement) =>
  element.querySelector<HTMLElement>('input:not([type=checkbox]), textarea, select')?.focus();

/**
 * Puts the cursor in a row once it exists (a row added with Enter appears only after the
 * re-read), and back on the same cell after a move re-orders the rows.
 */
export function useRowFocus(deps: unknown) {
  const rows = useRef(new Map<string, HTMLElement>());
  const pendingRow = useRef<string | null>(null);
  const refocus = useRef<{ element: HTMLElement; until: number } | null>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: runs after every re-read of the rows (deps)
  useLayoutEffect(() => {
    const wanted = refocus.current;
    if (!wanted) return;
    if (Date.now() > wanted.until) refocus.current = null;
    else if (wanted.element.isConnected && document.activeElement !== wanted.element) wanted.element.focus();
  }, [deps]);

  const rowRef = useCallback(
    (id: string) => (element: HTMLElement | null) => {
      if (!element) {
        rows.current.delete(id);
        return;
      }
      rows.current.set(id, element);
      if (pendingRow.current === id) {
        pendingRow.current = null;
        focusFirstField(element);
      }
    },
    [],
  );
  return {
    rowRef,
    elementOf: (id: string) => rows.current.get(id),
    /** Focus the row now if it is already on screen, else as soon as it renders. */
    focusRowWhenShown: (id: string) => {
      const element = rows.current.get(id);
      if (element?.isConnected) focusFirstField(element);
      else pendingRow.current = id;
    },
    keepFocus: () => {
      const element = document.activeElement;
      if (element instanceof HTMLElement) refocus.current = { element, until: Date.now() + 3000 };
    },
  };
}

/** HTML5 drag and drop for a list: drag by the handle, drop on any row. */
export function useDragReorder(move: (id: string, toIndex: number) => void) {
  const [dragging, setDragging] = useState<string | null>(null);
  const [over, setOver] = useState<{ index: number; after: boolean } | null>(null);
  return {
    dragging,
    dropMark: (index: number) => (over?.index === index ? (over.after ? 'drop-after' : 'drop-before') : ''),
    handleProps: (id: string) => ({
      draggable: true,
      onDragStart: (event: DragEvent) => {
        event.dataTransfer.effectAllowed = 'move';
        event.dataTransfer.setData('text/plain', id);
        setDragging(id);
      },
      onDragEnd: () => {
        setDragging(null);
        setOver(null);
      },
    }),
    rowProps: (index: number, currentIndex: (id: string) => number) => ({
      onDragOver: (event: DragEvent<HTMLElement>) => {
        if (!dragging) return;
        event.preventDefault();
        const box = event.currentTarget.getBoundingClientRect();
        setOver({ index, after: event.clientY > box.top + box.height / 2 });
      },
      onDrop: (event: DragEvent<HTMLElement>) => {
        if (!dragging) return;
        event.preventDefault();
        const box = event.currentTarget.getBoundingClientRect();
        const after = event.clientY > box.top + box.height / 2;
        const from = currentIndex(dragging);
        // Indexes are positions in the list without the dragged row.
        let to = index + (after ? 1 : 0);
        if (from < to) to -= 1;
        if (to !== from) move(dragging, to);
        setDragging(null);
        setOver(null);
      },
    }),
  };
}
