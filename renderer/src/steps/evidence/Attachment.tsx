import { useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { type EvidenceItem, formatBytes, MAX_ATTACHMENT_BYTES, MAX_ATTACHMENT_MB } from '../../../../core/evidence';
import { call } from '../../api/client';
import { errorMessage } from '../../api/hooks';
import { downloadBase64, readAsBase64 } from '../../ui/files';

/** Attach, open (download) or remove the item's file. The file travels as base64, never as a path. */
export function AttachmentControl({ item }: { item: EvidenceItem }) {
  const id = useId();
  const client = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async (work: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
      void client.invalidateQueries();
    }
  };

  const upload = (file: File) =>
    run(async () => {
      if (file.size > MAX_ATTACHMENT_BYTES) {
        throw new Error(
          `“${file.name}” is ${formatBytes(file.size)}; files can be at most ${MAX_ATTACHMENT_MB} MB. Attach a smaller file or a link.`,
        );
      }
      await call('evidence.attach', {
        evidenceId: item.id,
        fileName: file.name,
        contentType: file.type,
        contentBase64: await readAsBase64(file),
      });
    });

  const download = () =>
    run(async () => {
      const file = await call('evidence.download', { id: item.id });
      downloadBase64({ fileName: file.name, contentType: file.type, contentBase64: file.contentBase64 });
    });

  return (
    <div className="field">
      <label htmlFor={id}>Attached file</label>
      {item.attachment ? (
        <div className="attachment">
          <span className="attachment-name">
            {item.attachment.name} <span className="muted">({formatBytes(item.attachment.size)})</span>
          </span>
          <button type="button" disabled={busy} onClick={() => void download()}>
            Open
          </button>
          <button
            type="button"
            disabled={busy}
            onClick={() => void run(() => call('evidence.detach', { id: item.id }))}
          >
            Remove file
          </button>
        </div>
      ) : null}
      <input
        id={id}
        type="file"
        disabled={busy}
        aria-describedby={`${id}-hint`}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void upload(file);
        }}
      />
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : (
        <p className="field-hint" id={`${id}-hint`}>
          {item.attachment ? 'Choosing a file replaces the current one. ' : ''}At most {MAX_ATTACHMENT_MB} MB. The file
          is copied into Parley's data folder.
        </p>
      )}
    </div>
  );
}
