/** A reference as an editor writes it: a URL, or a title and a URL. */
export type GeneratedReference = string | { title: string; url: string };

/** One generated article: its path under `articles/` and the front matter written to it. */
export interface GeneratedArticle {
  path: string;
  frontMatter: {
    title: string;
    /** `2024-05-28T06:30:01+08:00` */
    date: string;
    source: string;
    sourceUrl?: string;
    author: string;
    editor: string;
    keywords: string[];
    references: GeneratedReference[];
  };
}

/** Generates a seeded corpus of `count` articles, written under `dir` (articles/ and _data/site.json) when given. */
export function generateCorpus(options: { count: number; seed?: number; dir?: string }): {
  articles: GeneratedArticle[];
  /** The keyword pool, most used (Zipf rank 1) first. */
  keywords: string[];
};
