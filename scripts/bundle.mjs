#!/usr/bin/env node
// Bundles the compiled command (see packages/cli/rolldown.config.mjs) quietly.
import { build } from 'rolldown';
import config from '../packages/cli/rolldown.config.mjs';

await build(config);
