// Section 9 of `pnpm bench` alone: peak memory of the command on big plain-text files, in each report
// format (BENCH_BIG_MB, BENCH_BIG_FORMATS: see benchBigFiles). Run: `node tests/bench/big.mjs` after `pnpm build`.
import { benchBigFiles } from './lint.mjs';

await benchBigFiles((ms) => `${ms.toFixed(ms < 10 ? 2 : 1)} ms`);
