import { afterAll } from 'vitest';
import { removeTestTempDirs } from './helpers/temp.js';

afterAll(removeTestTempDirs);
