import type { LeadImage } from '../../content/article.js';
import type { PageContext } from '../pageContext.js';

/** Renders the lead image with its size, so it never shifts the layout; eager, since it is above the fold. */
export function LeadImageFigure({ context, image }: { context: PageContext; image: LeadImage }) {
  return (
    <figure class="article__lead">
      <img
        src={context.url(image.src)}
        alt={image.alt}
        width={image.width}
        height={image.height}
        decoding="async"
        fetchpriority="high"
      />
    </figure>
  );
}
