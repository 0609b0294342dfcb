/**
 * Reads a filled bid sheet (as a grid) against the tender it was made for: every answer
 * cell with what Parley understood, every problem with its row and column, and the bid —
 * only when there is no problem at all. Nothing here writes anything.
 */
import type { Bid, Lot, Supplier, TenderTerms } from '../model';
import type { Grid, GridCell } from './grid';
import { columnLetter, HEADERS, LOT_PREFIX, REQUIRED_HEADERS, SUPPLIER_PREFIX, TERM_LINES } from './layout';

export interface CellReading {
  row: number;
  column: string;
  /** What the cell answers, in words ("Lane 1 — price per pallet"). */
  label: string;
  /** The cell as the file holds it. */
  raw: string;
  /** What Parley reads from it ("96.40 EUR per pallet", "no bid"). */
  reading: string;
}

export interface SheetProblem {
  row: number;
  column: string | null;
  message: string;
}

export interface BidSheetReading {
  supplierId: string | null;
  supplierName: string | null;
  readings: CellReading[];
  problems: SheetProblem[];
  /** Present only when `problems` is empty. */
  bid: Omit<Bid, 'qualityScore'> | null;
}

export interface SheetTender {
  terms: Pick<TenderTerms, 'currency' | 'serviceTargetPct'>;
  lots: Lot[];
  suppliers: Supplier[];
}

export function problemText(p: SheetProblem): string {
  return `Row ${p.row}${p.column ? `, column ${p.column}` : ''}: ${p.message}`;
}

type NumberRead = { ok: true; value: number } | { ok: false; why: string };

/** A number as people type it: 96.40, 96,40, 1 234,50, 1,234.50, 98.5 %. */
export function readNumber(cell: GridCell, percentField: boolean): NumberRead {
  if (typeof cell.value === 'number')
    return { ok: true, value: cell.percent && percentField ? cell.value * 100 : cell.value };
  const raw = String(cell.value ?? '');
  let text = raw.replace(/[\s\u00a0\u202f]/g, '');
  if (percentField) text = text.replace(/%$/, '');
  const comma = text.lastIndexOf(',');
  const dot = text.lastIndexOf('.');
  if (comma >= 0 && dot >= 0) text = comma > dot ? text.replace(/\./g, '').replace(',', '.') : text.replace(/,/g, '');
  else if (comma >= 0) {
    if (/^-?\d{1,3}(,\d{3})+$/.test(text))
      return {
        ok: false,
        why: `“${raw}” could be thousands or decimals; write it without the comma or with two decimals`,
      };
    if ((text.match(/,/g) ?? []).length > 1) return { ok: false, why: `“${raw}” is not a number` };
    text = text.replace(',', '.');
  }
  if (!/^-?\d+(\.\d+)?$/.test(text)) return { ok: false, why: `“${raw}” is not a number` };
  return { ok: true, value: Number(text) };
}

const rawText = (cell: GridCell | undefined): string =>
  cell?.value === null || cell?.value === undefined ? '' : String(cell.value);

const fmt = (v: number): string => String(Number(v.toFixed(6)));

