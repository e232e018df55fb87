// The one place that imports zustand: every store of the renderer is made through here, so the
// state library can change without touching features (lint blocks direct imports elsewhere).
export { create as createStore } from 'zustand';
export { useShallow } from 'zustand/react/shallow';
