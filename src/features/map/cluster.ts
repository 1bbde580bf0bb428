// Simple marker grouping in screen space (no plugin): points closer than `radius` pixels at the
// current zoom share one marker with a count. Greedy and stable: the first point of a group is
// its anchor, so groups do not jump around between redraws with the same input.

export interface Projected<T> {
  item: T;
  x: number;
  y: number;
}

export interface Group<T> {
  items: T[];
  x: number; // anchor position, in the same pixels as the input
  y: number;
}

export function groupByDistance<T>(points: readonly Projected<T>[], radius: number): Group<T>[] {
  const groups: Group<T>[] = [];
  const r2 = radius * radius;
  for (const p of points) {
    const g = groups.find((g) => (g.x - p.x) ** 2 + (g.y - p.y) ** 2 <= r2);
    if (g) g.items.push(p.item);
    else groups.push({ items: [p.item], x: p.x, y: p.y });
  }
  return groups;
}
