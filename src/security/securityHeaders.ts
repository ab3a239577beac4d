/**
 * Headers every response gets where the host takes header rules (`_headers`, netlify.toml,
 * vercel.json), next to the Content-Security-Policy: no MIME sniffing, no full URLs to other
 * sites, and no powerful features a news page never uses.
 */
export const securityHeaders: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
};
