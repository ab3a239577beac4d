// Eleventy 3 ships no type declarations; this covers the programmatic API the build CLI uses.
declare module '@11ty/eleventy' {
  interface EleventyOptions {
    configPath?: string;
    quietMode?: boolean;
    runMode?: 'build' | 'watch' | 'serve';
    /** Called with the config API before the config file is read. */
    config?: (eleventyConfig: import('../plugins/eleventyConfig.js').EleventyConfig) => void;
  }
  export default class Eleventy {
    constructor(input?: string, output?: string, options?: EleventyOptions);
    /** Reads the config and finds the files; write() runs it when it has not run. */
    write(): Promise<unknown>;
    readonly logger: {
      overrideLogger(logger: Pick<Console, 'log' | 'info' | 'warn' | 'error'>): void;
    };
  }
}

// Eleventy's path helpers; Zixun replaces one whose folder check compares text (fixEleventySubPaths).
declare module '@11ty/eleventy-utils' {
  export const TemplatePath: {
    stripLeadingSubPath(path: string, subPath: string): string;
  };
}
