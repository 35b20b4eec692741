/**
 * What the two rules do with occurrences, as plain data (so the rules and the
 * dictionaries' example checks share one implementation).
 *
 * preferred-terms: every non-preferred form of a substitution or discouraged
 * entry is a finding; its edit writes the preferred form after the
 * proclitics, tatweel and quote that were written (لـ«…», وللـ…).
 *
 * consistent-terms: per consistency entry, each occurrence falls in a
 * category: one form («سورية»), or a slash pair in one order
 * («نوفمبر/تشرين الثاني»). The target category is the house choice from
 * `style.termChoices`, or, for `direction: preferred`, the preferred form,
 * or else the most frequent category (ties: the one with the preferred form,
 * then the one written first). Every occurrence outside the target is a
 * finding whose edit rewrites it into the target category.
 */
import type { Edit, RuleContext } from '@bayan/core';
import { normalizeWord } from '@bayan/arabic';
import type { Entry } from './dictionary.js';
import type { Occurrence } from './occurrences.js';

export interface Planned {
  occurrence: Occurrence;
  /** Range reported: the term with its proclitics (a pair counts as one). */
  range: [number, number];
  edit: Edit;
  /** Safe to apply unattended? Otherwise a suggestion. */
  safe: boolean;
  /** What the reported range becomes. */
  expected: string;
  /** False when markup stands inside the term: reported, but no edit is offered. */
  editable: boolean;
}

export interface ConsistencyPlanned extends Planned {
  /** Each category found, with how often, in order of first appearance. */
  counts: Array<{ label: string; count: number }>;
  /** The house style chose the target (style.termChoices). */
  chosen: boolean;
}

/** A category: a form index, or a pair of form indexes in written order. */
type Category = readonly [number] | readonly [number, number];

const categoryKey = (c: Category): string => c.join('/');

function categoryOf(o: Occurrence): Category {
  return o.pair ? [o.form, o.pair.form] : [o.form];
}

/** The preferred spelling of `form` for occurrence `o`, adjusted to what is written around it. */
export function replacementFor(o: Occurrence, entry: Entry, form: number, text: string): string {
  let out = entry.forms[form]!.inflections[o.inflection]!;
  if (o.enclitic) out = out.replace(/ة$/u, 'ت').replace(/ى$/u, 'ي') + o.enclitic;
  // After a written «ل» the article loses its alif: ل + المملكة → للمملكة.
  const lamBefore =
    text[o.termStart - 1] === 'ل' && (o.collapsedArticle || o.proclitics[o.proclitics.length - 1] === 'ل');
  if (lamBefore && out.startsWith('ال')) out = out.slice(1);
  return out;
}

function endOf(o: Occurrence): number {
  return o.pair ? o.pair.end : o.end;
}

function rewrite(o: Occurrence, target: Category, text: string): string {
  const entry = o.entry;
  const head = replacementFor(o, entry, target[0], text);
  if (target.length === 1) return head;
  const separator = o.pair ? text.slice(o.end, o.pair.start) : '/';
  return head + separator + entry.forms[target[1]]!.inflections[o.inflection]!;
}

const safeOf = (o: Occurrence): boolean => {
  const forms = o.entry.forms;
  return forms[o.form]!.fix === 'fix' && (!o.pair || forms[o.pair.form]!.fix === 'fix');
};

export function planPreferred(occurrences: readonly Occurrence[], text: string): Planned[] {
  const out: Planned[] = [];
  for (const o of occurrences) {
    const { entry } = o;
    if (o.form === 0 || o.paired || (entry.kind !== 'substitution' && entry.kind !== 'discouraged')) continue;
    const replacement = replacementFor(o, entry, 0, text);
    out.push({
      occurrence: o,
      range: [o.start, o.end],
      edit: { range: [o.termStart, o.end], text: replacement },
      safe: entry.kind === 'substitution' && entry.forms[o.form]!.fix === 'fix',
      editable: !o.markup,
      expected: text.slice(o.start, o.termStart) + replacement,
    });
  }
  return out;
}

