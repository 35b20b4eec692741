/**
 * The grammar pack's table helpers: core's RuleTester through tests/support/rule-cases.ts. The
 * examples of the pack's data files run in tests/data-examples.test.ts.
 */
export * from '../../../tests/support/rule-cases.js';
