/** What a feed is about: the same channel data feeds Atom, RSS 2.0 and JSON Feed alike. */
export interface FeedChannel {
  /** Feed title, e.g. "资讯" or "资讯 · 人工智能"; also the Atom feed-level author. */
  title: string;
  description: string;
  /** BCP 47 language tag, e.g. "zh-CN". */
  language: string;
  /** Absolute URL of the HTML page the feed belongs to (site home or keyword page); also the Atom feed id. */
  homeUrl: string;
  /** Absolute URL of this feed itself. */
  feedUrl: string;
  /** Site time zone, e.g. "Asia/Shanghai": every date is written with its offset. */
  zone: string;
  generator?: string;
  /** The feed date used only when there are no entries, so an empty feed stays deterministic. */
  updated?: Date;
}

/** One article in a feed; the caller chooses and orders them (newest first). */
export interface FeedEntry {
  /** Absolute, percent-encoded article URL; also the stable unique id. */
  url: string;
  title: string;
  date: Date;
  updated?: Date;
  /** Plain text. */
  summary: string;
  /** Full body HTML when the site setting is "full"; already has absolute URLs (see absolutizeHtml). */
  contentHtml?: string;
  /** May be empty. */
  authors: string[];
  keywords: string[];
}
