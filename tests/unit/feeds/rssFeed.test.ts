import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { rssFeed } from '../../../src/feeds/rssFeed.js';
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

describe('rssFeed', () => {
  const xml = rssFeed(channel, [earlyMorning, fullContent]);
  const $ = parse(xml);

  it('declares RSS 2.0 with the atom and dc namespaces', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n')).toBe(true);
    expect($('rss').attr('version')).toBe('2.0');
    expect($('rss').attr('xmlns:atom')).toBe('http://www.w3.org/2005/Atom');
    expect($('rss').attr('xmlns:dc')).toBe('http://purl.org/dc/elements/1.1/');
  });

  it('describes the channel with absolute links and an RFC 822 build date in +0800', () => {
    expect($('channel > title').text()).toBe('资讯');
    expect($('channel > link').text()).toBe('https://news.example.com/');
    expect($('channel > description').text()).toBe('中文科技资讯');
    expect($('channel > language').text()).toBe('zh-CN');
    expect($('channel > lastBuildDate').text()).toBe('Sat, 01 Jun 2024 03:15:00 +0800');
    expect($('channel > generator').text()).toBe('Zixun');
    const self = $('channel > atom\\:link');
    expect(self.attr('href')).toBe('https://news.example.com/feed.xml');
    expect(self.attr('rel')).toBe('self');
    expect(self.attr('type')).toBe('application/rss+xml');
  });

  it('writes items with permalink guids and Beijing-time pubDates', () => {
    const items = $('item');
    expect(items.length).toBe(2);
    const first = items.eq(0);
    expect(first.children('title').text()).toBe('大模型周报');
    expect(first.children('link').text()).toBe(earlyMorning.url);
    expect(first.children('guid').text()).toBe(earlyMorning.url);
    expect(first.children('guid').attr('isPermaLink')).toBe('true');
    expect(first.children('pubDate').text()).toBe('Sat, 01 Jun 2024 03:15:00 +0800');
    expect(items.eq(1).children('pubDate').text()).toBe('Tue, 28 May 2024 14:30:01 +0800');
    const guids = items.map((_, item) => $(item).children('guid').text()).get();
    expect(new Set(guids).size).toBe(2);
  });

  it('gives the summary as HTML-escaped text, and full content as the HTML itself', () => {
    // The description's value is HTML, so the summary's `<` arrives as &lt; and shows as text.
    expect($('item').eq(0).children('description').text()).toBe(
      '本周 a&lt;b &amp; &quot;c&quot; 的进展',
    );
    expect($('item').eq(1).children('description').text()).toBe(fullContent.contentHtml);
  });

  it('writes a category per keyword and a dc:creator per author', () => {
    const first = $('item').eq(0);
    expect(
      first
        .children('category')
        .map((_, c) => $(c).text())
        .get(),
    ).toEqual(['人工智能', 'C++']);
    expect(
      first
        .children('dc\\:creator')
        .map((_, c) => $(c).text())
        .get(),
    ).toEqual(['张三', '李四']);
    expect($('item').eq(1).children('category').length).toBe(0);
    expect($('item').eq(1).children('dc\\:creator').length).toBe(0);
  });

  it('keeps a hostile title intact and the XML well formed', () => {
    const feed = parse(
      rssFeed({ ...channel, title: hostileTitle }, [
        { ...fullContent, title: hostileTitle, keywords: [hostileTitle], authors: [hostileTitle] },
      ]),
    );
    expect(feed('channel > title').text()).toBe(hostileTitleText);
    expect(feed('item > title').text()).toBe(hostileTitleText);
    expect(feed('item > category').text()).toBe(hostileTitleText);
    expect(feed('item > dc\\:creator').text()).toBe(hostileTitleText);
  });

  it('dates an empty feed by channel.updated, or leaves lastBuildDate out', () => {
    const dated = parse(rssFeed({ ...channel, updated: new Date('2024-01-01T00:00:00Z') }, []));
    expect(dated('lastBuildDate').text()).toBe('Mon, 01 Jan 2024 08:00:00 +0800');
    expect(dated('item').length).toBe(0);
    const undated = parse(rssFeed(channel, []));
    expect(undated('lastBuildDate').length).toBe(0);
    expect(undated('channel > title').text()).toBe('资讯');
  });
});
