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
    /**
     * Parts of the source left out of the body (a footnote marker whose note the source does not carry), each
     * said on the page where the entry is shown, so the reader knows the text is not the whole source line.
     */
    omitted: z
      .array(
        z.object({
          /** The source's characters left out, exactly: "[i]". */
          text: z.string().min(1),
          /** The source's words just before them, so the reader can find the place: "for Peer Supporters.". */
          after: z.string().min(1),
          /** Why, in a few words: "a footnote marker; the source has no footnote". */
          reason: z.string().min(1),
        }),
      )
      .default([]),
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
