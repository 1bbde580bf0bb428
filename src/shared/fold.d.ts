export function foldTerm(term: string): string;
export function tokenize(text: string): string[];
export const SEARCH_OPTIONS: {
  fields: string[];
  storeFields: string[];
  tokenize: (text: string) => string[];
  processTerm: (term: string) => string | null;
  searchOptions: {
    boost: Record<string, number>;
    processTerm: (term: string) => string | null;
    prefix: boolean;
    fuzzy: (term: string) => number;
    combineWith: 'AND' | 'OR';
  };
};
