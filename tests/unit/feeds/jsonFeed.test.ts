import { describe, expect, it } from 'vitest';
import { jsonFeed } from '../../../src/feeds/jsonFeed.js';
import { channel, earlyMorning, fullContent, hostileTitle } from './sampleFeed.js';

describe('jsonFeed', () => {
  it('writes JSON Feed 1.1 with RFC 3339 dates in +08:00 and absolute URLs', () => {
    const text = jsonFeed(channel, [earlyMorning, fullContent]);
    expect(text.endsWith('}\n')).toBe(true);
    expect(JSON.parse(text)).toEqual({
      version: 'https://jsonfeed.org/version/1.1',
      title: '资讯',
      home_page_url: 'https://news.example.com/',
      feed_url: 'https://news.example.com/feed.xml',
      description: '中文科技资讯',
      language: 'zh-CN',
      items: [
        {
          id: earlyMorning.url,
          url: earlyMorning.url,
          title: '大模型周报',
          content_text: '本周 a<b & "c" 的进展',
          summary: '本周 a<b & "c" 的进展',
          date_published: '2024-06-01T03:15:00+08:00',
          tags: ['人工智能', 'C++'],
          authors: [{ name: '张三' }, { name: '李四' }],
        },
        {
          id: fullContent.url,
          url: fullContent.url,
          title: 'Rust 1.78 发布',
          content_html: fullContent.contentHtml,
          summary: 'Rust 新版本',
          date_published: '2024-05-28T14:30:01+08:00',
          date_modified: '2024-05-29T09:00:00+08:00',
        },
      ],
    });
  });

  it('round-trips a hostile title exactly', () => {
    const feed = JSON.parse(jsonFeed(channel, [{ ...earlyMorning, title: hostileTitle }])) as {
      items: { title: string }[];
    };
    expect(feed.items[0]?.title).toBe(hostileTitle);
  });

  it('writes an empty items list for an empty feed', () => {
    expect((JSON.parse(jsonFeed(channel, [])) as { items: unknown[] }).items).toEqual([]);
  });

  it('percent-encodes a URL given with Chinese characters', () => {
    const feed = JSON.parse(
      jsonFeed(channel, [{ ...earlyMorning, url: 'https://news.example.com/tags/人工智能/a/' }]),
    ) as { items: { id: string; url: string }[] };
    expect(feed.items[0]?.id).toBe(
      'https://news.example.com/tags/%E4%BA%BA%E5%B7%A5%E6%99%BA%E8%83%BD/a/',
    );
  });
});
