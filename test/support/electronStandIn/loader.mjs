// Node module hooks: `electron` (imported by the ESM main bundle) resolves to the stand-in.
export async function resolve(specifier, context, nextResolve) {
  if (specifier === 'electron') return { url: new URL('./module.mjs', import.meta.url).href, shortCircuit: true };
  return nextResolve(specifier, context);
}
