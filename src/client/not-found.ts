/**
 * The 404 page: an old or external link to a clause's share page, on a site published without share pages,
 * goes on to the clause itself (a #fragment never reaches a server, so this is done here).
 */
import { SHARE_PATH } from '../lib/share/mode.ts';

const share = SHARE_PATH.exec(location.pathname);
if (share) {
  const [, lang, doc, clause] = share;
  location.replace(`/${lang}/documents/${doc}/#${clause}`);
}
