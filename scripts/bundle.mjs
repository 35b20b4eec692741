#!/usr/bin/env node
// Bundles the compiled command (see packages/cli/rolldown.config.mjs) quietly,
// into a fresh folder so no chunk of an earlier build lingers.
import { rmSync } from 'node:fs';
import { build } from 'rolldown';
import config from '../packages/cli/rolldown.config.mjs';

rmSync(config.output.dir, { recursive: true, force: true });
await build(config);
