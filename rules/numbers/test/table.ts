/** The numbers pack's table helpers: core's RuleTester through tests/support/rule-cases.ts. */
export * from '../../../tests/support/rule-cases.js';
