// Types of request-scoped values pages hand to the components they render.
declare namespace App {
  interface Locals {
    /** The code a /codes/<code>/ page renders, for the <Clause> elements inside its MDX (see Clause.astro). */
    clauseCode?: import('./lib/content/model').Code;
  }
}
