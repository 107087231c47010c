/** News feeds (src/content/news/<feed>.yaml), each checked against its schema. */
import fs from 'node:fs';
import path from 'node:path';
import { ContentError } from '../errors.ts';
import { checkSchema } from '../schema-errors.ts';
import { newsFeedSchema, type NewsFeed } from '../schemas.ts';
import { readYamlData } from '../yaml-file.ts';

/** The feeds by file name (without .yaml). */
export function readNews(dir: string, errors: ContentError[]): Map<string, NewsFeed> {
  const news = new Map<string, NewsFeed>();
  if (!fs.existsSync(dir)) return news;
  for (const name of fs.readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort()) {
    const read = readYamlData(path.join(dir, name), errors);
    const feed = read && checkSchema(read.y, newsFeedSchema, read.data, [], errors);
    if (feed) news.set(name.replace(/\.yaml$/, ''), feed);
  }
  return news;
}