/** A house choice: a spelling of one form («سوريا»), or «A/B» for a pair order. */
function parseChoice(entry: Entry, choice: unknown): Category | undefined {
  if (typeof choice !== 'string') return undefined;
  const formOf = (s: string): number | undefined => {
    const key = normalizeWord(s.trim());
    const f = entry.forms.findIndex((form) => form.inflections.some((i) => normalizeWord(i) === key));
    return f === -1 ? undefined : f;
  };
  const parts = choice.split('/');
  if (parts.length === 1) {
    const f = formOf(choice);
    return f === undefined ? undefined : [f];
  }
  if (parts.length !== 2) return undefined;
  const a = formOf(parts[0]!);
  const b = formOf(parts[1]!);
  return a === undefined || b === undefined || a === b ? undefined : [a, b];
}

export function planConsistency(
  occurrences: readonly Occurrence[],
  text: string,
  choices: Readonly<Record<string, unknown>> = {},
): ConsistencyPlanned[] {
  const byEntry = new Map<Entry, Occurrence[]>();
  for (const o of occurrences) {
    if (o.entry.kind !== 'consistency' || o.paired) continue;
    const list = byEntry.get(o.entry) ?? [];
    list.push(o);
    byEntry.set(o.entry, list);
  }
  const out: ConsistencyPlanned[] = [];
  for (const [entry, list] of byEntry) {
    const stats = new Map<string, { category: Category; count: number; first: number; label: string }>();
    for (const o of list) {
      const category = categoryOf(o);
      const key = categoryKey(category);
      const stat = stats.get(key);
      if (stat) stat.count++;
      else
        stats.set(key, {
          category,
          count: 1,
          first: o.termStart,
          label: text.slice(o.termStart, endOf(o) - (o.enclitic?.length ?? 0)),
        });
    }
    const chosen = parseChoice(entry, choices[entry.id]);
    let target: Category | undefined;
    if (chosen) target = chosen;
    else if (stats.size < 2) continue;
    else if (entry.direction === 'preferred') {
      if (!stats.has('0')) continue;
      target = [0];
    } else {
      const ranked = [...stats.values()].sort(
        (a, b) =>
          b.count - a.count || Number(b.category.includes(0)) - Number(a.category.includes(0)) || a.first - b.first,
      );
      target = ranked[0]!.category;
    }
    const targetKey = categoryKey(target);
    const counts = [...stats.values()].map(({ label, count }) => ({ label, count }));
    for (const o of list) {
      if (categoryKey(categoryOf(o)) === targetKey) continue;
      const replacement = rewrite(o, target, text);
      out.push({
        occurrence: o,
        range: [o.start, endOf(o)],
        edit: { range: [o.termStart, endOf(o)], text: replacement },
        safe: safeOf(o),
        editable: !o.markup && !o.pair?.markup,
        expected: text.slice(o.start, o.termStart) + replacement,
        counts,
        chosen: chosen !== undefined,
      });
    }
  }
  return out.sort((a, b) => a.range[0] - b.range[0]);
}

/** Applies non-overlapping edits (the first wins on overlap). */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  let out = '';
  let at = 0;
  for (const edit of [...edits].sort((a, b) => a.range[0] - b.range[0])) {
    if (edit.range[0] < at) continue;
    out += text.slice(at, edit.range[0]) + edit.text;
    at = edit.range[1];
  }
  return out + text.slice(at);
}

/**
 * Reports one planned change: a fix when it is safe, else a suggestion
 * (message `replace`), nothing to apply when markup splits the term.
 */
export function reportPlanned(
  context: RuleContext,
  planned: Planned,
  messageId: string,
  data: { actual: string; expected: string; [key: string]: string },
): void {
  const { entry } = planned.occurrence;
  context.report({
    range: planned.range,
    messageId,
    data,
    actual: data.actual,
    expected: [planned.expected],
    ...(entry.level ? { severity: entry.level } : {}),
    ...(!planned.editable
      ? {}
      : planned.safe
        ? { fix: planned.edit }
        : { suggest: [{ messageId: 'replace', data, fix: planned.edit }] }),
  });
}
