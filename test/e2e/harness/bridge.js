// Test-only stand-in for the Electron preload: window.habeas forwards calls over HTTP to the
// harness, which hands them to the real backend worker. Events arrive by server-sent events.
(() => {
  const listeners = new Map();
  const source = new EventSource('/__harness/events');
  source.onmessage = (message) => {
    const data = JSON.parse(message.data);
    for (const handler of listeners.get(data.event) ?? []) handler(data.payload);
  };
  const habeas = {
    async call(method, input) {
      const response = await fetch('/__harness/call', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ method, input: input === undefined ? null : input }),
      });
      return response.json();
    },
    on(event, handler) {
      if (!listeners.has(event)) listeners.set(event, new Set());
      listeners.get(event).add(handler);
      return () => listeners.get(event).delete(handler);
    },
  };
  // The preload's saveReportPdf (Electron's printToPDF) exists only where a test provides it, with
  // page.exposeFunction('__habeasTestSavePdf', …) before the page loads: Chromium's page.pdf().
  if (typeof window.__habeasTestSavePdf === 'function') {
    habeas.saveReportPdf = (name) => window.__habeasTestSavePdf(name);
  }
  Object.defineProperty(window, 'habeas', { value: Object.freeze(habeas), writable: false });
})();
