// The Content-Security-Policy sent with every page and asset: our own files only, no remote origin,
// no inline or evaluated script, no network connections of any kind.

/**
 * style-src has no 'unsafe-inline': React applies `style={...}` props through the CSSOM
 * (element.style.x = ...), which CSP does not govern, and Vite emits CSS as files. Only inline
 * <style> elements and style="" markup would need it, and those are exactly what we want refused.
 */
const DIRECTIVES: Readonly<Record<string, string>> = {
  'default-src': "'none'",
  'script-src': "'self'",
  'style-src': "'self'",
  'img-src': "'self' data:",
  'font-src': "'self'",
  'connect-src': "'none'",
  'object-src': "'none'",
  'base-uri': "'none'",
  'form-action': "'none'",
  'frame-ancestors': "'none'",
};

export const CONTENT_SECURITY_POLICY = Object.entries(DIRECTIVES)
  .map(([name, value]) => `${name} ${value}`)
  .join('; ');
