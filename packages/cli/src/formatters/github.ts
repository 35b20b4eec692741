/**
 * GitHub Actions workflow commands: one annotation per problem on the pull
 * request. error → ::error, warning → ::warning, info → ::notice.
 */
import type { Finding } from '@bayan/core';
import type { Formatter } from '../result.js';

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

/** Escaping from @actions/core: data escapes %, CR, LF; properties also `:` and `,`. */
function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** One finding's workflow command. */
export function githubLine(displayPath: string, f: Finding): string {
  const props = [
    `file=${escapeProperty(displayPath)}`,
    `line=${f.line}`,
    `col=${f.column}`,
    `endLine=${f.endLine}`,
    `endColumn=${f.endColumn}`,
    `title=${escapeProperty(f.ruleId)}`,
  ].join(',');
  return `::${COMMAND[f.severity]} ${props}::${escapeData(f.message)}\n`;
}

export const github: Formatter = (results) => {
  let out = '';
  for (const r of results) for (const f of r.findings) out += githubLine(r.displayPath, f);
  return out;
};
