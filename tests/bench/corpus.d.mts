export function arabicCorpus(bytes: number, seed?: number): string;
export function syntheticTerms(n: number, seed?: number): Array<{ id: string; text: string }>;
