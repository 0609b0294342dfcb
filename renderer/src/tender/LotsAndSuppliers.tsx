import { useState } from 'react';
import type { Deal } from '../../../core/deal';
import type { RowPatchOf } from '../../../core/rowTables';
import { lotFieldsSchema, supplierFieldsSchema } from '../../../core/tender/fields';
import type { TenderRows } from '../../../core/tender/fromRows';
import { call } from '../api/client';
import { errorMessage } from '../api/hooks';
import { useRowActions } from '../steps/shared/rowApi';
import { NumberCell, TextCell } from '../ui/cells';
import { downloadBase64 } from '../ui/files';
import { useToast } from '../ui/Toasts';

const lot = lotFieldsSchema.shape;
const sup = supplierFieldsSchema.shape;

export function LotsTable({ deal, rows }: { deal: Deal; rows: TenderRows }) {
  const lots = useRowActions('tenderLots', deal.id);
  const toast = useToast();
  // The cells validate with the same schemas first: a value reaching here is one the patch accepts.
  const save = (id: string, patch: Record<string, unknown>) => lots.update(id, patch as RowPatchOf<'tenderLots'>);
  return (
    <section className="panel" aria-labelledby="tender-lots">
      <h3 id="tender-lots">Lots</h3>
      <p className="panel-intro">Each lot is priced separately. The baseline is today’s price × the volume per year.</p>
      <div className="table-scroll">
        <table className="data-table tender-table">
          <thead>
            <tr>
              <th>Lot</th>
              <th>Unit</th>
              <th className="numeric">Volume per year</th>
              <th className="numeric">Price today ({rows.tender.currency})</th>
              <th className="actions" aria-label="Actions" />
            </tr>
          </thead>
          <tbody>
            {rows.lots.map((l) => (
              <tr key={l.id}>
                <td>
                  <TextCell label="Lot name" value={l.name} schema={lot.name} save={(v) => save(l.id, { name: v })} />
                </td>
                <td>
                  <TextCell label="Unit" value={l.unit} schema={lot.unit} save={(v) => save(l.id, { unit: v })} />
                </td>
                <td>
                  <NumberCell
                    label="Volume per year"
                    value={l.volume}
                    schema={lot.volume}
                    save={(v) => save(l.id, { volume: v })}
                  />
                </td>
                <td>
                  <NumberCell
                    label="Price today"
                    value={l.baselinePrice}
                    schema={lot.baselinePrice}
                    save={(v) => save(l.id, { baselinePrice: v })}
                  />
                </td>
                <td className="actions">
                  <button
                    type="button"
                    onClick={() => void lots.removeWithUndo(l.id, `lot ${l.name || 'without a name'}`)}
                  >
                    Remove
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div>
        <button
          type="button"
          onClick={() =>
            void lots
              .create({ name: `Lot ${rows.lots.length + 1}` })
              .catch((e) => toast({ tone: 'error', message: errorMessage(e) }))
          }
        >
          Add lot
        </button>
      </div>
    </section>
  );
}

export function SuppliersTable({ deal, rows }: { deal: Deal; rows: TenderRows }) {
  const suppliers = useRowActions('tenderSuppliers', deal.id);
  const toast = useToast();
  const [error, setError] = useState<string | null>(null);
  const save = (id: string, patch: Record<string, unknown>) =>
    suppliers.update(id, patch as RowPatchOf<'tenderSuppliers'>);
  const template = async (supplierId: string) => {
    setError(null);
    try {
      downloadBase64(await call('tender.bidTemplate', { dealId: deal.id, supplierId }));
    } catch (failure) {
      setError(errorMessage(failure));
    }
  };
  return (
    <section className="panel" aria-labelledby="tender-suppliers">
      <h3 id="tender-suppliers">Suppliers</h3>
      <p className="panel-intro">
        Send each supplier its bid sheet (.xlsx); import the filled sheets below. The quality score is your own
        evaluation, the non-price part of the points.
      </p>
      <div className="table-scroll">
        <table className="data-table tender-table">
          <thead>
            <tr>
              <th>Supplier</th>
              <th>Incumbent</th>
              <th className="numeric">Quality (0–100)</th>
              <th>Bid</th>
              <th className="actions" aria-label="Actions" />
            </tr>
          </thead>
          <tbody>
            {rows.suppliers.map((s) => {
              const bid = rows.bids.find((b) => b.supplierId === s.id);
              return (
                <tr key={s.id}>
                  <td>
                    <TextCell
                      label="Supplier name"
                      value={s.name}
                      schema={sup.name}
                      save={(v) => save(s.id, { name: v })}
                    />
                  </td>
                  <td>
                    <input
                      type="checkbox"
                      aria-label={`${s.name || 'Supplier'} is the incumbent`}
                      checked={s.incumbent}
                      onChange={(e) => void save(s.id, { incumbent: e.target.checked })}
                    />
                  </td>
                  <td>
                    <NumberCell
                      label="Quality score"
                      value={s.qualityScore}
                      schema={sup.qualityScore}
                      save={(v) => save(s.id, { qualityScore: v })}
                    />
                  </td>
                  <td>
                    {bid ? `imported from ${bid.sourceFile || 'a sheet'}` : <span className="muted">no bid yet</span>}
                  </td>
                  <td className="actions">
                    <button type="button" onClick={() => void template(s.id)}>
                      Bid sheet (.xlsx)
                    </button>
                    <button
                      type="button"
                      onClick={() => void suppliers.removeWithUndo(s.id, `supplier ${s.name || 'without a name'}`)}
                    >
                      Remove
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <div>
        <button
          type="button"
          onClick={() =>
            void suppliers
              .create({ name: `Supplier ${rows.suppliers.length + 1}` })
              .catch((e) => toast({ tone: 'error', message: errorMessage(e) }))
          }
        >
          Add supplier
        </button>
      </div>
    </section>
  );
}
