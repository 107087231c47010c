/**
 * Agencies' calendars: one per agency that has dated tasks (leading or coordinating), never an empty one
 * (RFC 5545 requires a calendar to hold at least one component).
 */
import { tasksOf, type DocumentTask } from '../site/registry.ts';

/** The tasks an agency's calendar holds: those it leads or coordinates that have a deadline. */
export async function datedTasksOf(agencyId: string): Promise<DocumentTask[]> {
  const { lead, partner } = await tasksOf(agencyId);
  const seen = new Set<string>();
  return [...lead, ...partner].filter((t) => t.due && !seen.has(t.id) && seen.add(t.id));
}

export async function hasCalendar(agencyId: string): Promise<boolean> {
  return (await datedTasksOf(agencyId)).length > 0;
}
