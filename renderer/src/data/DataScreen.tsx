import { BackupsPanel } from './BackupsPanel';
import { DealFilesPanel } from './DealFilesPanel';

/** "Data & backups": everything about keeping deals safe and moving them around. */
export function DataScreen() {
  return (
    <section className="screen data-screen" aria-labelledby="data-heading">
      <header className="screen-header">
        <div>
          <h1 id="data-heading">Data &amp; backups</h1>
          <p className="subtitle">
            Your deals live on this computer. Back them up, restore them, or move them in a file.
          </p>
        </div>
      </header>
      <BackupsPanel />
      <DealFilesPanel />
    </section>
  );
}
