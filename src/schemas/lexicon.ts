import { z } from 'astro/zod';

/** One lexicon entry: words readers type, what they mean in the codes' own words, and the themes they point at. */
const lexiconEntrySchema = z.object({
  /** Words and short phrases a reader might type, in any question on the topic ("lend", "friend request"). */
  words: z.array(z.string().trim().min(1)).min(1),
  /** Words or short phrases as the codes write them; each is searched for on its own ("loans", "social media"). */
  means: z.array(z.string().trim().min(1)).min(1),
  /** Theme ids the words point at: their clauses rank higher and the theme is offered as a topic result. */
  themes: z.array(z.string().min(1)).default([]),
});

/** The search lexicon (`content/search/lexicon.yaml`): how everyday questions reach the codes' words. */
export const lexiconSchema = z.object({
  /** Question and filler words and phrases dropped from a query because they never narrow it ("can I", "what if"). */
  filler: z.array(z.string().trim().min(1)).default([]),
  /** Everyday words mapped to the codes' words and themes. */
  entries: z.array(lexiconEntrySchema).default([]),
});

export type LexiconEntry = z.infer<typeof lexiconEntrySchema>;
export type Lexicon = z.infer<typeof lexiconSchema>;
