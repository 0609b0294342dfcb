/** Stored rows → the tender the cost model and the solver read. */
import type { BidFields, BidLineFields, LotFields, SupplierFields, TenderFields } from './fields';
import type { Tender } from './model';

export interface TenderRows {
  tender: TenderFields;
  lots: (LotFields & { id: string })[];
  suppliers: (SupplierFields & { id: string })[];
  bids: (BidFields & { id: string })[];
  bidLines: (BidLineFields & { id: string; bidId: string })[];
}

export function toTender(rows: TenderRows): Tender {
  const t = rows.tender;
  return {
    terms: {
      currency: t.currency,
      termMonths: t.termMonths,
      costOfCapitalPct: t.costOfCapitalPct,
      baselinePaymentDays: t.baselinePaymentDays,
      serviceTargetPct: t.serviceTargetPct,
      shortfallCostPct: t.shortfallCostPct,
      priceWeight: t.priceWeight,
    },
    lots: rows.lots.map(({ id, name, unit, volume, baselinePrice }) => ({ id, name, unit, volume, baselinePrice })),
    suppliers: rows.suppliers.map(({ id, name, incumbent }) => ({ id, name, incumbent })),
    bids: rows.bids.flatMap((bid) => {
      const supplier = rows.suppliers.find((s) => s.id === bid.supplierId);
      if (!supplier) return [];
      return [
        {
          supplierId: bid.supplierId,
          paymentDays: bid.paymentDays,
          switchingCost: bid.switchingCost,
          implementationCost: bid.implementationCost,
          serviceLevelPct: bid.serviceLevelPct,
          serviceCreditPct: bid.serviceCreditPct,
          volumeDiscountPct: bid.volumeDiscountPct,
          volumeDiscountThresholdPct: bid.volumeDiscountThresholdPct,
          qualityScore: supplier.qualityScore,
          lines: rows.bidLines
            .filter((l) => l.bidId === bid.id && rows.lots.some((lot) => lot.id === l.lotId))
            .map((l) => ({ lotId: l.lotId, unitPrice: l.unitPrice })),
        },
      ];
    }),
    constraints: {
      minServiceLevelPct: t.minServiceLevelPct,
      maxSharePct: t.maxSharePct,
      minSuppliers: t.minSuppliers,
      incumbentAllowed: t.incumbentAllowed,
    },
  };
}
