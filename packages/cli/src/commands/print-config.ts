/** `bayan --print-config FILE`: the configuration that applies to FILE, as JSON. */
import { resolve } from 'node:path';
import { isIgnored, type RulePack } from '@bayan/core';
import { withCliRules } from '../lint-file.js';
import type { Session } from '../session.js';

/** The files of a pack's file settings (dictionaries, word files, lists) are long: show their paths. */
function printable(section: unknown, pack: RulePack | undefined): unknown {
  if (!section || typeof section !== 'object' || Array.isArray(section)) return section;
  let out = section as Record<string, unknown>;
  for (const key of Object.keys(pack?.fileSettings ?? {})) {
    const files = out[key];
    if (!Array.isArray(files)) continue;
    out = {
      ...out,
      [key]: files.map((d: unknown) => (d && typeof d === 'object' && 'file' in d ? (d as { file: string }).file : d)),
    };
  }
  return out;
}

export async function printConfig(target: string, session: Session): Promise<number> {
  const { loaded, relPath, resolved, locale } = await session.fileConfig(resolve(session.cwd, target));
  const sections: Record<string, unknown> = {};
  const effective = withCliRules(loaded.config, session.opts.rules);
  for (const name of session.registry.packs.keys())
    if (effective?.[name] !== undefined) sections[name] = printable(effective[name], session.registry.packs.get(name));
  const shown = {
    configFile: loaded.file ? session.displayPath(loaded.file) : null,
    ignored: isIgnored(resolved, relPath),
    locale,
    style: resolved.style,
    settings: sections,
    rules: resolved.rules,
    ignores: resolved.ignores,
  };
  session.io.stdout.write(`${JSON.stringify(shown, null, 2)}\n`);
  return 0;
}
