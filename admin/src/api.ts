// The admin endpoints (server/feedback/admin.js, docs/api-feedback.md), with the bearer token.
// Every failure becomes an ApiError whose `reason` the page turns into plain words.

export type FunnelRow = { src: string; opened: number; ready: number; feedback: number };
export type DayRow = { day: string; total: number; bySrc: Record<string, number>; byLang: Record<string, number> };
export type RatingRow = { target: string; up: number; down: number };
export type PlaceComment = { id: string; text: string; createdAt: string; lang: string };
export type PlaceRow = {
  target: string;
  reports: number;
  reasons: Record<string, number>;
  noReason: number;
  lastReportAt: string;
  commentCount: number;
  comments: PlaceComment[];
};
export type SearchGroup = { text: string; count: number; lastAt: string };

export type Dashboard = {
  range: { from: string; to: string; tz: string; start: string; end: string; days: number };
  totals: { items: number; byKind: Record<string, number>; byLang: Record<string, number> };
  funnel: FunnelRow[];
  funnelTotal: Omit<FunnelRow, 'src'>;
  activationsByDay: DayRow[];
  ratings: { article: RatingRow[]; checklist: RatingRow[] };
  places: PlaceRow[];
  searchMisses: { items: number; distinctTexts: number; top: SearchGroup[] };
};

export type Comment = {
  id: string;
  kind: string;
  target: string | null;
  rating: string | null;
  reason: string | null;
  comment: string;
  lang: string;
  src: string | null;
  createdAt: string;
};
export type CommentsPage = { items: Comment[]; nextCursor: string | null };

export type ApiFailure =
  | { reason: 'unauthorized' }
  | { reason: 'tooMany'; seconds: number }
  | { reason: 'off' }
  | { reason: 'network' }
  | { reason: 'server'; message: string };

export class ApiError extends Error {
  constructor(readonly failure: ApiFailure) {
    super(failure.reason);
  }
}

async function call<T>(token: string, path: string, init: RequestInit = {}): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, { ...init, cache: 'no-store', headers: { authorization: `Bearer ${token}` } });
  } catch {
    throw new ApiError({ reason: 'network' });
  }
  if (res.ok) return (await res.json()) as T;
  if (res.status === 401) throw new ApiError({ reason: 'unauthorized' });
  if (res.status === 429) throw new ApiError({ reason: 'tooMany', seconds: Number(res.headers.get('retry-after')) || 60 });
  const body = (await res.json().catch(() => null)) as { error?: string } | null;
  // Admin routes are not registered at all when the server has no token (docs/api-feedback.md).
  if (res.status === 404 && path.startsWith('/api/feedback/dashboard')) throw new ApiError({ reason: 'off' });
  throw new ApiError({ reason: 'server', message: body?.error ?? `HTTP ${res.status}` });
}

const query = (params: Record<string, string | undefined>) =>
  new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => e[1] !== undefined && e[1] !== '')).toString();

export type RangeQuery = { from: string; to: string; tz: string };

export const fetchDashboard = (token: string, r: RangeQuery) => call<Dashboard>(token, `/api/feedback/dashboard?${query(r)}`);

export type CommentFilter = { kind?: string; lang?: string; src?: string; target?: string };

export const fetchComments = (token: string, r: RangeQuery, f: CommentFilter, cursor?: string) =>
  call<CommentsPage>(token, `/api/feedback/comments?${query({ ...r, ...f, cursor, limit: '50' })}`);

export const deleteComment = (token: string, id: string) =>
  call<{ id: string; commentDeleted: true }>(token, `/api/feedback/comments/${encodeURIComponent(id)}`, { method: 'DELETE' });

/**
 * Checks a token with a small read: one day of the dashboard. This endpoint also tells
 * "token wrong" (401) from "dashboard switched off" (404).
 */
export const checkToken = (token: string, tz: string, today: string) => fetchDashboard(token, { from: today, to: today, tz }).then(() => undefined);
