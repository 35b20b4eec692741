import { existsSync } from 'node:fs';
import * as nodeModule from 'node:module';
import { fileURLToPath } from 'node:url';
import type * as CliModule from './cli.js';
import { requireCached } from './code-cache.js';

type Cli = typeof CliModule;

/**
 * The bundle (bundle/bin.js, bundle/daemon.js) starts the command from its CommonJS build (cli.cjs beside it)
 * through V8's code cache, which Node 20 offers for scripts only (see code-cache.ts); without that build
 * (dist/) it imports the ES modules, and Node 22.1 and later keep their compiled code in a cache of their own
 * (on before the command's modules load, hence the dynamic import). `writeCache: false`: see requireCached.
 */
export async function loadCli({ writeCache = true }: { writeCache?: boolean } = {}): Promise<Cli> {
  const cjs = fileURLToPath(new URL('./cli.cjs', import.meta.url));
  if (existsSync(cjs))
    return requireCached(cjs, (specifier) => import(specifier), process.env, { write: writeCache }) as Cli;
  (nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.();
  return import('./cli.js');
}
