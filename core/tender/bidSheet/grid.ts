/**
 * A filled bid sheet as a plain grid of cells, whichever file it came in: .xlsx read by
 * exceljs, .csv read by papaparse. Rows and columns are 1-based, as the user sees them.
 */
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { SHEET_NAME } from './layout';

export interface GridCell {
  /** What the cell holds: a number when the spreadsheet stored one, else its text. */
  value: number | string | null;
  /** The cell shows a percentage (Excel stores 98.5 % as 0.985). */
  percent: boolean;
}

export interface Grid {
  rows: GridCell[][];
}

export class BidSheetFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BidSheetFileError';
  }
}

const EMPTY: GridCell = { value: null, percent: false };

function cellOf(cell: ExcelJS.Cell): GridCell {
  const percent = typeof cell.numFmt === 'string' && cell.numFmt.includes('%');
  const v = cell.value;
  if (v === null || v === undefined) return EMPTY;
  if (typeof v === 'number') return { value: v, percent };
  if (typeof v === 'string') return { value: v, percent: false };
  if (typeof v === 'boolean') return { value: String(v), percent: false };
  if (v instanceof Date) return { value: v.toISOString().slice(0, 10), percent: false };
  if (typeof v === 'object') {
    if ('result' in v) {
      const r = (v as { result?: unknown }).result;
      return typeof r === 'number' ? { value: r, percent } : { value: r == null ? null : String(r), percent: false };
    }
    if ('richText' in v) return { value: v.richText.map((t) => t.text).join(''), percent: false };
    if ('text' in v) return { value: String((v as { text: unknown }).text), percent: false };
    if ('error' in v) return { value: String((v as { error: unknown }).error), percent: false };
  }
  return { value: String(v), percent: false };
}

export async function gridFromXlsx(bytes: Uint8Array): Promise<Grid> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs's types want a Node Buffer; a Uint8Array view of the same bytes is what it reads.
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new BidSheetFileError('This file is not a readable .xlsx workbook.');
  }
  const sheet = workbook.getWorksheet(SHEET_NAME) ?? workbook.worksheets.find((w) => w.name !== 'Instructions');
  if (!sheet) throw new BidSheetFileError(`The workbook has no "${SHEET_NAME}" sheet.`);
  const rows: GridCell[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: GridCell[] = [];
    for (let c = 1; c <= Math.max(row.cellCount, sheet.columnCount); c++) cells.push(cellOf(row.getCell(c)));
    rows.push(cells);
  }
  return { rows };
}

export function gridFromCsv(text: string): Grid {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: false, delimiter: '' });
  const fatal = parsed.errors.find((e) => e.type === 'Quotes');
  if (fatal) throw new BidSheetFileError(`Row ${(fatal.row ?? 0) + 1}: ${fatal.message}.`);
  return {
    rows: parsed.data.map((row) => row.map((text) => ({ value: text.trim() === '' ? null : text, percent: false }))),
  };
}

/** .xlsx or .csv by name, falling back to the zip signature. */
export async function gridFromFile(fileName: string, bytes: Uint8Array): Promise<Grid> {
  const lower = fileName.toLowerCase();
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (lower.endsWith('.xlsx') || (!lower.endsWith('.csv') && isZip)) return gridFromXlsx(bytes);
  if (lower.endsWith('.csv')) return gridFromCsv(new TextDecoder('utf-8').decode(bytes));
  throw new BidSheetFileError('Bid sheets are .xlsx or .csv files.');
}
