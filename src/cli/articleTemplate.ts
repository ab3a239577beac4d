import { DateTime } from 'luxon';

/** The front matter of a new article: required fields filled in, optional ones as commented examples. */
export function articleTemplate(title: string, now: Date, zone: string): string {
  const date = DateTime.fromJSDate(now, { zone }).toFormat('yyyy-MM-dd HH:mm:ss');
  return [
    '---',
    `title: ${JSON.stringify(title)}`,
    `date: ${date}`,
    'draft: true',
    '# source: 来源媒体',
    '# sourceUrl: https://example.com/original',
    '# author: 作者',
    '# editor: 责编',
    'keywords: []',
    'references: []',
    '# summary: 一两句话的摘要；不写则从正文自动生成',
    '# image: /images/cover.jpg',
    '# imageAlt: 封面图的文字描述',
    '---',
    '',
    '正文从这里开始。',
    '',
  ].join('\n');
}
