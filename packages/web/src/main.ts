/// <reference types="vite/client" />
/**
 * The page: wires the options, the draft editor, the worker and the problem
 * list. Everything that comes from a draft or a finding reaches the DOM as
 * text (textContent, form values, attribute values), never as markup.
 */
import '@fontsource/noto-naskh-arabic/arabic-400.css';
import '@fontsource/noto-naskh-arabic/arabic-700.css';
import './style.css';
import type { Edit, Finding, Format } from '@bayan/core';
import { formatForPath } from '@bayan/core';
import { diffEdit, htmlTextView, rangeToView, viewEditToSource, type HtmlTextView } from './html-text-view.js';
import { WORDS } from './i18n.js';
import type { LintMessage, PackInfo, WorkerReply } from './protocol.js';
import type * as A11yRun from './a11y/run.js';
import { loadSettings, saveSettings, type Settings } from './storage.js';
import {
  applyEdit,
  applySafeFixes,
  beforeAfter,
  docKey,
  downloadName,
  inDocumentOrder,
  isWebUrl,
  summaryByPack,
  underlinePieces,
  visible,
} from './view.js';

type A11yModule = typeof A11yRun;

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

const els = {
  language: $<HTMLButtonElement>('language'),
  preset: $<HTMLSelectElement>('preset'),
  format: $<HTMLSelectElement>('format'),
  file: $<HTMLInputElement>('file'),
  styleFields: $<HTMLDivElement>('style-fields'),
  dictionaryFields: $<HTMLDivElement>('dictionary-fields'),
  draft: $<HTMLTextAreaElement>('draft'),
  highlights: $<HTMLDivElement>('highlights'),
  docxNote: $<HTMLParagraphElement>('docx-note'),
  fixAll: $<HTMLButtonElement>('fix-all'),
  copy: $<HTMLButtonElement>('copy'),
  download: $<HTMLButtonElement>('download'),
  count: $<HTMLSpanElement>('count'),
  status: $<HTMLParagraphElement>('status'),
  errors: $<HTMLDivElement>('errors'),
  summary: $<HTMLUListElement>('summary'),
  problems: $<HTMLOListElement>('problems'),
  problemsTitle: $<HTMLHeadingElement>('problems-title'),
  docDialog: $<HTMLDialogElement>('doc-dialog'),
  docTitle: $<HTMLHeadingElement>('doc-title'),
  docText: $<HTMLPreElement>('doc-text'),
  docClose: $<HTMLButtonElement>('doc-close'),
};

const storage = (() => {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
})();
const settings: Settings = loadSettings(storage);

/** The draft: the text shown, and for a Word file the HTML it came from (what is linted and fixed). */
interface Draft {
  format: Format;
  name?: string;
  docx?: { html: string; view: HtmlTextView };
}
const draft: Draft = { format: settings.format };

/** A finding placed in the text shown. */
interface Shown {
  finding: Finding;
  start: number;
  end: number;
}
let shown: Shown[] = [];
let packs: PackInfo[] = [];

const sourceText = () => (draft.docx ? draft.docx.html : els.draft.value);
const lintFormat = (): Format => (draft.docx ? 'html' : draft.format);
const w = () => WORDS[settings.locale];

function persist() {
  saveSettings(storage, settings);
}

function say(message: string) {
  els.status.textContent = message;
}
function fail(message: string) {
  const p = document.createElement('p');
  p.textContent = message;
  els.errors.replaceChildren(p);
}
function clearErrors() {
  els.errors.replaceChildren();
}

// ---- the worker -------------------------------------------------------------

const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
let seq = 0;
let a11yModule: Promise<A11yModule> | undefined;
const timings = { firstRequestAt: 0, lastWorkerMs: 0 };

