/**
 * The bid sheet: one table, the same in the .xlsx template and in a .csv saved from it.
 * Column A says what a row is (a lot, a term, the supplier); the supplier writes only in
 * "Your offer". Everything else is there so the supplier can read what is asked.
 */
import type { Bid } from '../model';

export const SHEET_NAME = 'Bid';
export const INSTRUCTIONS_SHEET = 'Instructions';

export const HEADERS = ['Line ID', 'Item', 'Unit', 'Volume per year', 'Your offer'] as const;
export type Header = (typeof HEADERS)[number];
/** Columns the import cannot do without. */
export const REQUIRED_HEADERS: Header[] = ['Line ID', 'Your offer'];

export const SUPPLIER_PREFIX = 'supplier:';
export const LOT_PREFIX = 'lot:';

type TermKey = Exclude<keyof Bid, 'supplierId' | 'lines' | 'qualityScore'>;

export interface TermLine {
  key: TermKey;
  /** The Line ID written in column A. */
  lineId: string;
  item: (ctx: { currency: string; serviceTargetPct: number }) => string;
  unit: (ctx: { currency: string }) => string;
  min: number;
  max: number;
  integer: boolean;
  /** A blank cell means this; null: the supplier must answer. */
  blank: number | null;
}

export const TERM_LINES: TermLine[] = [
  {
    key: 'paymentDays',
    lineId: 'payment_days',
    item: () => 'Payment terms: days after invoice',
    unit: () => 'days',
    min: 0,
    max: 365,
    integer: true,
    blank: null,
  },
  {
    key: 'serviceLevelPct',
    lineId: 'service_level_pct',
    item: () => 'Service level you commit to (on time in full)',
    unit: () => '%',
    min: 0,
    max: 100,
    integer: false,
    blank: null,
  },
  {
    key: 'serviceCreditPct',
    lineId: 'service_credit_pct',
    item: ({ serviceTargetPct }) => `Service credit per point below ${serviceTargetPct} %`,
    unit: () => '% of the fee',
    min: 0,
    max: 100,
    integer: false,
    blank: 0,
  },
  {
    key: 'switchingCost',
    lineId: 'switching_cost',
    item: () => 'One-off switching cost charged to us',
    unit: ({ currency }) => currency,
    min: 0,
    max: Number.MAX_SAFE_INTEGER,
    integer: false,
    blank: 0,
  },
  {
    key: 'implementationCost',
    lineId: 'implementation_cost',
    item: () => 'One-off implementation cost charged to us',
    unit: ({ currency }) => currency,
    min: 0,
    max: Number.MAX_SAFE_INTEGER,
    integer: false,
    blank: 0,
  },
  {
    key: 'volumeDiscountPct',
    lineId: 'volume_discount_pct',
    item: () => 'Volume discount on everything awarded to you',
    unit: () => '%',
    min: 0,
    max: 100,
    integer: false,
    blank: 0,
  },
  {
    key: 'volumeDiscountThresholdPct',
    lineId: 'volume_discount_threshold_pct',
    item: () => '… once you are awarded at least this share of the volume',
    unit: () => '%',
    min: 0,
    max: 100,
    integer: false,
    blank: 0,
  },
];

/** 1 → A, 5 → E: how spreadsheets name columns in messages. */
export function columnLetter(index1: number): string {
  let n = index1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}
