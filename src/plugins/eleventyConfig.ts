/** The slice of Eleventy 3's config API that Zixun uses; Eleventy ships no types, so tsc checks us against this. */
export interface EleventyConfig {
  directories: { input: string; output: string };
  /** Eleventy's logger; set by Eleventy before any plugin runs. */
  logger: EleventyLogger;
  ignores: Set<string>;
  /** Eleventy's path prefix (`--pathprefix`); set only for plugins added without `immediate`. */
  pathPrefix?: string;
  addPlugin(plugin: (eleventyConfig: EleventyConfig) => void): void;
  addTemplate(virtualPath: string, content: unknown, data?: Record<string, unknown>): void;
  addGlobalData(name: string, value: unknown): void;
  addFilter(name: string, filter: (...args: never[]) => unknown): void;
  addTransform(name: string, transform: (content: string) => string): void;
  addWatchTarget(target: string): void;
  setWatchJavaScriptDependencies(watch: boolean): void;
  setChokidarConfig(options: Record<string, unknown>): void;
  setTemplateFormats(formats: string[]): void;
  setLibrary(format: 'md', library: { render(text: string, data: unknown): string }): void;
  addCollection(name: string, collection: () => unknown[]): void;
  setQuietMode(quiet: boolean): void;
  on(event: string, callback: (...args: never[]) => unknown): void;
  /** The collections added with addCollection, by name; Eleventy calls each at every build. */
  getCollections(): Record<string, (api: CollectionApi) => unknown>;
}

/** What Eleventy hands an addCollection callback; Zixun only watches which globs it is asked for. */
export interface CollectionApi {
  getFilteredByGlob(globs: string | string[]): unknown[];
}

/** Data Eleventy hands a paginated 11ty.js template's permalink and render functions. */
export interface PageData<Model> {
  zixun: Model;
  pagination: { pageNumber: number; items: unknown[] };
}

/** The one method of Eleventy's console logger Zixun prints with. */
export interface EleventyLogger {
  logWithOptions(options: {
    message: string;
    prefix?: string;
    type?: 'log' | 'info' | 'warn' | 'error';
    /** Prints even in quiet mode. */
    force?: boolean;
  }): void;
}
