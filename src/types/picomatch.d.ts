// picomatch 4 ships no types; this covers the two calls Zixun makes, the matcher Eleventy's collections use.
declare module 'picomatch' {
  interface PicomatchOptions {
    dot?: boolean;
    nocase?: boolean;
  }
  const picomatch: {
    isMatch(path: string, patterns: string | string[], options?: PicomatchOptions): boolean;
    /** The glob's parts; `base` is its leading folders without glob characters. */
    scan(glob: string): { base: string };
  };
  export default picomatch;
}
