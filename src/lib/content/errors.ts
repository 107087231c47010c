import path from 'node:path';

/**
 * A mistake in the content, reported the way an editor can act on it: the file (relative to the project),
 * the line, what is wrong and what to do about it.
 */
export class ContentError extends Error {
  readonly file: string;
  readonly line: number | undefined;
  readonly problem: string;
  readonly fix: string;
  constructor(file: string, line: number | undefined, problem: string, fix: string) {
    super(formatContentError({ file, line, problem, fix }));
    this.name = 'ContentError';
    this.file = file;
    this.line = line;
    this.problem = problem;
    this.fix = fix;
  }
}

/** How every content mistake reads, in the build's output and in `astro dev`: "file:line: problem Fix: fix". */
export function formatContentError(e: { file: string; line?: number; problem: string; fix: string }): string {
  return `${relativeToProject(e.file)}${e.line ? `:${e.line}` : ''}: ${e.problem} Fix: ${e.fix}`;
}

export function relativeToProject(file: string): string {
  const rel = path.relative(process.cwd(), file);
  return rel.startsWith('..') ? file : rel;
}

/** Several content errors at once, so one build run reports every mistake. */
export class ContentErrors extends Error {
  readonly errors: ContentError[];
  constructor(errors: ContentError[]) {
    super(contentErrorsReport(errors.map((e) => e.message)));
    this.name = 'ContentErrors';
    this.errors = errors;
  }
}

const HEADING = /^Content validation failed with \d+ errors?:$/m;

/** The list of mistakes as the build prints it: a heading line, then one mistake a line. */
export function contentErrorsReport(messages: string[]): string {
  return `Content validation failed with ${messages.length} error${messages.length === 1 ? '' : 's'}:\n` + messages.map((m) => `  - ${m}`).join('\n');
}

/** The list of mistakes in a process's output (validate.ts), if it ended on content mistakes. */
export function findContentErrorsReport(output: string): string | undefined {
  const at = output.search(HEADING);
  return at === -1 ? undefined : output.slice(at).trim();
}