worker.addEventListener('message', (event: MessageEvent<WorkerReply>) => {
  const reply = event.data;
  if ('ready' in reply) {
    packs = reply.packs;
    buildOptions();
    document.body.dataset.ready = 'true';
    return;
  }
  if ('warm' in reply) {
    document.body.dataset.warmAt = String(performance.now());
    return;
  }
  if (reply.seq !== seq) return;
  if (!reply.ok) {
    document.body.dataset.lintSeq = String(reply.seq);
    fail(w().error(reply.error));
    say('');
    return;
  }
  timings.lastWorkerMs = reply.ms;
  void withA11y(reply.seq, reply.findings).then((all) => {
    if (all && reply.seq === seq) show(all, reply.ms);
  });
});

/** Adds the a11y pack's findings for HTML and Markdown drafts (loaded the first time one is checked). */
async function withA11y(requestSeq: number, findings: Finding[]): Promise<Finding[] | undefined> {
  const format = lintFormat();
  if (format === 'text') return findings;
  say(w().a11yLoading);
  a11yModule ??= import('./a11y/run.js');
  const a11y = await a11yModule;
  const skip = new Set(draft.docx ? [...a11y.PAGE_RULES].map((id) => `a11y/${id}`) : []);
  try {
    const extra = await a11y.a11yLint(
      { text: sourceText(), format, locale: settings.locale, options: settings.options },
      skip,
    );
    if (requestSeq !== seq) return undefined;
    return inDocumentOrder([...findings, ...extra]);
  } catch (error) {
    fail(w().error(error instanceof Error ? error.message : String(error)));
    return findings;
  }
}

function lintNow() {
  seq++;
  clearErrors();
  say(w().checking);
  const message: LintMessage = {
    seq,
    text: sourceText(),
    format: lintFormat(),
    locale: settings.locale,
    options: settings.options,
  };
  timings.firstRequestAt ||= performance.now();
  document.body.dataset.requestedAt = String(performance.now());
  worker.postMessage(message);
}

let timer: number | undefined;
/** Re-lint while typing: a pause of 300 ms, or at once for a large change (a paste, a file). */
function scheduleLint(immediate: boolean) {
  window.clearTimeout(timer);
  if (immediate) lintNow();
  else timer = window.setTimeout(lintNow, 300);
}

// ---- showing findings ---------------------------------------------------------

function show(findings: Finding[], workerMs: number) {
  const text = els.draft.value;
  shown = inDocumentOrder(findings).map((finding) => {
    const { start, end } = finding.place;
    if (!draft.docx) return { finding, start: start.offset, end: end.offset };
    const [a, b] = rangeToView(draft.docx.view, start.offset, end.offset);
    return { finding, start: a, end: b };
  });
  renderHighlights(text);
  renderList();
  renderSummary();
  const words = w();
  els.count.textContent = `(${words.count(shown.length)})`;
  say(
    shown.length === 0
      ? `${words.noProblems} ${words.checked(workerMs)}`
      : `${words.count(shown.length)}. ${words.checked(workerMs)}`,
  );
  document.body.dataset.lintMs = workerMs.toFixed(2);
  document.body.dataset.renderedAt = String(performance.now());
  document.body.dataset.lintSeq = String(seq);
  document.body.dataset.problems = String(shown.length);
}

function renderHighlights(text: string) {
  const parts: Node[] = [];
  for (const piece of underlinePieces(
    text.length,
    shown.map((s) => ({
      severity: s.finding.severity,
      place: { start: { offset: s.start }, end: { offset: s.end } } as Finding['place'],
    })),
  )) {
    const chunk = text.slice(piece.start, piece.end);
    if (!piece.severity) parts.push(document.createTextNode(chunk));
    else {
      const mark = document.createElement('mark');
      mark.className = `sev-${piece.severity}`;
      mark.textContent = chunk;
      parts.push(mark);
    }
  }
  // A final line break needs something after it to take up its line.
  parts.push(document.createTextNode('\u00a0'));
  els.highlights.replaceChildren(...parts);
  syncScroll();
}

