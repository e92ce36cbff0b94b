/**
 * Adds a script element and resolves once it has loaded. Pagefind's scripts are loaded this
 * way, not with import(): they exist only after the build, outside Vite's module graph.
 */
export function addScript(src: string, module = false): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    if (module) script.type = 'module';
    script.src = src;
    script.addEventListener('load', () => resolve(), { once: true });
    script.addEventListener('error', () => reject(new Error(`Could not load ${src}`)), { once: true });
    document.head.append(script);
  });
}
