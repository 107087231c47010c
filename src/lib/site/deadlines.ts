/** Deadlines of tasks: the day each allows, the order of a list by deadline, and its years. */
import type { Task } from '../content/schemas.ts';

/** The due "year" of tasks without a deadline, in lists and addresses. */
export const NO_DEADLINE = 'none';

/** A task's deadline as written: its due date, or the end of its period. */
const deadlineOf = (task: Pick<Task, 'due' | 'period'>): string | undefined => task.due ?? task.period?.to;

/** The year a task is due or a period ends, for filtering by deadline. */
export function dueYear(task: Pick<Task, 'due' | 'period'>): string | undefined {
  return deadlineOf(task)?.slice(0, 4);
}

/** The last calendar day a deadline allows: "2025-05" -> 2025-05-31, "2030" -> 2030-12-31. */
export function deadlineDay(due: string): string {
  const [y, m, d] = due.split('-').map(Number);
  if (d) return due;
  if (m) return `${y}-${String(m).padStart(2, '0')}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
  return `${y}-12-31`;
}

/**
 * Tasks in the order an official reads them, "what is due by when": by the last day each deadline allows
 * (a period's end for a task over a period), tasks without a deadline last; tasks due the same day keep
 * their given order (the sort is stable).
 */
export function byDeadline<T extends Pick<Task, 'due' | 'period'>>(tasks: readonly T[]): T[] {
  const keyed = tasks.map((task) => {
    const due = deadlineOf(task);
    return { task, key: due ? deadlineDay(due) : '\uffff' };
  });
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return keyed.map((k) => k.task);
}

/** The runs of each due year in a list in deadline order (byDeadline): the year, its count, its first index. */
export function dueYearRuns(tasks: readonly Pick<Task, 'due' | 'period'>[]): { year: string; count: number; start: number }[] {
  const runs: { year: string; count: number; start: number }[] = [];
  tasks.forEach((task, i) => {
    const year = dueYear(task) ?? NO_DEADLINE;
    const last = runs.at(-1);
    if (last?.year === year) last.count++;
    else runs.push({ year, count: 1, start: i });
  });
  return runs;
}
