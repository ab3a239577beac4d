import { z } from 'zod';
import { parseContentDate } from '../dates/parseContentDate.js';
import { isHttpUrl } from './isHttpUrl.js';
import { isSafePermalink } from './isSafePermalink.js';

const text = (expected: string) =>
  z.string({ error: `expected ${expected}` }).trim().min(1, { error: `expected ${expected}` });

const httpUrl = z
  .string({ error: 'expected an http(s) URL such as "https://example.com/a"' })
  .trim()
  .refine(isHttpUrl, { error: 'expected an http(s) URL such as "https://example.com/a"' })
  // Normalised so characters such as < > and spaces are percent-encoded wherever the URL is printed.
  .transform((value) => new URL(value).href);

const contentDate = (zone: string) =>
  z.unknown().transform((value, context) => {
    const parsed = parseContentDate(value, zone);
    if (parsed.ok) return parsed.date;
    context.addIssue({ code: 'custom', message: parsed.message, input: value });
    return z.NEVER;
  });

const reference = z.preprocess(
  (value) => (typeof value === 'string' ? { url: value } : value),
  z.object(
    { title: text('a non-empty reference title').optional(), url: httpUrl },
    { error: 'expected an http(s) URL, or an item with title: and url:' },
  ),
);

/** Builds the article contract for a site time zone; dates are read as wall-clock time in that zone. */
export function frontMatterSchema(zone: string) {
  return z
    .object({
      title: text('a non-empty title'),
      date: contentDate(zone),
      updated: contentDate(zone).optional(),
      source: text('the source publication name, e.g. 新智元').optional(),
      sourceUrl: httpUrl.optional(),
      author: text('the author name').optional(),
      editor: text('the editor name (责编)').optional(),
      keywords: z
        .array(z.string({ error: 'expected each keyword to be text; quote numbers like "5G"' }), {
          error: 'expected a list of keywords, e.g. [人工智能, OpenAI]',
        })
        .optional(),
      references: z.array(reference, { error: 'expected a list of references' }).optional(),
      summary: text('a plain-text summary').optional(),
      draft: z.boolean({ error: 'expected true or false' }).optional(),
      image: z
        .string({ error: 'expected an image path like /images/a.jpg or an http(s) URL' })
        .trim()
        .refine((value) => isHttpUrl(value) || (value.startsWith('/') && !value.startsWith('//') && !value.includes('..')), {
          error: 'expected an image path like /images/a.jpg or an http(s) URL',
        })
        .optional(),
      imageAlt: text('a description of the lead image').optional(),
      permalink: z
        .string({ error: 'expected a site path such as /about/' })
        .refine(isSafePermalink, {
          error: 'expected a site path that starts with "/", ends with "/" or ".html", and has no "..", "\\" or "?#"',
        })
        .optional(),
    })
    .superRefine((data, context) => {
      if (data.image !== undefined && data.imageAlt === undefined) {
        context.addIssue({
          code: 'custom',
          path: ['imageAlt'],
          message: 'expected a description of the lead image, required when image is set',
          input: undefined,
        });
      }
    });
}

/** The validated front matter, before the body is rendered. */
export type FrontMatter = z.output<ReturnType<typeof frontMatterSchema>>;

/** Every field the contract knows, so anything else can be flagged as a likely typo. */
export const knownFields: readonly string[] = [
  'title', 'date', 'updated', 'source', 'sourceUrl', 'author', 'editor', 'keywords',
  'references', 'summary', 'draft', 'image', 'imageAlt', 'permalink',
];
