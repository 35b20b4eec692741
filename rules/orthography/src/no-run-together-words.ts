/**
 * Known compounds whose space was lost in scraping or PDF extraction
 * («الأممالمتحدة», conventions §3.2 item 95), from data/run-together.yaml,
 * matched with their clitics («وللأممالمتحدة»). The fix restores the space.
 */
import { defineRule, embeddedDataFile } from '@bayan/core';
import * as data from './data/run-together.generated.js';
import { wordList, type ListEntry } from './word-list.js';

export interface RunTogetherEntry extends ListEntry {
  right: string;
  examples: { invalid: Array<{ text: string; output: string }>; valid?: string[] };
}

export const runTogether = embeddedDataFile<{ entries: RunTogetherEntry[] }>(data);
const find = wordList('orthography/no-run-together-words', runTogether.data.entries);

export default defineRule({
  meta: {
    id: 'orthography/no-run-together-words',
    type: 'problem',
    docs: {
      description: {
        ar: 'كلمتان ملتصقتان سقطت المسافة بينهما («الأممالمتحدة»).',
        en: 'Two words run together, their space lost (الأممالمتحدة).',
      },
      recommended: true,
      url: 'rules/orthography/docs/no-run-together-words.md',
    },
    fixable: true,
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    messages: {
      runTogether: {
        ar: '«{{actual}}» كلمتان ملتصقتان، والصواب «{{expected}}».',
        en: '“{{actual}}” runs two words together: “{{expected}}”.',
      },
    },
  },
  create(context) {
    const hits = find(context);
    return {
      Prose() {
        const { text } = context;
        for (const { start, end, candidates } of hits()) {
          const actual = text.slice(start, end);
          const expected = candidates[0]!;
          context.report({
            range: [start, end],
            messageId: 'runTogether',
            data: { actual, expected },
            expected: [expected],
            fix: { range: [start, end], text: expected },
          });
        }
      },
    };
  },
});
