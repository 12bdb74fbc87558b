// Types of request-scoped values pages hand to the components they render.
declare namespace App {
  interface Locals {
    /** What a /codes/<code>/ page hands the <Clause> elements inside its MDX (see Clause.astro): the code it
     * renders and the IAPS practice guidelines, for the one that explains a clause. */
    clauseContext?: {
      code: import('./lib/content/model').Code;
      guidelines: import('./lib/content/model').Guideline[];
    };
    /** What a page whose prose carries <Cite> references hands them (see Cite.astro): the codes to link into. */
    citeContext?: import('./lib/views/cite-link').CiteCodes;
  }
}
