/** An element the self-scan's layout always renders; missing means layout and script drifted apart. */
export function required<T extends Element>(root: ParentNode, selector: string): T {
  const element = root.querySelector<T>(selector);
  if (!element) throw new Error(`The self-scan page lacks ${selector}; the layout and the script have drifted apart.`);
  return element;
}
