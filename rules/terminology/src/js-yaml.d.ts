// The part of js-yaml 4 that load.ts uses (the package ships no types).
declare module 'js-yaml' {
  export interface Schema {
    readonly brand?: 'js-yaml-schema';
  }
  export const CORE_SCHEMA: Schema;
  export function load(text: string, options?: { schema?: Schema; filename?: string }): unknown;
}
