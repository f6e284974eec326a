/**
 * A policy text (a document's or an older version's MDX body) rendered when its page is rendered, from the body
 * the content loader kept (src/model/bodies.ts). The bodies are not imported as modules: at 10,000 documents,
 * bundling them as 10,000 modules held 9.5 GB in the build's Node process (docs/scale.md); compiled one at a time
 * here, each is garbage once its page is written. The body may use only the allowed components
 * (src/build/checks/documents.ts); the page passes them in, as it would to an MDX module's `<Content>`.
 */
import { satteriHeadingIdsPlugin } from '@astrojs/markdown-satteri';
import * as runtime from 'astro/jsx-runtime';
import { evaluate, type EvaluateOptions } from 'satteri';
import { bodyOf, type PolicyCollection } from '../model/bodies.ts';
import { MARKDOWN_FEATURES } from '../model/markdown.ts';

type Components = Record<string, unknown>;
/** What a page renders: `<Content components={{ Heading, … }} />`. */
export type PolicyTextComponent = ((props: { components?: Components }) => unknown) & Record<symbol, unknown>;

/**
 * Compiles and runs one document's (or older version's) MDX body with Astro's JSX runtime, as @astrojs/mdx does for
 * an imported .mdx module. The body comes from src/model/bodies.ts, where the content loader keeps it.
 */
export async function policyText(collection: PolicyCollection, id: string): Promise<PolicyTextComponent> {
  const { default: MDXContent } = (await evaluate(bodyOf(collection, id), {
    // Astro's runtime types its props; Sätteri's calls them with unknown ones, which is what MDX passes.
    ...(runtime as unknown as Pick<EvaluateOptions, 'jsx' | 'jsxs' | 'Fragment'>),
    features: MARKDOWN_FEATURES,
    hastPlugins: [satteriHeadingIdsPlugin()],
    elementAttributeNameCase: 'html',
  })) as { default: (props: { components: Components }) => unknown };
  const Content = ((props: { components?: Components } = {}) =>
    MDXContent({ ...props, components: { Fragment: runtime.Fragment, ...props.components } })) as PolicyTextComponent;
  // What @astrojs/mdx marks its Content with (vite-plugin-mdx-postprocess): the MDX renderer (astro:jsx) renders it,
  // with the page's <head>; 'astro:renderer' is the symbol Astro's __astro_tag_component__ sets.
  Content[Symbol.for('mdx-component')] = true;
  Content[Symbol.for('astro.needsHeadRendering')] = true;
  Object.defineProperty(Content, Symbol.for('astro:renderer'), { value: 'astro:jsx' });
  return Content;
}
