import type { SiteSettings } from '../../site/siteSettings.js';

/** Renders the 广告声明 note from site data; site owners can switch it off. */
export function Disclosure({ disclosure }: { disclosure: SiteSettings['disclosure'] }) {
  if (!disclosure.enabled) return null;
  return (
    <aside class="disclosure" aria-label={disclosure.title}>
      <p>
        <strong>{disclosure.title}：</strong>
        {disclosure.text}
      </p>
    </aside>
  );
}
