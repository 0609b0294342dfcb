import { type ComponentType, type LazyExoticComponent, lazy } from 'react';

// biome-ignore lint/suspicious/noExplicitAny: React.lazy accepts a component of any props
type AnyComponent = ComponentType<any>;

/**
 * A screen loaded on first use, in its own chunk: the deals list (the first screen) must
 * not wait for the code of the MESO grid, the plan, the debrief or the library.
 */
export function lazyScreen<Module extends Record<Name, AnyComponent>, Name extends keyof Module & string>(
  load: () => Promise<Module>,
  name: Name,
): LazyExoticComponent<Module[Name]> {
  return lazy(async () => ({ default: (await load())[name] }));
}
