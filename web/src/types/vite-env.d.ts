// Vite's client types (import.meta.glob, import.meta.env) for the web sources.
/// <reference types="vite/client" />
