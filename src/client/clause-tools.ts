/**
 * Per-clause tools on a document page: copy the permalink, cite (Vietnamese and English), open the share
 * page; and a clear notice when the URL names a clause this document does not have. Reading never needs
 * this script; it only adds the tools, and builds them, so that no page carries markup that works only with
 * JavaScript. User-controlled input (the URL fragment) is only ever set as text.
 */
import strings from 'virtual:clause-tools-strings';
import { clauseCitation } from '../lib/text/citation.ts';
import type { Lang } from '../lib/i18n/languages.ts';

const article = document.querySelector<HTMLElement>('article.doc-body[data-doc]');
const notice = document.querySelector<HTMLElement>('#unknown-clause');
const lang = (document.documentElement.lang === 'en' ? 'en' : 'vi') as Lang;
const s = strings[lang];

/** An element with attributes and children (strings become text nodes, never markup). */
function h(tag: string, attributes: Record<string, string>, ...children: (Node | string)[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

const button = (action: string, label: string, extra: Record<string, string> = {}) => h('button', { type: 'button', 'data-action': action, ...extra }, label);

function decodeFragment(hash: string): string {
  try {
    return decodeURIComponent(hash.replace(/^#/, ''));
  } catch {
    return hash.replace(/^#/, '');
  }
}

if (article && notice) {
  const d = article.dataset;
  const langs: Lang[] = ['vi', 'en'];
  // The share page link only where the build serves share pages (the article then names their addresses).
  const shareLink = d.shareVi && d.shareEn ? (h('a', { 'data-share': '', href: location.pathname }, s.sharePage) as HTMLAnchorElement) : undefined;
  const citation = (l: Lang) => h('p', {}, h('span', {}, `${l === 'vi' ? s.citationVi : s.citationEn}:`), ' ', h('span', { lang: l, 'data-citation': l }), ' ', button('copy-citation', s.copyCitation, { 'data-lang': l }));
  const citeOut = h('div', { class: 'citations', hidden: '' }, ...langs.map(citation));
  const clauseName = h('span', { class: 'visually-hidden' });
  const tools = h(
    'div',
    { id: 'clause-tools', class: 'clause-tools', role: 'group', 'aria-label': s.clauseTools, hidden: '' },
    clauseName,
    button('copy-link', s.copyLink),
    button('cite', s.citeClause),
    ...(shareLink ? [shareLink] : []),
    button('close', s.closeTools),
    citeOut,
  );
  // In the page from the start: a live region announces only changes made after it is there.
  const status = h('p', { id: 'clause-tools-status', class: 'visually-hidden', role: 'status', 'aria-live': 'polite' });
  notice.after(tools, status);
  const unknownId = h('code', {});
  notice.append(h('p', {}, s.unknownClause, ' ', unknownId, '.'), h('p', {}, s.unknownClauseHelp));

  const announce = (message: string) => {
    status.textContent = '';
    // A fresh text node makes screen readers announce the same message twice in a row.
    requestAnimationFrame(() => (status.textContent = message));
  };
  const copy = async (text: string, message: string) => {
    try {
      await navigator.clipboard.writeText(text);
      announce(message);
    } catch {
      announce(text);
    }
  };
  const url = (l: Lang, id: string) => `${l === 'vi' ? d.urlVi : d.urlEn}#${id}`;
  const share = (l: Lang, id: string) => `${l === 'vi' ? d.shareVi : d.shareEn}${id}/`;
  let current = '';

  const open = (clause: HTMLElement) => {
    current = clause.id;
    tools.hidden = false;
    citeOut.hidden = true;
    clauseName.textContent = clause.id;
    if (shareLink) shareLink.href = share(lang, clause.id);
    // Inside a list item or block wrapper; after a paragraph (a <p> cannot hold the toolbar).
    if (clause.tagName === 'P') clause.after(tools);
    else clause.append(tools);
  };

  article.addEventListener('click', (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a.clause-anchor, a.clause-num');
    if (!link) return;
    const clause = document.getElementById(decodeFragment(link.hash));
    if (clause) open(clause);
  });

  tools.addEventListener('click', (event) => {
    const target = (event.target as Element).closest<HTMLElement>('[data-action]');
    if (!target || !current) return;
    const action = target.dataset.action;
    if (action === 'copy-link') copy(url(lang, current), `${s.linkCopied} ${url(lang, current)}`);
    if (action === 'close') tools.hidden = true;
    if (action === 'cite') {
      citeOut.hidden = !citeOut.hidden;
      for (const l of langs) {
        const text = `${clauseCitation(l, current, l === 'vi' ? d.citeVi! : d.citeEn!)}. ${url(l, current)}`;
        citeOut.querySelector<HTMLElement>(`[data-citation="${l}"]`)!.textContent = text;
      }
    }
    if (action === 'copy-citation') {
      const l = target.dataset.lang as Lang;
      copy(citeOut.querySelector<HTMLElement>(`[data-citation="${l}"]`)!.textContent ?? '', s.citationCopied);
    }
  });

  // A clause link that does not land: follow a declared redirect, or say so at the top of the document.
  const redirects: Record<string, string> = JSON.parse(document.getElementById('clause-redirects')?.textContent || '{}');
  const checkFragment = () => {
    const id = decodeFragment(location.hash);
    if (!id || document.getElementById(id)) {
      notice.hidden = true;
      return;
    }
    if (Object.hasOwn(redirects, id)) {
      location.replace(`#${redirects[id]}`);
      return;
    }
    unknownId.textContent = id;
    notice.hidden = false;
    notice.focus();
  };
  checkFragment();
  addEventListener('hashchange', checkFragment);
}
