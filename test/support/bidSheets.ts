/** Fills bid templates the way a supplier would in Excel: exceljs, cell by cell in "Your offer". */
import ExcelJS from 'exceljs';
import { LOT_PREFIX, SHEET_NAME, TERM_LINES } from '../../core/tender/bidSheet/layout';
import type { Bid } from '../../core/tender/model';

export async function fillTemplate(template: Uint8Array, bid: Bid, edit?: (sheet: ExcelJS.Worksheet) => void) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(template as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet(SHEET_NAME);
  if (!sheet) throw new Error('template has no Bid sheet');
  sheet.eachRow((row) => {
    const id = String(row.getCell(1).value ?? '');
    if (id.startsWith(LOT_PREFIX)) {
      const price = bid.lines.find((l) => l.lotId === id.slice(LOT_PREFIX.length))?.unitPrice;
      row.getCell(5).value = price ?? null;
    }
    const term = TERM_LINES.find((t) => t.lineId === id);
    if (term) row.getCell(5).value = bid[term.key];
  });
  edit?.(sheet);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
