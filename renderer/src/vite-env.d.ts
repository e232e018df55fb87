// Vite's client types: lets TypeScript accept CSS and asset imports in the renderer.
/// <reference types="vite/client" />
