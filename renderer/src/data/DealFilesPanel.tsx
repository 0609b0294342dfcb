import { useRef, useState } from 'react';
import { MAX_DEAL_FILE_BYTES } from '../../../core/dealFileLimits';
import { call } from '../api/client';
import { errorMessage, useApi, useApiMutation } from '../api/hooks';
import { Dialog } from '../ui/Dialog';
import { useToast } from '../ui/Toasts';

type Conflict = { text: string; fileName: string; existing: string[]; total: number };

/** Hands text to the browser as a download (Electron shows its save dialog). */
function download(fileName: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Export chosen deals to one `.parley.json` file; import a file, asking what to do with deals already here. */
export function DealFilesPanel() {
  const deals = useApi('deals.list', { includeArchived: true });
  const importFile = useApiMutation('dealFiles.import');
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [exporting, setExporting] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const toast = useToast();
  const fail = (error: unknown) => toast({ tone: 'error', message: errorMessage(error) });

  const all = deals.data ?? [];
  const toggle = (id: string) =>
    setChosen((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const selected = all.filter((deal) => chosen.has(deal.id));

  const exportChosen = async () => {
    setExporting(true);
    try {
      const file = await call('dealFiles.export', { ids: selected.map((deal) => deal.id) });
      download(file.fileName, file.text);
      toast({ message: `Exported ${file.count === 1 ? '1 deal' : `${file.count} deals`} to ${file.fileName}.` });
    } catch (error) {
      fail(error);
    } finally {
      setExporting(false);
    }
  };

  const runImport = async (text: string, onConflict: 'fail' | 'copy' | 'replace') => {
    setConflict(null);
    try {
      const result = await importFile.mutateAsync({ text, onConflict });
      const count = result.deals.length;
      toast({ message: `Imported ${count === 1 ? `“${result.deals[0]?.title}”` : `${count} deals`}.` });
    } catch (error) {
      fail(error);
    }
  };

  const chooseFile = async (file: File | undefined) => {
    if (fileInput.current) fileInput.current.value = '';
    if (!file) return;
    if (file.size > MAX_DEAL_FILE_BYTES) {
      return fail(new Error(`“${file.name}” is larger than 8 MB; Parley reads deal files up to 8 MB.`));
    }
    try {
      const text = await file.text();
      const summary = await call('dealFiles.inspect', { text });
      const existing = summary.deals.filter((deal) => deal.exists).map((deal) => deal.title);
      if (existing.length > 0) setConflict({ text, fileName: file.name, existing, total: summary.deals.length });
      else await runImport(text, 'fail');
    } catch (error) {
      fail(error);
    }
  };

  return (
    <section className="data-section" aria-labelledby="deal-files-heading">
      <div className="data-section-header">
        <div>
          <h2 id="deal-files-heading">Deal files</h2>
          <p className="muted">
            A deal file (<code>.parley.json</code>) holds everything about the deals in it. Use it to move deals to
            another computer or keep a copy of your own.
          </p>
        </div>
        <div className="data-actions">
          <input
            ref={fileInput}
            type="file"
            accept=".json,application/json"
            className="visually-hidden"
            aria-label="Deal file to import"
            onChange={(event) => void chooseFile(event.target.files?.[0])}
          />
          <button type="button" onClick={() => fileInput.current?.click()} disabled={importFile.isPending}>
            Import a deal file…
          </button>
          <button
            type="button"
            className="primary"
            disabled={selected.length === 0 || exporting}
            onClick={exportChosen}
          >
            {selected.length > 1 ? `Export ${selected.length} deals` : 'Export deal'}
          </button>
        </div>
      </div>

      {all.length === 0 && deals.isSuccess && <p className="muted">No deals to export yet.</p>}
      {all.length > 0 && (
        <fieldset className="export-list">
          <legend className="visually-hidden">Deals to export</legend>
          <label className="checkbox export-all">
            <input
              type="checkbox"
              checked={selected.length === all.length}
              onChange={(event) => setChosen(event.target.checked ? new Set(all.map((deal) => deal.id)) : new Set())}
            />
            All deals ({all.length})
          </label>
          {all.map((deal) => (
            <label key={deal.id} className="checkbox">
              <input type="checkbox" checked={chosen.has(deal.id)} onChange={() => toggle(deal.id)} />
              <span className="export-title">{deal.title}</span>
              {deal.counterparty && <span className="muted"> · {deal.counterparty}</span>}
              {deal.archived && <span className="tag">Archived</span>}
            </label>
          ))}
        </fieldset>
      )}

      <Dialog open={conflict !== null} title="Some deals are already here" onClose={() => setConflict(null)}>
        <p className="dialog-message">
          {conflict?.existing.length === 1 ? (
            <>
              “{conflict.existing[0]}” from {conflict.fileName} is already in Parley.
            </>
          ) : (
            <>
              {conflict?.existing.length} of the {conflict?.total} deals in {conflict?.fileName} are already in Parley.
            </>
          )}{' '}
          Import them as copies next to the existing ones, or replace the existing ones with the file’s version?
        </p>
        <div className="dialog-actions">
          <button type="button" onClick={() => setConflict(null)}>
            Cancel
          </button>
          <button type="button" className="danger" onClick={() => conflict && void runImport(conflict.text, 'replace')}>
            Replace
          </button>
          <button type="button" className="primary" onClick={() => conflict && void runImport(conflict.text, 'copy')}>
            Import as copy
          </button>
        </div>
      </Dialog>
    </section>
  );
}
