import type { RulePack } from '@bayan/core';

export interface InjectedCase {
  ruleId: string;
  line: number;
  right: string;
  wrong: string;
  start: number;
  end: number;
}
export interface RuleFigures {
  id: string;
  cases: number;
  hits: number;
  recall: number;
  misses: Array<{ line: number; wrong: string; got: string[] }>;
}
export interface Evaluation {
  rules: RuleFigures[];
  clean: {
    files: number;
    words: number;
    per10k: number;
    findings: Array<{ file: string; line: number; column: number; ruleId: string; actual?: string; message: string }>;
  };
  rightFindings: Array<{ line: number; ruleId: string; actual?: string; message: string }>;
}
export function readCases(text?: string): InjectedCase[];
export function readClean(): Array<{ name: string; text: string }>;
export function countWords(text: string): number;
export function evaluate(options: { pack: RulePack; core: typeof import('@bayan/core') }): Promise<Evaluation>;
