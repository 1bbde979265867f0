// The view code `confgraph export` runs headless (web/src/graph, web/src/export) feature-tests these browser
// globals before use; Node has none of them, so here they are declared as possibly absent, never as DOM types.
declare const matchMedia: ((query: string) => { matches: boolean }) | undefined;
