export interface SearchablePack {
  articles: { slug: string; title: string; summary: string; html: string }[];
  checklists?: { id: string; title: string; summary: string; steps: { title: string; do: string; documents?: string[] }[] }[];
  points?: { id: string; name: string; description: string; address?: string; city: string; services?: string[] }[];
}
export interface SearchDocument {
  id: string;
  kind: 'rights' | 'checklists' | 'map';
  ref: string;
  lang: string;
  title: string;
  summary: string;
  text: string;
}
export function htmlText(html: string): string;
export function searchDocuments(lang: string, pack: SearchablePack, options?: { fallback?: boolean }): SearchDocument[];
export function buildSearchIndex(lang: string, pack: SearchablePack, options?: { fallback?: boolean }): string;
