/**
 * Per-clause tools on a document page: copy the permalink, cite (Vietnamese and English), open the share
 * page; and a clear notice when the URL names a clause this document does not have. Reading never needs
 * this script; it only adds the tools. User-controlled input (the URL fragment) is only ever set as text.
 */
import { clauseCitation } from '../lib/text/citation.ts';
import type { Lang } from '../lib/i18n/languages.ts';

const article = document.querySelector<HTMLElement>('article.doc-body[data-doc]');
const tools = document.querySelector<HTMLElement>('#clause-tools');
const status = document.querySelector<HTMLElement>('#clause-tools-status');

function decodeFragment(hash: string): string {
  try {
    return decodeURIComponent(hash.replace(/^#/, ''));
  } catch {
    return hash.replace(/^#/, '');
  }
}

function announce(message: string) {
  if (!status) return;
  status.textContent = '';
  // A fresh text node makes screen readers announce the same message twice in a row.
  requestAnimationFrame(() => (status.textContent = message));
}

async function copy(text: string, message: string) {
  try {
    await navigator.clipboard.writeText(text);
    announce(message);
  } catch {
    announce(text);
  }
}

if (article && tools) {
  const d = article.dataset;
  const langs: Lang[] = ['vi', 'en'];
  const url = (lang: Lang, id: string) => `${lang === 'vi' ? d.urlVi : d.urlEn}#${id}`;
  const share = (lang: Lang, id: string) => `${lang === 'vi' ? d.shareVi : d.shareEn}${id}/`;
  const lang = (document.documentElement.lang === 'en' ? 'en' : 'vi') as Lang;
  const citeOut = tools.querySelector<HTMLElement>('[data-citations]')!;
  let current = '';

  const open = (clause: HTMLElement) => {
    current = clause.id;
    tools.hidden = false;
    citeOut.hidden = true;
    tools.querySelector<HTMLElement>('[data-clause-name]')!.textContent = clause.id;
    const shareLink = tools.querySelector<HTMLAnchorElement>('[data-share]');
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
    const button = (event.target as Element).closest<HTMLElement>('[data-action]');
    if (!button || !current) return;
    const action = button.dataset.action;
    if (action === 'copy-link') copy(url(lang, current), `${tools.dataset.copied} ${url(lang, current)}`);
    if (action === 'close') tools.hidden = true;
    if (action === 'cite') {
      citeOut.hidden = !citeOut.hidden;
      for (const l of langs) {
        const text = `${clauseCitation(l, current, l === 'vi' ? d.citeVi! : d.citeEn!)}. ${url(l, current)}`;
        citeOut.querySelector<HTMLElement>(`[data-citation="${l}"]`)!.textContent = text;
      }
    }
    if (action === 'copy-citation') {
      const l = button.dataset.lang as Lang;
      copy(citeOut.querySelector<HTMLElement>(`[data-citation="${l}"]`)!.textContent ?? '', tools.dataset.citationCopied ?? '');
    }
  });

  // A clause link that does not land: follow a declared redirect, or say so at the top of the document.
  const redirects: Record<string, string> = JSON.parse(document.getElementById('clause-redirects')?.textContent || '{}');
  const notice = document.querySelector<HTMLElement>('#unknown-clause');
  const checkFragment = () => {
    const id = decodeFragment(location.hash);
    if (!notice) return;
    if (!id || document.getElementById(id)) {
      notice.hidden = true;
      return;
    }
    if (Object.hasOwn(redirects, id)) {
      location.replace(`#${redirects[id]}`);
      return;
    }
    notice.querySelector<HTMLElement>('[data-fragment]')!.textContent = id;
    notice.hidden = false;
    notice.focus();
  };
  checkFragment();
  addEventListener('hashchange', checkFragment);
}
