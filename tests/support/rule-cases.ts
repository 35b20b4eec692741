/**
 * ESLint-style tables for the packs' tests (numbers, grammar): a valid text has no findings;
 * an invalid case lists each finding's exact place and message id, the
 * fixed output (the input when there is no fix) and each finding's
 * suggestion outputs. A thin layer over core's RuleTester.
 */
import {
  RuleTester,
  type CheckOptions,
  type InvalidCase as CoreInvalid,
  type RuleModule,
  type ValidCase as CoreValid,
} from '@bayan/core';

export interface ExpectedFinding {
  line: number;
  column: number;
  endLine?: number;
  endColumn: number;
  messageId: string;
  /** The English message, when the case wants to check it. */
  message?: string;
  /** Outputs of this finding's suggestions (empty or absent: none). */
  suggestions?: string[];
}

export interface InvalidCase<O> extends CheckOptions<O> {
  text: string;
  errors: ExpectedFinding[];
  /** The text after --fix; absent means unchanged. */
  output?: string;
}

export interface ValidCase<O> extends Omit<CheckOptions<O>, 'format' | 'style'> {
  text: string;
  /** Loosely typed so that tables of mixed cases infer. */
  format?: string;
  style?: Record<string, unknown>;
}

const tester = new RuleTester();

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function expectValid<O>(rule: RuleModule<any>, c: ValidCase<O> | string): Promise<void> {
  await tester.assertValid(rule, typeof c === 'string' ? c : (c as CoreValid));
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function expectInvalid<O>(rule: RuleModule<any>, c: InvalidCase<O>): Promise<void> {
  await tester.assertInvalid(rule, c as CoreInvalid);
}
