/** Text and attribute values escaped for HTML written as strings (share pages, parallel view, search index). */
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
