/**
 * The labels a phone shows before the cells of a task table, derived from the interface strings
 * (taskCellLabelsCss): written into the site's stylesheet where global.css marks their place, so no page
 * carries a label on every cell. A Vite transform, since a CSS @import cannot reach a generated module.
 */
import type { Plugin } from 'vite';
import { LANGS } from '../lib/i18n/languages.ts';
import { taskCellLabelsCss } from '../lib/site/task-rows.ts';

/** The comment in global.css that the rules replace. */
const MARK = /\/\* task-cell-labels:[^*]*(?:\*(?!\/)[^*]*)*\*\//;

export function taskCellLabels(): Plugin {
  return {
    name: 'task-cell-labels',
    // Before Vite's CSS plugin turns the file into a module.
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/styles\/global\.css(\?|$)/.test(id)) return;
      if (!MARK.test(code)) this.error('src/styles/global.css has lost its "task-cell-labels:" comment, where the task cell labels go');
      return code.replace(MARK, () => taskCellLabelsCss(LANGS));
    },
  };
}
