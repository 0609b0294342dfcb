/** The .xlsx bid template for one supplier, written with exceljs. */
import ExcelJS from 'exceljs';
import type { Supplier, Tender } from '../model';
import { HEADERS, INSTRUCTIONS_SHEET, LOT_PREFIX, SHEET_NAME, SUPPLIER_PREFIX, TERM_LINES } from './layout';

export interface TemplateContext {
  dealTitle: string;
  tender: Pick<Tender, 'terms' | 'lots'>;
  supplier: Supplier;
}

const GREY = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEFEFEF' } } as const;
const ANSWER = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF7D6' } } as const;

export async function bidTemplate({ dealTitle, tender, supplier }: TemplateContext): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Parley';
  const { currency, serviceTargetPct, termMonths } = tender.terms;

  const help = workbook.addWorksheet(INSTRUCTIONS_SHEET);
  help.getColumn(1).width = 100;
  [
    `${dealTitle} — bid from ${supplier.name}`,
    '',
    `Fill in the yellow cells of the "${SHEET_NAME}" sheet, column "Your offer", and send the file back as it is (.xlsx) or saved as .csv.`,
    `Prices are per unit in ${currency}, excluding VAT, for a contract of ${termMonths} months. Volumes are per year.`,
    'Leave a price empty for a lot you do not bid on. Do not change column "Line ID" or add rows.',
    'Numbers only in "Your offer": 96.40 or 96,40 — no currency signs or words.',
  ].forEach((text, i) => {
    const cell = help.getCell(i + 1, 1);
    cell.value = text;
    if (i === 0) cell.font = { bold: true, size: 14 };
  });

  const sheet = workbook.addWorksheet(SHEET_NAME, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    { header: HEADERS[0], width: 44 },
    { header: HEADERS[1], width: 52 },
    { header: HEADERS[2], width: 14 },
    { header: HEADERS[3], width: 16 },
    { header: HEADERS[4], width: 16 },
  ];
  sheet.getRow(1).font = { bold: true };
  const add = (values: (string | number | null)[], answer: string | number | null) => {
    const row = sheet.addRow([...values, answer]);
    row.getCell(1).fill = GREY;
    row.getCell(5).fill = ANSWER;
    return row;
  };
  add([`${SUPPLIER_PREFIX}${supplier.id}`, 'Supplier', null, null], supplier.name);
  for (const lot of tender.lots) {
    const row = add([`${LOT_PREFIX}${lot.id}`, lot.name, `${currency} per ${lot.unit}`, lot.volume], null);
    row.getCell(4).numFmt = '#,##0';
    row.getCell(5).numFmt = '#,##0.00';
  }
  for (const term of TERM_LINES)
    add([term.lineId, term.item({ currency, serviceTargetPct }), term.unit({ currency }), null], null);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
