/**
 * The --timing table (as ESLint's TIMING=1 prints it): the slowest rules of the run, each with its time
 * (its `create` and every visitor call, summed over the files) and its share of all rules' time.
 * "(token stream)" is the time spent building the documents' token streams, which the first rule to
 * read a stream would otherwise be charged with.
 */
const ROWS = 10;

export function timingTable(timing: ReadonlyMap<string, number>): string {
  const total = [...timing.values()].reduce((sum, ms) => sum + ms, 0);
  const rows = [...timing].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, ROWS);
  const cells = rows.map(([id, ms]) => [id, ms.toFixed(3), `${total > 0 ? ((ms / total) * 100).toFixed(1) : '0.0'}%`]);
  const header = ['Rule', 'Time (ms)', 'Relative'];
  const widths = header.map((h, k) => Math.max(h.length, ...cells.map((row) => row[k]!.length)));
  const line = (row: readonly string[]) =>
    `${row[0]!.padEnd(widths[0]!)} | ${row[1]!.padStart(widths[1]!)} | ${row[2]!.padStart(widths[2]!)}`;
  const rule = `:${'-'.repeat(widths[0]!)}|${'-'.repeat(widths[1]! + 1)}:|${'-'.repeat(widths[2]!)}:`;
  return `${[line(header), rule, ...cells.map(line)].join('\n')}\n`;
}
