/**
 * Kestrel Foods, cold-chain transport tender 2027 (shared/scenarios.md deal 2): 14 000
 * pallets a year on three lanes, the incumbent at 96,40 € a pallet, three bidders — one on
 * every lane, one only on the two southern lanes, one with "−3 % at 80 % of the volume".
 */
import type { Bid, Tender } from '../../core/tender/model';

export const LOTS = {
  north: 'lot-north',
  southWest: 'lot-south-west',
  southEast: 'lot-south-east',
} as const;

export const SUPPLIERS = {
  nordfrost: 'sup-nordfrost',
  frigoSud: 'sup-frigo-sud',
  polar: 'sup-polar',
} as const;

export function kestrelBids(): Bid[] {
  return [
    {
      supplierId: SUPPLIERS.nordfrost,
      paymentDays: 30,
      switchingCost: 0,
      implementationCost: 0,
      serviceLevelPct: 98.6,
      serviceCreditPct: 1,
      volumeDiscountPct: 0,
      volumeDiscountThresholdPct: 0,
      qualityScore: 78,
      lines: [
        { lotId: LOTS.north, unitPrice: 94.8 },
        { lotId: LOTS.southWest, unitPrice: 95.2 },
        { lotId: LOTS.southEast, unitPrice: 95.9 },
      ],
    },
    {
      supplierId: SUPPLIERS.frigoSud,
      paymentDays: 45,
      switchingCost: 18_000,
      implementationCost: 12_500,
      serviceLevelPct: 98.9,
      serviceCreditPct: 2,
      volumeDiscountPct: 0,
      volumeDiscountThresholdPct: 0,
      qualityScore: 84,
      lines: [
        { lotId: LOTS.southWest, unitPrice: 86.9 },
        { lotId: LOTS.southEast, unitPrice: 88.4 },
      ],
    },
    {
      supplierId: SUPPLIERS.polar,
      paymentDays: 60,
      switchingCost: 25_000,
      implementationCost: 30_000,
      serviceLevelPct: 99.1,
      serviceCreditPct: 2,
      volumeDiscountPct: 3,
      volumeDiscountThresholdPct: 80,
      qualityScore: 88,
      lines: [
        { lotId: LOTS.north, unitPrice: 90.2 },
        { lotId: LOTS.southWest, unitPrice: 91.1 },
        { lotId: LOTS.southEast, unitPrice: 92.4 },
      ],
    },
  ];
}

export function kestrelTender(bids: Bid[] = kestrelBids()): Tender {
  return {
    terms: {
      currency: 'EUR',
      termMonths: 24,
      costOfCapitalPct: 8,
      baselinePaymentDays: 30,
      serviceTargetPct: 98.5,
      shortfallCostPct: 4,
      priceWeight: 70,
    },
    lots: [
      { id: LOTS.north, name: 'Lane 1 — Hamburg → Malmö', unit: 'pallet', volume: 6_000, baselinePrice: 96.4 },
      { id: LOTS.southWest, name: 'Lane 2 — Lyon → Bilbao', unit: 'pallet', volume: 4_500, baselinePrice: 96.4 },
      { id: LOTS.southEast, name: 'Lane 3 — Verona → Graz', unit: 'pallet', volume: 3_500, baselinePrice: 96.4 },
    ],
    suppliers: [
      { id: SUPPLIERS.nordfrost, name: 'Nordfrost Logistik GmbH', incumbent: true },
      { id: SUPPLIERS.frigoSud, name: 'Frigo Sud Transports', incumbent: false },
      { id: SUPPLIERS.polar, name: 'Polar Chain Europe', incumbent: false },
    ],
    bids,
    constraints: { minServiceLevelPct: 98.5, maxSharePct: null, minSuppliers: 1, incumbentAllowed: true },
  };
}

/** The value, or a test failure naming what was missing. */
export function must<T>(value: T | null | undefined, what = 'value'): T {
  if (value === null || value === undefined) throw new Error(`Expected a ${what}`);
  return value;
}
