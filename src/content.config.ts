import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { codeSchema } from './schemas/code';
import { guidelineSchema } from './schemas/guideline';
import { scenarioSchema } from './schemas/scenario';
import { themeSchema } from './schemas/theme';
import { contentRoot } from './config/content-root.mjs';

// Astro keys its content cache on this file's text, not on the schemas it imports: after a schema change
// (a new field's default, say), edit this file or clear the cache, or unchanged entries keep their old data.
// Schema revision: 2 (code `offeredTo`, guideline `omitted`).

// CONTENT_DIR lets the benchmark and the bad-content tests build against another folder; the real content
// stays untouched.
const root = contentRoot(process.env);

export const collections = {
  codes: defineCollection({ loader: glob({ pattern: '*.mdx', base: `${root}/codes` }), schema: codeSchema }),
  guidelines: defineCollection({
    loader: glob({ pattern: '*.mdx', base: `${root}/guidelines` }),
    schema: guidelineSchema,
  }),
  themes: defineCollection({
    loader: glob({ pattern: '*.md', base: `${root}/themes` }),
    schema: themeSchema,
  }),
  // Optional: a content folder without scenarios/ builds with none.
  scenarios: defineCollection({
    loader: glob({ pattern: '*.mdx', base: `${root}/scenarios` }),
    schema: scenarioSchema,
  }),
};
