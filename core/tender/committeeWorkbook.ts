/** The comparison as an .xlsx for the approval committee (exceljs): bids, scenarios, counter-offers. */
import ExcelJS from 'exceljs';
import type { TenderComparison } from './comparison';
import type { Tender } from './model';

export async function committeeWorkbook(dealTitle: string, tender: Tender, comparison: TenderComparison) {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Parley';
  const money = `#,##0 "${comparison.currency}"`;
  const name = (id: string) => tender.suppliers.find((s) => s.id === id)?.name ?? id;
  const lotName = (id: string) => tender.lots.find((l) => l.id === id)?.name ?? id;

  const bids = wb.addWorksheet('Bids');
  bids.addRow([`${dealTitle} — bids over ${comparison.termMonths} months`]).font = { bold: true, size: 13 };
  bids.addRow([]);
  const head = bids.addRow([
    'Supplier',
    'Lots priced',
    'Spend',
    'Payment terms effect',
    'Service shortfall',
    'Volume discount',
    'One-off costs',
    'Total cost',
    'Baseline (same lots)',
    'Savings',
    'Savings %',
    'Points',
  ]);
  head.font = { bold: true };
  for (const b of comparison.bids) {
    const c = b.cost;
    bids.addRow(
      c
        ? [
            `${b.supplierName}${b.incumbent ? ' (incumbent)' : ''}`,
            b.lotsPriced,
            c.spend,
            c.finance,
            c.service,
            -c.discount,
            c.oneOff,
            c.total,
            c.baseline,
            c.savings,
            c.savingsPct / 100,
            Math.round(c.points * 10) / 10,
          ]
        : [b.supplierName, 0, 'no bid'],
    );
  }
  bids.columns.forEach((col, i) => {
    col.width = i === 0 ? 34 : 16;
    if (i >= 2 && i <= 9) col.numFmt = money;
    if (i === 10) col.numFmt = '0.0%';
  });

  const scen = wb.addWorksheet('Scenarios');
  scen.addRow([
    `${dealTitle} — award scenarios (baseline ${Math.round(comparison.baseline).toLocaleString('en')} ${comparison.currency})`,
  ]).font = {
    bold: true,
    size: 13,
  };
  for (const s of comparison.scenarios) {
    scen.addRow([]);
    scen.addRow([`${s.label}${comparison.picked === s.kind ? ' — picked' : ''}`]).font = { bold: true };
    if (s.outcome.status === 'infeasible') {
      scen.addRow(['Not possible', s.outcome.reason]);
      continue;
    }
    const { cost, assignment, slack } = s.outcome;
    scen.addRow(['Total cost', cost.total]).getCell(2).numFmt = money;
    scen.addRow(['Savings vs baseline', cost.savings]).getCell(2).numFmt = money;
    scen.addRow(['Savings %', cost.savingsPct / 100]).getCell(2).numFmt = '0.0%';
    scen.addRow(['Weighted value (points)', Math.round(cost.points * 10) / 10]);
    for (const lot of tender.lots) {
      const winner = assignment[lot.id];
      scen.addRow([`  ${lotName(lot.id)}`, winner ? name(winner) : '—']);
    }
    for (const c of slack)
      scen.addRow([`  ${c.label}`, c.slack === null ? 'held' : `slack ${Math.round(c.slack * 10) / 10} ${c.unit}`]);
    for (const o of s.counterOffers) {
      if (o.status === 'winsAt')
        scen.addRow([
          `  To win, ${name(o.supplierId)} would need`,
          `${o.priceCutPct.toFixed(1)} % lower prices (wins ${o.lotIds.map(lotName).join(', ')})`,
        ]);
      else if (o.status === 'cannotWin') scen.addRow([`  ${name(o.supplierId)} cannot win`, o.reason]);
    }
  }
  scen.getColumn(1).width = 48;
  scen.getColumn(2).width = 60;
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
