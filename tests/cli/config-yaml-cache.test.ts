// A YAML config file parsed once is read back from the host's content cache as JSON (the command's
// per-user data cache), exactly: values JSON cannot hold are never stored, a broken stored value
// is parsed again from the YAML, and a YAML error is never stored.
import { setContentCache, type ContentCache } from '@bayan/core';
import { afterEach, describe, expect, it } from 'vitest';
import { parseYaml } from '../../packages/cli/src/config-files.js';

function memoryCache(): ContentCache & { store: Map<string, string> } {
  const store = new Map<string, string>();
  return {
    store,
    get: (key, content) => store.get(`${key}\u0001${content}`),
    set: (key, content, value) => void store.set(`${key}\u0001${content}`, value),
  };
}

afterEach(() => setContentCache(null));

describe('parseYaml through the content cache', () => {
  const text = 'extends: [recommended]\nrules:\n  numbers/currency: [warn, {style: symbol}]\n';
  const value = { extends: ['recommended'], rules: { 'numbers/currency': ['warn', { style: 'symbol' }] } };

  it('stores what it parsed, and reads it back without the YAML parser', () => {
    const cache = memoryCache();
    setContentCache(cache);
    expect(parseYaml(text, '.bayanrc.yaml')).toEqual(value);
    expect([...cache.store.values()]).toEqual([JSON.stringify(value)]);
    // What the cache holds is what comes back (here a value the YAML does not say, to see it is read).
    const [key] = [...cache.store.keys()];
    cache.store.set(key!, '{"extends":["strict"]}');
    expect(parseYaml(text, '.bayanrc.yaml')).toEqual({ extends: ['strict'] });
  });

  it('parses the YAML again when the stored value is not JSON', () => {
    const cache = memoryCache();
    setContentCache(cache);
    parseYaml(text, '.bayanrc.yaml');
    const [key] = [...cache.store.keys()];
    cache.store.set(key!, '{"extends": [');
    expect(parseYaml(text, '.bayanrc.yaml')).toEqual(value);
  });

  it('never stores a value JSON would change, nor a file with a YAML error', () => {
    const cache = memoryCache();
    setContentCache(cache);
    expect(parseYaml('style: {limit: .inf, other: -0}\n', 'a.yaml')).toEqual({ style: { limit: Infinity, other: -0 } });
    expect(() => parseYaml('rules: [unclosed\n', 'b.yaml')).toThrow(/b\.yaml: line 2, column 1: YAML syntax error/);
    expect(cache.store.size).toBe(0);
  });

  it('without a cache (the language server) parses every time', () => {
    expect(parseYaml(text, '.bayanrc.yaml')).toEqual(value);
  });
});
