/** The template formats an owner's pages under content/ may use: every one Eleventy ships. */
export const ownerPageFormats: readonly string[] = ['md', 'njk', 'liquid', 'html', '11ty.js'];
