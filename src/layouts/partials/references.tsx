import type { Reference } from '../../content/article.js';

/** Renders 参考资料 as an ordered list of safe external links; nothing when there are none. */
export function References({ references }: { references: readonly Reference[] }) {
  if (references.length === 0) return null;
  return (
    <section class="references" aria-labelledby="references-title">
      <h2 id="references-title">参考资料</h2>
      <ol>
        {references.map((reference) => (
          <li>
            <a href={reference.url} rel="noopener noreferrer">
              {reference.title}
            </a>
          </li>
        ))}
      </ol>
    </section>
  );
}