function syncScroll() {
  const backdrop = els.highlights.parentElement!;
  backdrop.scrollTop = els.draft.scrollTop;
  backdrop.scrollLeft = els.draft.scrollLeft;
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** An edit's label: `kind: before ← after` (→ in English), each side isolated so its direction cannot reorder the label. */
function editLabel(kind: string, s: Shown, edit: Edit): Node[] {
  const words = w();
  const { before, after } = beforeAfter(sourceText(), s.finding, edit);
  const side = (text: string, empty: string) =>
    text === '' ? document.createTextNode(empty) : el('bdi', undefined, visible(text));
  return [
    document.createTextNode(`${kind}: `),
    side(before, words.insert),
    document.createTextNode(settings.locale === 'ar' ? ' ← ' : ' → '),
    side(after, words.delete),
  ];
}

/** Line and column in the text shown (for a Word file, its text view, not the HTML). */
function placeOf(s: Shown): { line: number; column: number } {
  if (!draft.docx) return { line: s.finding.line, column: s.finding.column };
  const before = els.draft.value.slice(0, s.start);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: s.start - lineStart + 1 };
}

function renderList() {
  const words = w();
  const items = shown.map((s, index) => {
    const f = s.finding;
    const li = el('li', `problem sev-${f.severity}`);
    li.id = `problem-${index}`;
    const place = placeOf(s);
    const where = el('button', 'where', words.at(place.line, place.column));
    where.type = 'button';
    where.addEventListener('click', () => selectInText(s));
    const severity = el('span', 'severity', words.severity[f.severity]);
    const message = el('p', 'message', f.message);
    message.dir = settings.locale === 'ar' ? 'rtl' : 'ltr';
    const meta = el('p', 'meta');
    const rule = el('code', 'rule', f.ruleId);
    rule.dir = 'ltr';
    meta.append(rule);
    if (isWebUrl(f.url)) {
      const a = el('a', 'doc', words.doc);
      a.href = f.url;
      a.target = '_blank';
      a.rel = 'noopener noreferrer';
      meta.append(' ', a);
    } else if (docKey(f.url)) {
      const b = el('button', 'doc', words.doc);
      b.type = 'button';
      b.addEventListener('click', () => void openDoc(f.ruleId, docKey(f.url)!, b));
      meta.append(' ', b);
    }
    li.append(where, ' ', severity, message, meta);
    if (draft.docx && s.start === s.end && f.place.start.offset !== f.place.end.offset)
      li.append(el('p', 'note', words.inMarkup));
    const edits = el('div', 'edits');
    if (f.fix) edits.append(editButton(editLabel(words.fix, s, f.fix), f.fix, 'fix'));
    for (const suggestion of f.suggestions ?? [])
      edits.append(
        editButton(
          [...editLabel(words.suggestion, s, suggestion.fix), document.createTextNode(` (${suggestion.message})`)],
          suggestion.fix,
          'suggestion',
        ),
      );
    if (edits.childElementCount > 0) li.append(edits);
    return li;
  });
  els.problems.replaceChildren(...items);
  els.fixAll.disabled = !shown.some((s) => s.finding.fix);
}

function editButton(label: Node[], edit: Edit, kind: string): HTMLButtonElement {
  const b = el('button', kind);
  b.append(...label);
  b.type = 'button';
  b.addEventListener('click', () => {
    changeSource(applyEdit(sourceText(), edit));
    els.problemsTitle.focus();
  });
  return b;
}

function renderSummary() {
  const rows = summaryByPack(
    shown.map((s) => s.finding),
    settings.locale,
  );
  els.summary.replaceChildren(
    ...rows.map((row) => {
      const li = el('li');
      li.dataset.pack = row.pack;
      li.append(el('span', 'pack', row.label), ': ', el('span', 'counts', row.text));
      return li;
    }),
  );
}

function selectInText(s: Shown) {
  els.draft.focus();
  els.draft.setSelectionRange(s.start, Math.max(s.start, s.end));
  // Bring the selection into view: put the caret's line near the top.
  const before = els.draft.value.slice(0, s.start).split('\n').length - 1;
  const lineHeight = parseFloat(getComputedStyle(els.draft).lineHeight) || 24;
  els.draft.scrollTop = Math.max(0, before * lineHeight - lineHeight * 2);
  syncScroll();
}

// ---- changing the draft ---------------------------------------------------------

