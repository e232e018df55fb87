// The Content-Security-Policy sent with every page and asset: our own files only, no remote origin,
// no inline or evaluated script, no network connections of any kind.

/**
 * style-src has no 'unsafe-inline': React applies `style={...}` props through the CSSOM
 * (element.style.x = ...), which CSP does not govern, and Vite emits CSS as files. Only inline
 * <style> elements and style="" markup would need it, and those are exactly what we want refused.
 *
 * img-src allows blob: for attachments viewed from memory: the window makes an object URL of the
 * decrypted bytes it holds, so an image is shown without a file. worker-src 'self' is PDF.js's
 * worker, a file of our own bundle; blob: workers are not allowed.
 */
const DIRECTIVES: Readonly<Record<string, string>> = {
  'default-src': "'none'",
  'script-src': "'self'",
  'style-src': "'self'",
  'img-src': "'self' data: blob:",
  'worker-src': "'self'",
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
