export declare const AJV_OPTIONS: {
  allErrors: boolean;
  useDefaults: boolean;
  strict: boolean;
  allowUnionTypes: boolean;
};
export declare function precompiledModule(schemas: object[]): string;