export function readBidSheet(grid: Grid, tender: SheetTender): BidSheetReading {
  const problems: SheetProblem[] = [];
  const readings: CellReading[] = [];
  const header = (grid.rows[0] ?? []).map((c) => rawText(c).trim().toLowerCase());
  const col = new Map<string, number>();
  for (const name of HEADERS) {
    const at = header.indexOf(name.toLowerCase());
    if (at >= 0) col.set(name, at);
  }
  const missing = REQUIRED_HEADERS.filter((h) => !col.has(h));
  if (grid.rows.length === 0 || missing.length > 0) {
    for (const name of missing.length > 0 ? missing : REQUIRED_HEADERS)
      problems.push({ row: 1, column: null, message: `the column “${name}” is missing` });
    return { supplierId: null, supplierName: null, readings, problems, bid: null };
  }
  const idCol = col.get('Line ID') as number;
  const answerCol = col.get('Your offer') as number;
  const answerLetter = columnLetter(answerCol + 1);
  const idLetter = columnLetter(idCol + 1);
  const { currency, serviceTargetPct } = tender.terms;

  let supplier: Supplier | null = null;
  const prices = new Map<string, number>();
  const terms = new Map<string, number>();
  const seen = new Set<string>();

  grid.rows.slice(1).forEach((cells, k) => {
    const row = k + 2;
    const id = rawText(cells[idCol]).trim();
    const answer = cells[answerCol] ?? { value: null, percent: false };
    const raw = rawText(answer);
    const blank = raw.trim() === '';
    if (id === '') {
      if (cells.some((c) => rawText(c).trim() !== ''))
        problems.push({
          row,
          column: idLetter,
          message: 'this row has no Line ID; rows cannot be added to a bid sheet',
        });
      return;
    }
    if (seen.has(id)) {
      problems.push({ row, column: idLetter, message: `“${id}” appears twice` });
      return;
    }
    seen.add(id);
    if (id.startsWith(SUPPLIER_PREFIX)) {
      const supplierId = id.slice(SUPPLIER_PREFIX.length);
      supplier = tender.suppliers.find((s) => s.id === supplierId) ?? null;
      if (!supplier)
        problems.push({
          row,
          column: idLetter,
          message: 'this sheet was made for a supplier no longer in this tender',
        });
      else readings.push({ row, column: answerLetter, label: 'Supplier', raw, reading: supplier.name });
      return;
    }
    if (id.startsWith(LOT_PREFIX)) {
      const lot = tender.lots.find((l) => l.id === id.slice(LOT_PREFIX.length));
      if (!lot) {
        problems.push({ row, column: idLetter, message: `“${rawText(cells[1]) || id}” is not a lot of this tender` });
        return;
      }
      const label = `${lot.name} — price per ${lot.unit}`;
      if (blank) {
        readings.push({ row, column: answerLetter, label, raw, reading: 'no bid on this lot' });
        return;
      }
      const n = readNumber(answer, false);
      if (!n.ok) problems.push({ row, column: answerLetter, message: `${label}: ${n.why}` });
      else if (n.value < 0)
        problems.push({ row, column: answerLetter, message: `${label}: a price cannot be negative` });
      else {
        prices.set(lot.id, n.value);
        readings.push({
          row,
          column: answerLetter,
          label,
          raw,
          reading: `${n.value.toFixed(2)} ${currency} per ${lot.unit}`,
        });
      }
      return;
    }
    const term = TERM_LINES.find((t) => t.lineId === id);
    if (!term) {
      problems.push({ row, column: idLetter, message: `“${id}” is not a line of this bid sheet` });
      return;
    }
    const label = term.item({ currency, serviceTargetPct });
    const unit = term.unit({ currency });
    if (blank) {
      if (term.blank === null) problems.push({ row, column: answerLetter, message: `${label}: an answer is needed` });
      else {
        terms.set(term.key, term.blank);
        readings.push({ row, column: answerLetter, label, raw, reading: `${fmt(term.blank)} ${unit} (left empty)` });
      }
      return;
    }
    const n = readNumber(answer, unit.startsWith('%'));
    if (!n.ok) problems.push({ row, column: answerLetter, message: `${label}: ${n.why}` });
    else if (n.value < term.min || n.value > term.max)
      problems.push({
        row,
        column: answerLetter,
        message: `${label}: ${fmt(n.value)} is outside ${term.min}–${term.max}`,
      });
    else if (term.integer && !Number.isInteger(n.value))
      problems.push({ row, column: answerLetter, message: `${label}: a whole number is needed` });
    else {
      terms.set(term.key, n.value);
      readings.push({ row, column: answerLetter, label, raw, reading: `${fmt(n.value)} ${unit}` });
    }
  });

  if (!supplier && !problems.some((p) => p.message.includes('supplier')))
    problems.push({
      row: 2,
      column: idLetter,
      message: 'the supplier line is missing; export a new template for this supplier',
    });
  for (const term of TERM_LINES)
    if (!seen.has(term.lineId))
      problems.push({ row: grid.rows.length + 1, column: idLetter, message: `the line “${term.lineId}” is missing` });
  if (problems.length === 0 && prices.size === 0)
    problems.push({ row: 2, column: answerLetter, message: 'no lot has a price; a bid needs at least one' });

  const found = supplier as Supplier | null;
  const bid =
    problems.length === 0 && found
      ? {
          supplierId: found.id,
          paymentDays: terms.get('paymentDays') ?? 0,
          switchingCost: terms.get('switchingCost') ?? 0,
          implementationCost: terms.get('implementationCost') ?? 0,
          serviceLevelPct: terms.get('serviceLevelPct') ?? 0,
          serviceCreditPct: terms.get('serviceCreditPct') ?? 0,
          volumeDiscountPct: terms.get('volumeDiscountPct') ?? 0,
          volumeDiscountThresholdPct: terms.get('volumeDiscountThresholdPct') ?? 0,
          lines: tender.lots
            .filter((l) => prices.has(l.id))
            .map((l) => ({ lotId: l.id, unitPrice: prices.get(l.id) as number })),
        }
      : null;
  problems.sort((a, b) => a.row - b.row);
  return { supplierId: found?.id ?? null, supplierName: found?.name ?? null, readings, problems, bid };
}
