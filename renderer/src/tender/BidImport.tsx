import { useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import type { Deal } from '../../../core/deal';
import { type BidSheetReading, problemText } from '../../../core/tender/bidSheet/parse';
import { call } from '../api/client';
import { errorMessage } from '../api/hooks';
import { Dialog } from '../ui/Dialog';
import { readAsBase64 } from '../ui/files';

interface Pending {
  fileName: string;
  contentBase64: string;
  reading: BidSheetReading;
}

/**
 * Import a filled bid sheet: Parley first shows what it read from every answer cell (and
 * every problem, by row and column); only "Import this bid" writes, and only a clean sheet.
 */
export function BidImport({ deal }: { deal: Deal }) {
  const id = useId();
  const client = useQueryClient();
  const [pending, setPending] = useState<Pending | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const preview = async (file: File) => {
    setError(null);
    setDone(null);
    setBusy(true);
    try {
      const contentBase64 = await readAsBase64(file);
      const reading = await call('tender.previewBidSheet', { dealId: deal.id, fileName: file.name, contentBase64 });
      setPending({ fileName: file.name, contentBase64, reading });
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  };

  const confirm = async () => {
    if (!pending) return;
    setBusy(true);
    try {
      await call('tender.importBidSheet', {
        dealId: deal.id,
        fileName: pending.fileName,
        contentBase64: pending.contentBase64,
      });
      // Said only after the backend confirmed the write.
      setDone(`Bid from ${pending.reading.supplierName ?? 'the supplier'} imported from ${pending.fileName}.`);
      setPending(null);
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
      void client.invalidateQueries();
    }
  };

  const reading = pending?.reading;
  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Import a filled bid sheet</h3>
      <p className="panel-intro">An .xlsx as the supplier sent it back, or the same table saved as .csv.</p>
      <div>
        <label className="button-like" htmlFor={id}>
          Choose a bid sheet…
        </label>
        <input
          id={id}
          className="visually-hidden"
          type="file"
          accept=".xlsx,.csv"
          disabled={busy}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void preview(file);
          }}
        />
      </div>
      {done && (
        <p className="flag-ok" role="status">
          {done}
        </p>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <Dialog open={pending !== null} title={`Bid sheet ${pending?.fileName ?? ''}`} onClose={() => setPending(null)}>
        {reading && (
          <div className="bid-preview">
            <p>
              {reading.supplierName ? (
                <>
                  Bid from <strong>{reading.supplierName}</strong>.
                </>
              ) : (
                'The supplier could not be read.'
              )}{' '}
              Nothing is saved until you import it.
            </p>
            {reading.problems.length > 0 && (
              <div className="banner banner-error" role="alert">
                <p>This sheet cannot be imported:</p>
                <ul>
                  {reading.problems.map((p) => (
                    <li key={`${p.row}-${p.column}-${p.message}`}>{problemText(p)}</li>
                  ))}
                </ul>
              </div>
            )}
            <table className="data-table">
              <thead>
                <tr>
                  <th>Cell</th>
                  <th>Asks for</th>
                  <th>In the file</th>
                  <th>Read as</th>
                </tr>
              </thead>
              <tbody>
                {reading.readings.map((r) => (
                  <tr key={`${r.row}-${r.column}`}>
                    <td>
                      {r.column}
                      {r.row}
                    </td>
                    <td>{r.label}</td>
                    <td>{r.raw || <span className="muted">empty</span>}</td>
                    <td>{r.reading}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <div className="dialog-actions">
              <button type="button" onClick={() => setPending(null)}>
                Cancel
              </button>
              <button
                type="button"
                className="primary"
                disabled={busy || reading.problems.length > 0}
                onClick={() => void confirm()}
              >
                Import this bid
              </button>
            </div>
          </div>
        )}
      </Dialog>
    </section>
  );
}
