import type { FeedChannel, FeedEntry } from '../../../src/feeds/feedTypes.js';

/** The site feed of a Shanghai site, as the feed tests use it. */
export const channel: FeedChannel = {
  title: '资讯',
  description: '中文科技资讯',
  language: 'zh-CN',
  homeUrl: 'https://news.example.com/',
  feedUrl: 'https://news.example.com/feed.xml',
  zone: 'Asia/Shanghai',
  generator: 'Zixun',
};

/** Published at 03:15 Beijing time, the previous day in UTC; summary only; Chinese path. */
export const earlyMorning: FeedEntry = {
  url: 'https://news.example.com/2024/06/01/%E5%A4%A7%E6%A8%A1%E5%9E%8B/',
  title: '大模型周报',
  date: new Date('2024-05-31T19:15:00Z'),
  summary: '本周 a<b & "c" 的进展',
  authors: ['张三', '李四'],
  keywords: ['人工智能', 'C++'],
};

/** Updated after publishing; full content with an absolute link; no authors or keywords. */
export const fullContent: FeedEntry = {
  url: 'https://news.example.com/2024/05/28/rust/',
  title: 'Rust 1.78 发布',
  date: new Date('2024-05-28T06:30:01Z'),
  updated: new Date('2024-05-29T01:00:00Z'),
  summary: 'Rust 新版本',
  contentHtml:
    '<p>正文 <a href="https://news.example.com/tags/rust/">Rust</a> &amp; <img src="https://news.example.com/images/a.png" alt=""></p>',
  authors: [],
  keywords: [],
};

/** A title built to break XML: markup, an ampersand, a CDATA end and control characters. */
export const hostileTitle = '<script>alert("x")</script> & ]]> \u0001bell\u0000\u001F 🚀 \uD800';

/** What a reader should see of hostileTitle: every legal character kept. */
export const hostileTitleText = '<script>alert("x")</script> & ]]> bell 🚀 ';
