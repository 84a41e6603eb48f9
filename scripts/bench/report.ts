/** The benchmark's printed tables: one per concurrency, the API ("ours") beside the floor, targets in brackets. */

export interface Figures {
  requests: number;
  reqPerSec: number;
  p50Ms: number;
  p99Ms: number;
  statementsPerRequest: number;
  cpuMsPerRequest: number;
  peakRssMb: number;
  peakRssSource: string;
}

export interface Row {
  scenario: string;
  label: string;
  concurrency: number;
  ours: Figures;
  floor: Figures;
  ratio: number;
  targets: { ratio?: number; cpuMsPerRequest?: number; statementsPerRequest: number; peakRssMb?: number };
}

const mark = (ok: boolean) => (ok ? '✓' : '✗');
const fixed = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : '-');

function table(header: string[], rows: string[][]): string {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
  const line = (cells: string[]) =>
    cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join(' | ');
  return [line(header), widths.map((width) => '-'.repeat(width)).join('-|-'), ...rows.map(line)].join('\n');
}

export function printTable(rows: Row[]): string {
  const header = [
    'scenario',
    'ours req/s',
    'floor req/s',
    'ours/floor [target]',
    'p50 ms ours/floor',
    'p99 ms ours/floor',
    'SQL/req ours/floor [target]',
    'CPU ms/req ours/floor',
    'peak RSS MB ours/floor',
  ];
  const cells = rows.map((row) => {
    const { ours, floor, targets } = row;
    const ratioTarget = targets.ratio !== undefined ? ` [≥${targets.ratio} ${mark(row.ratio >= targets.ratio)}]` : '';
    const cpuTarget =
      targets.cpuMsPerRequest !== undefined
        ? ` [≤${targets.cpuMsPerRequest} ${mark(ours.cpuMsPerRequest <= targets.cpuMsPerRequest)}]`
        : '';
    const rssTarget = targets.peakRssMb !== undefined ? ` [≤${targets.peakRssMb} ${mark(ours.peakRssMb <= targets.peakRssMb)}]` : '';
    return [
      row.scenario,
      fixed(ours.reqPerSec),
      fixed(floor.reqPerSec),
      `${fixed(row.ratio, 2)}${ratioTarget}`,
      `${fixed(ours.p50Ms)} / ${fixed(floor.p50Ms)}`,
      `${fixed(ours.p99Ms)} / ${fixed(floor.p99Ms)}`,
      `${ours.statementsPerRequest} / ${floor.statementsPerRequest} [≤${targets.statementsPerRequest} ${mark(ours.statementsPerRequest <= targets.statementsPerRequest)}]`,
      `${fixed(ours.cpuMsPerRequest, 2)} / ${fixed(floor.cpuMsPerRequest, 2)}${cpuTarget}`,
      `${fixed(ours.peakRssMb, 0)} / ${fixed(floor.peakRssMb, 0)}${rssTarget}`,
    ];
  });
  return table(header, cells);
}
