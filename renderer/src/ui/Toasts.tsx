import { createContext, type ReactNode, useCallback, useContext, useEffect, useRef, useState } from 'react';
import { parseRoute, routeHref, useRoute } from '../app/route';

export interface ToastAction {
  label: string;
  run: () => void;
}

export interface ToastRequest {
  message: string;
  tone?: 'info' | 'error';
  action?: ToastAction;
  /** Runs when the toast goes away without its action being taken (e.g. finish a delete). */
  onExpire?: () => void;
  durationMs?: number;
}

interface Toast extends ToastRequest {
  id: number;
  /** The page it was raised on: a toast speaks about that page and goes when the user leaves it. */
  page: string;
}

const ToastContext = createContext<(toast: ToastRequest, page: string) => void>(() => {});

/**
 * Raises a toast about the page the calling component is on. A toast raised after the user
 * has left that page (the write it reports finished meanwhile) is expired at once instead of
 * appearing, with its Undo, on a page it does not speak about.
 */
export function useToast(): (toast: ToastRequest) => void {
  const push = useContext(ToastContext);
  const page = routeHref(useRoute());
  return useCallback((toast: ToastRequest) => push(toast, page), [push, page]);
}

/**
 * Toasts carry Undo for destructive actions; only one undo is pending per action. Leaving the
 * page expires its toasts (a pending delete then completes), so none follows the user around.
 */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const nextId = useRef(1);
  const page = routeHref(useRoute());
  const toastsRef = useRef(toasts);
  toastsRef.current = toasts;

  useEffect(() => {
    const left = toastsRef.current.filter((t) => t.page !== page);
    if (left.length === 0) return;
    for (const toast of left) toast.onExpire?.();
    setToasts((current) => current.filter((t) => t.page === page));
  }, [page]);

  const dismiss = useCallback((id: number, reason: 'action' | 'expire') => {
    setToasts((current) => {
      const toast = current.find((t) => t.id === id);
      if (toast && reason === 'expire') toast.onExpire?.();
      return current.filter((t) => t.id !== id);
    });
  }, []);

  const push = useCallback((request: ToastRequest, raisedOn: string) => {
    if (raisedOn !== routeHref(parseRoute(window.location.hash))) {
      request.onExpire?.();
      return;
    }
    const id = nextId.current++;
    setToasts((current) => [...current, { ...request, id, page: raisedOn }]);
  }, []);

  return (
    <ToastContext.Provider value={push}>
      {children}
      <div className="toasts" role="status" aria-live="polite">
        {/* Filtered here too, so a toast is gone in the very render that shows the new page. */}
        {toasts
          .filter((toast) => toast.page === page)
          .map((toast) => (
            <ToastView key={toast.id} toast={toast} onDismiss={dismiss} />
          ))}
      </div>
    </ToastContext.Provider>
  );
}

function ToastView({
  toast,
  onDismiss,
}: {
  toast: Toast;
  onDismiss: (id: number, reason: 'action' | 'expire') => void;
}) {
  useEffect(() => {
    const timer = window.setTimeout(() => onDismiss(toast.id, 'expire'), toast.durationMs ?? 8000);
    return () => window.clearTimeout(timer);
  }, [toast, onDismiss]);
  return (
    <div className={`toast toast-${toast.tone ?? 'info'}`}>
      <span>{toast.message}</span>
      {toast.action && (
        <button
          type="button"
          className="toast-action"
          onClick={() => {
            toast.action?.run();
            onDismiss(toast.id, 'action');
          }}
        >
          {toast.action.label}
        </button>
      )}
      <button type="button" className="toast-close" aria-label="Dismiss" onClick={() => onDismiss(toast.id, 'expire')}>
        ×
      </button>
    </div>
  );
}
