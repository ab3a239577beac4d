/** A reference link (参考资料) after validation: always http(s), always with a visible title. */
export interface Reference {
  title: string;
  url: string;
}

/** The lead image of an article, with its natural size when the file is local. */
export interface LeadImage {
  src: string;
  alt: string;
  width?: number;
  height?: number;
}

/** One validated, rendered article: the unit every page kind is built from. */
export interface Article {
  /** Path relative to the project root (or the build's cwd), forward slashes, for error messages. */
  inputPath: string;
  /** File name without `.md`, as the editor wrote it. */
  fileSlug: string;
  /** Site-relative URL without the base path, e.g. `/2024/05/28/马斯克与lecun/`. */
  url: string;
  title: string;
  date: Date;
  updated?: Date;
  source?: string;
  sourceUrl?: string;
  author?: string;
  editor?: string;
  keywords: string[];
  references: Reference[];
  summary: string;
  draft: boolean;
  image?: LeadImage;
  /** Rendered, safe body HTML. */
  html: string;
  /** The body as plain text, kept only when the site indexes bodies for search (read once, with the HTML). */
  text?: string;
  readingMinutes: number;
}