/** Sets the source (the text, or a Word file's HTML) and re-lints at once. */
function changeSource(next: string) {
  if (draft.docx) {
    const view = htmlTextView(next);
    draft.docx = { html: next, view };
    els.draft.value = view.text;
  } else els.draft.value = next;
  renderHighlights(els.draft.value);
  scheduleLint(true);
}

let lastValue = '';
els.draft.addEventListener('input', () => {
  const value = els.draft.value;
  if (draft.docx) {
    const edit = diffEdit(draft.docx.view.text, value);
    if (edit) {
      const html = applyEdit(draft.docx.html, viewEditToSource(draft.docx.view, edit));
      draft.docx = { html, view: htmlTextView(html) };
      // A Word file's paragraph breaks belong to its markup: an edit that cannot be made in the HTML
      // (deleting a break) is undone in the text, so the text shown is always the file's.
      if (draft.docx.view.text !== value) {
        const caret = Math.min(edit.range[1], draft.docx.view.text.length);
        els.draft.value = draft.docx.view.text;
        els.draft.setSelectionRange(caret, caret);
      }
    }
  }
  const big = Math.abs(els.draft.value.length - lastValue.length) > 20;
  lastValue = els.draft.value;
  renderHighlights(els.draft.value);
  scheduleLint(big);
});
els.draft.addEventListener('scroll', syncScroll);

els.fixAll.addEventListener('click', () => {
  const { output, applied } = applySafeFixes(
    sourceText(),
    shown.map((s) => s.finding),
  );
  changeSource(output);
  lastValue = els.draft.value;
  say(w().fixAllDone(applied));
});

els.copy.addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText(els.draft.value);
    say(w().copied);
  } catch {
    fail(w().copyFailed);
    els.draft.select();
  }
});

