import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { atomFeed } from '../../../src/feeds/atomFeed.js';
import {
  channel,
  earlyMorning,
  fullContent,
  hostileTitle,
  hostileTitleText,
} from './sampleFeed.js';
import { assertWellFormedXml } from './wellFormedXml.js';

function parse(xml: string) {
  assertWellFormedXml(xml);
  return load(xml, { xml: true });
}

describe('atomFeed', () => {
  const xml = atomFeed(channel, [earlyMorning, fullContent]);
  const $ = parse(xml);

  it('describes the feed with absolute URLs, the newest date and a feed author', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n')).toBe(true);
    const feed = $('feed');
    expect(feed.attr('xmlns')).toBe('http://www.w3.org/2005/Atom');
    expect(feed.attr('xml:lang')).toBe('zh-CN');
    expect($('feed > id').text()).toBe('https://news.example.com/');
    expect($('feed > title').text()).toBe('资讯');
    expect($('feed > title').attr('type')).toBe('text');
    expect($('feed > subtitle').text()).toBe('中文科技资讯');
    expect($('feed > updated').text()).toBe('2024-06-01T03:15:00+08:00');
    expect($('feed > link[rel="self"]').attr('href')).toBe('https://news.example.com/feed.xml');
    expect($('feed > link[rel="self"]').attr('type')).toBe('application/atom+xml');
    expect($('feed > link[rel="alternate"]').attr('href')).toBe('https://news.example.com/');
    expect($('feed > link[rel="alternate"]').attr('type')).toBe('text/html');
    expect($('feed > author > name').text()).toBe('资讯');
    expect($('feed > generator').text()).toBe('Zixun');
  });

  it('writes entries in order with unique ids, Beijing-time dates and the summary as text', () => {
    const entries = $('entry');
    expect(entries.length).toBe(2);
    const ids = entries.map((_, entry) => $(entry).children('id').text()).get();
    expect(ids).toEqual([earlyMorning.url, fullContent.url]);
    const first = entries.eq(0);
    expect(first.children('title').text()).toBe('大模型周报');
    expect(first.children('link').attr('href')).toBe(earlyMorning.url);
    expect(first.children('link').attr('rel')).toBe('alternate');
    expect(first.children('published').text()).toBe('2024-06-01T03:15:00+08:00');
    expect(first.children('updated').text()).toBe('2024-06-01T03:15:00+08:00');
    expect(first.children('summary').attr('type')).toBe('text');
    expect(first.children('summary').text()).toBe('本周 a<b & "c" 的进展');
    expect(first.children('content').length).toBe(0);
    const second = entries.eq(1);
    expect(second.children('published').text()).toBe('2024-05-28T14:30:01+08:00');
    expect(second.children('updated').text()).toBe('2024-05-29T09:00:00+08:00');
  });

  it('carries full content as escaped HTML, based at the article', () => {
    const content = $('entry').eq(1).children('content');
    expect(content.attr('type')).toBe('html');
    expect(content.attr('xml:base')).toBe(fullContent.url);
    expect(content.text()).toBe(fullContent.contentHtml);
    expect(xml).toContain('&lt;p&gt;正文 &lt;a href=&quot;https://news.example.com/tags/rust/');
  });

  it('writes a category per keyword and an author per author, none when empty', () => {
    const [first, second] = [$('entry').eq(0), $('entry').eq(1)];
    expect(
      first
        .children('category')
        .map((_, c) => $(c).attr('term'))
        .get(),
    ).toEqual(['人工智能', 'C++']);
    expect(
      first
        .find('author > name')
        .map((_, n) => $(n).text())
        .get(),
    ).toEqual(['张三', '李四']);
    expect(second.children('category').length).toBe(0);
    expect(second.children('author').length).toBe(0);
  });

  it('takes the feed date from an entry updated after every publication date', () => {
    const later = { ...earlyMorning, updated: new Date('2024-06-02T16:30:00Z') };
    const feed = parse(atomFeed(channel, [fullContent, later]));
    expect(feed('feed > updated').text()).toBe('2024-06-03T00:30:00+08:00');
  });

  it('keeps a hostile title intact and the XML well formed', () => {
    const output = atomFeed({ ...channel, title: hostileTitle, description: hostileTitle }, [
      { ...earlyMorning, title: hostileTitle, keywords: [hostileTitle], authors: [hostileTitle] },
    ]);
    const feed = parse(output);
    expect(feed('feed > title').text()).toBe(hostileTitleText);
    expect(feed('feed > subtitle').text()).toBe(hostileTitleText);
    expect(feed('entry > title').text()).toBe(hostileTitleText);
    expect(feed('entry > category').attr('term')).toBe(hostileTitleText);
    expect(feed('entry > author > name').text()).toBe(hostileTitleText);
    expect(output).not.toContain('<script>');
  });

  it('percent-encodes a URL given with Chinese characters', () => {
    const feed = parse(
      atomFeed(channel, [{ ...earlyMorning, url: 'https://news.example.com/a/大模型/' }]),
    );
    expect(feed('entry > id').text()).toBe(earlyMorning.url.replace('2024/06/01', 'a'));
  });

  it('dates an empty feed by channel.updated and has no entries', () => {
    const feed = parse(atomFeed({ ...channel, updated: new Date('2024-01-01T00:00:00Z') }, []));
    expect(feed('feed > updated').text()).toBe('2024-01-01T08:00:00+08:00');
    expect(feed('entry').length).toBe(0);
  });

  it('leaves out an empty subtitle and a missing generator', () => {
    const feed = parse(
      atomFeed({ ...channel, description: '', generator: undefined }, [earlyMorning]),
    );
    expect(feed('subtitle').length).toBe(0);
    expect(feed('generator').length).toBe(0);
  });

  it('refuses an empty feed without channel.updated, and relative URLs', () => {
    expect(() => atomFeed(channel, [])).toThrow(
      '[zixun] atomFeed: feed "资讯" has no entries and no channel.updated (pass channel.updated, e.g. the newest article\'s date, so the empty feed\'s <updated> is deterministic)',
    );
    expect(() => atomFeed(channel, [{ ...earlyMorning, url: '/2024/06/01/a/' }])).toThrow(
      '[zixun] atomFeed: entry.url "/2024/06/01/a/" is not an absolute http(s) URL (build it with absoluteUrl(siteUrl, basePath, path) from src/site/absoluteUrl.ts)',
    );
  });
});
