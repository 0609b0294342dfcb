import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { gridFromCsv, gridFromFile } from '../../../core/tender/bidSheet/grid';
import { SHEET_NAME } from '../../../core/tender/bidSheet/layout';
import { problemText, readBidSheet } from '../../../core/tender/bidSheet/parse';
import { bidTemplate } from '../../../core/tender/bidSheet/template';
import { fillTemplate } from '../../support/bidSheets';
import { kestrelBids, kestrelTender, LOTS, must, SUPPLIERS } from '../../support/kestrelTender';

const tender = kestrelTender();
const templateFor = (supplierId: string) =>
  bidTemplate({
    dealTitle: 'Kestrel Foods: cold-chain transport tender 2027',
    tender,
    supplier: must(tender.suppliers.find((s) => s.id === supplierId)),
  });
const read = async (bytes: Uint8Array, name = 'bid.xlsx') => readBidSheet(await gridFromFile(name, bytes), tender);
const { qualityScore: _q, ...withoutQuality } = kestrelBids()[0] as ReturnType<typeof kestrelBids>[number];

describe('bid sheets', () => {
  it('round trip: three suppliers fill their templates, every bid is read back exactly', async () => {
    for (const bid of kestrelBids()) {
      const filled = await fillTemplate(await templateFor(bid.supplierId), bid);
      const reading = await read(filled);
      expect(reading.problems).toEqual([]);
      const { qualityScore: _ignored, ...expected } = bid;
      expect(reading.bid).toEqual(expected);
      expect(reading.supplierId).toBe(bid.supplierId);
    }
    expect(withoutQuality.supplierId).toBe(SUPPLIERS.nordfrost);
  });

  it('shows what it read from each answer cell, including lots left empty', async () => {
    const frigo = must(kestrelBids().find((b) => b.supplierId === SUPPLIERS.frigoSud));
    const reading = await read(await fillTemplate(await templateFor(SUPPLIERS.frigoSud), frigo));
    expect(reading.readings).toContainEqual({
      row: 3,
      column: 'E',
      label: 'Lane 1 — Hamburg → Malmö — price per pallet',
      raw: '',
      reading: 'no bid on this lot',
    });
    expect(reading.readings).toContainEqual(
      expect.objectContaining({ row: 4, column: 'E', raw: '86.9', reading: '86.90 EUR per pallet' }),
    );
    expect(reading.readings.find((r) => r.label === 'Supplier')?.reading).toBe('Frigo Sud Transports');
  });

  it('refuses a sheet with a missing column, naming it', async () => {
    const filled = await fillTemplate(await templateFor(SUPPLIERS.polar), must(kestrelBids()[2]), (sheet) => {
      sheet.spliceColumns(5, 1);
    });
    const reading = await read(filled);
    expect(reading.bid).toBeNull();
    expect(reading.problems.map(problemText)).toEqual(['Row 1: the column “Your offer” is missing']);
  });

  it('refuses text in a number cell with its row and column', async () => {
    const filled = await fillTemplate(await templateFor(SUPPLIERS.polar), must(kestrelBids()[2]), (sheet) => {
      sheet.getCell('E4').value = 'ninety-one';
    });
    const reading = await read(filled);
    expect(reading.bid).toBeNull();
    expect(reading.problems.map(problemText)).toEqual([
      'Row 4, column E: Lane 2 — Lyon → Bilbao — price per pallet: “ninety-one” is not a number',
    ]);
  });

  it('refuses an extra lot the tender does not have', async () => {
    const filled = await fillTemplate(await templateFor(SUPPLIERS.polar), must(kestrelBids()[2]), (sheet) => {
      sheet.addRow(['lot:lane-4', 'Lane 4 — Porto → Madrid', 'EUR per pallet', 2000, 89.5]);
    });
    const reading = await read(filled);
    expect(reading.bid).toBeNull();
    expect(reading.problems.map(problemText)).toEqual([
      'Row 13, column A: “Lane 4 — Porto → Madrid” is not a lot of this tender',
    ]);
  });

  it('reads the same bid from a .csv saved from the sheet, with decimal commas', async () => {
    const filled = await fillTemplate(await templateFor(SUPPLIERS.nordfrost), must(kestrelBids()[0]));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(filled as unknown as ArrayBuffer);
    const rows: string[] = [];
    must(workbook.getWorksheet(SHEET_NAME)).eachRow((row) => {
      const cells = [1, 2, 3, 4, 5].map((c) => {
        const v = row.getCell(c).value;
        const text = typeof v === 'number' ? String(v).replace('.', ',') : String(v ?? '');
        return `"${text.replace(/"/g, '""')}"`;
      });
      rows.push(cells.join(';'));
    });
    const reading = readBidSheet(gridFromCsv(rows.join('\r\n')), tender);
    expect(reading.problems).toEqual([]);
    expect(reading.bid?.lines).toEqual([
      { lotId: LOTS.north, unitPrice: 94.8 },
      { lotId: LOTS.southWest, unitPrice: 95.2 },
      { lotId: LOTS.southEast, unitPrice: 95.9 },
    ]);
    expect(reading.bid?.serviceLevelPct).toBe(98.6);
  });

  it('reads a percentage-formatted cell as percent and flags ambiguous thousands', async () => {
    const filled = await fillTemplate(await templateFor(SUPPLIERS.polar), must(kestrelBids()[2]), (sheet) => {
      const level = sheet.getCell('E7');
      level.value = 0.991;
      // exceljs shares one style object between cells of a row: replace it, do not mutate it.
      level.style = { ...level.style, numFmt: '0.0%' };
      sheet.getCell('E9').value = '25,000';
    });
    const reading = await read(filled);
    expect(reading.problems.map(problemText)).toEqual([
      'Row 9, column E: One-off switching cost charged to us: “25,000” could be thousands or decimals; write it without the comma or with two decimals',
    ]);
    expect(reading.readings.find((r) => r.row === 7)?.reading).toBe('99.1 %');
  });
});