els.download.addEventListener('click', () => {
  const name = downloadName(draft.name, draft.format, Boolean(draft.docx));
  const type = name.endsWith('.html') ? 'text/html' : name.endsWith('.md') ? 'text/markdown' : 'text/plain';
  const url = URL.createObjectURL(new Blob([els.draft.value], { type: `${type};charset=utf-8` }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
});

els.file.addEventListener('change', async () => {
  const file = els.file.files?.[0];
  if (!file) return;
  clearErrors();
  try {
    if (/\.docx$/i.test(file.name)) {
      const { docxToHtml } = await import('./docx.js');
      const html = await docxToHtml(await file.arrayBuffer());
      const view = htmlTextView(html);
      Object.assign(draft, { format: 'html', name: file.name, docx: { html, view } });
      els.draft.value = view.text;
    } else {
      const format = formatForPath(file.name);
      if (!format) throw new Error(w().unsupported);
      Object.assign(draft, { format, name: file.name, docx: undefined });
      els.format.value = format;
      els.draft.value = await file.text();
    }
    lastValue = els.draft.value;
    els.docxNote.hidden = !draft.docx;
    els.format.disabled = Boolean(draft.docx);
    updateDownloadLabel();
    renderHighlights(els.draft.value);
    scheduleLint(true);
  } catch (error) {
    fail(w().fileError(file.name, error instanceof Error ? error.message : String(error)));
  }
});

els.format.addEventListener('change', () => {
  draft.format = els.format.value as Format;
  settings.format = draft.format;
  persist();
  updateDownloadLabel();
  scheduleLint(true);
});

// ---- options ------------------------------------------------------------------

function option(value: string, label: string): HTMLOptionElement {
  const o = document.createElement('option');
  o.value = value;
  o.textContent = label;
  return o;
}

function buildOptions() {
  const words = w();
  const presets = ['recommended', 'strict', ...packs.flatMap((p) => p.presets)];
  els.preset.replaceChildren(...presets.map((p) => option(p, words.presetNames[p] ?? p)));
  if (!presets.includes(settings.options.preset)) settings.options.preset = 'recommended';
  els.preset.value = settings.options.preset;

  els.styleFields.replaceChildren(
    ...packs.flatMap((pack) =>
      pack.style.map(({ key, values }) => {
        const wrap = el('div', 'field');
        const label = el('label', undefined, `${key}`);
        label.htmlFor = `style-${key}`;
        label.dir = 'ltr';
        const select = el('select');
        select.id = `style-${key}`;
        select.append(option('', words.styleDefault), ...values.map((v) => option(v, v)));
        select.value = settings.options.style[key] ?? '';
        select.addEventListener('change', () => {
          if (select.value === '') delete settings.options.style[key];
          else settings.options.style[key] = select.value;
          persist();
          scheduleLint(true);
        });
        wrap.append(label, select);
        return wrap;
      }),
    ),
  );

  els.dictionaryFields.replaceChildren(
    ...packs
      .filter((p) => p.dictionaries)
      .map((pack) => {
        const wrap = el('div', 'field');
        const label = el('label', undefined, words.dictionary(pack.name));
        label.htmlFor = `dictionary-${pack.name}`;
        const input = el('input');
        input.type = 'file';
        input.id = `dictionary-${pack.name}`;
        input.accept = '.yaml,.yml,.json';
        const loaded = settings.options.dictionaries[pack.name] ?? [];
        const state = el('p', 'hint', loaded.map((d) => words.dictionaryLoaded(d.file)).join(' '));
        const remove = el('button', undefined, words.dictionaryRemove);
        remove.type = 'button';
        remove.hidden = loaded.length === 0;
        input.addEventListener('change', async () => {
          const file = input.files?.[0];
          if (!file) return;
          settings.options.dictionaries[pack.name] = [{ file: file.name, text: await file.text() }];
          persist();
          buildOptions();
          scheduleLint(true);
        });
        remove.addEventListener('click', () => {
          delete settings.options.dictionaries[pack.name];
          persist();
          buildOptions();
          scheduleLint(true);
        });
        wrap.append(label, input, state, remove);
        return wrap;
      }),
  );
}

els.preset.addEventListener('change', () => {
  settings.options.preset = els.preset.value;
  persist();
  scheduleLint(true);
});

// ---- language ------------------------------------------------------------------

function updateDownloadLabel() {
  const name = downloadName(draft.name, draft.format, Boolean(draft.docx));
  // The extension reads left to right inside the Arabic label.
  const ext = el('bdi', undefined, name.slice(name.lastIndexOf('.')));
  ext.dir = 'ltr';
  els.download.replaceChildren(`${w().download} (`, ext, ')');
}

function applyLanguage() {
  const words = w();
  const root = document.documentElement;
  root.lang = settings.locale;
  root.dir = settings.locale === 'ar' ? 'rtl' : 'ltr';
  document.title = words.title;
  for (const node of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
    const value = words[node.dataset.i18n as keyof typeof words];
    if (typeof value === 'string') node.textContent = value;
  }
  for (const o of els.format.options) o.textContent = words.formats[o.value] ?? o.value;
  els.language.textContent = words.language;
  els.language.lang = settings.locale === 'ar' ? 'en' : 'ar';
  els.language.setAttribute('aria-label', words.languageLabel);
  updateDownloadLabel();
  if (packs.length > 0) buildOptions();
}

els.language.addEventListener('click', () => {
  settings.locale = settings.locale === 'ar' ? 'en' : 'ar';
  persist();
  applyLanguage();
  scheduleLint(true);
});

// ---- the rule's documentation ---------------------------------------------------

const docs = import.meta.glob<string>('../../../rules/*/docs/*.md', { query: '?raw', import: 'default' });

async function openDoc(ruleId: string, key: string, opener: HTMLElement) {
  const [pack, id] = key.split('/');
  const load = docs[`../../../rules/${pack}/docs/${id}.md`];
  els.docTitle.textContent = ruleId;
  els.docTitle.dir = 'ltr';
  els.docText.textContent = load ? await load() : ruleId;
  els.docDialog.showModal();
  els.docDialog.addEventListener('close', () => opener.focus(), { once: true });
}
els.docClose.addEventListener('click', () => els.docDialog.close());

// ---- start -------------------------------------------------------------------------

els.format.value = draft.format;
applyLanguage();
renderHighlights('');
