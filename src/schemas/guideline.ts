import { z } from 'astro/zod';

/** What part of the IAPS practice guidelines document an entry holds. */
const guidelineKinds = ['introduction', 'value', 'supervision', 'action-points'] as const;

/**
 * Front matter of one entry of the IAPS practice guideline explanations (`content/guidelines/<id>.mdx`).
 * The body is the explanation, verbatim from the source.
 */
export const guidelineSchema = z
  .object({
    /** Heading shown for the entry, e.g. "Peer support is voluntary". */
    title: z.string().min(1),
    /** Which part of the document this is; `value` entries explain one IAPS core value. */
    kind: z.enum(guidelineKinds),
    /** For `value` entries: the id of the IAPS clause it explains (checked against `content/codes/iaps.mdx`). */
    value: z.string().min(1).optional(),
    /** Position on the guidelines page (lower first). */
    order: z.number().int(),
  })
  .superRefine((data, ctx) => {
    if (data.kind === 'value' && !data.value) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['value'],
        message: 'a `value` entry must name the IAPS clause it explains',
      });
    }
    if (data.kind !== 'value' && data.value) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['value'],
        message: 'only `value` entries may name an IAPS clause',
      });
    }
  });

export type GuidelineData = z.infer<typeof guidelineSchema>;
