import type { Deal } from '../../../core/deal';
import { errorMessage, useApi } from '../api/hooks';
import { BidImport } from './BidImport';
import { Comparison } from './Comparison';
import { LotsTable, SuppliersTable } from './LotsAndSuppliers';
import { Robustness } from './Robustness';
import { TenderTerms } from './TenderTerms';
import './tender.css';

/** The Tender step: terms, lots, suppliers and their bid sheets, the comparison, the award, the sensitivity. */
export function TenderStep({ deal }: { deal: Deal }) {
  const rows = useApi('tender.get', { dealId: deal.id });
  if (rows.isPending) return <p className="loading">Loading the tender…</p>;
  if (rows.isError)
    return (
      <p className="field-error" role="alert">
        {errorMessage(rows.error)}
      </p>
    );
  return (
    <div className="step-body wide tender">
      <TenderTerms deal={deal} fields={rows.data.tender} />
      <LotsTable deal={deal} rows={rows.data} />
      <SuppliersTable deal={deal} rows={rows.data} />
      <BidImport deal={deal} />
      <Comparison deal={deal} rows={rows.data} />
      <Robustness deal={deal} rows={rows.data} />
    </div>
  );
}
