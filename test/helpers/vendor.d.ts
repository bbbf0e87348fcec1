// Test-only packages that ship no type declarations.
declare module 'jsonld' {
  type RemoteDocument = { contextUrl: string | null; documentUrl: string; document: unknown };
  const jsonld: {
    expand(
      input: unknown,
      options?: { documentLoader?: (url: string) => Promise<RemoteDocument> }
    ): Promise<Array<Record<string, unknown>>>;
  };
  export default jsonld;
}
