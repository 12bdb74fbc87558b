// The fidelity manifest (content/sources/regions.json): for every code, which source file holds its text
// and from which line to which. The fidelity test checks every entry; the importer adds one per import.
import type { SourceRegion } from './import-code';

export type RegionManifest = Record<string, SourceRegion>;

/** Reads the manifest, failing with a message that names what is wrong. */
export function parseRegions(json: string): RegionManifest {
  const data: unknown = JSON.parse(json);
  if (!data || typeof data !== 'object' || Array.isArray(data))
    throw new Error('regions.json: expected an object of code id → region');
  for (const [id, region] of Object.entries(data)) {
    const value = region as Partial<SourceRegion>;
    for (const key of ['file', 'from', 'to'] as const) {
      if (typeof value?.[key] !== 'string' || !value[key])
        throw new Error(`regions.json: "${id}" needs a non-empty "${key}"`);
    }
    if (
      value.dropped !== undefined &&
      (!Array.isArray(value.dropped) || value.dropped.some((line) => typeof line !== 'string' || !line))
    )
      throw new Error(`regions.json: "${id}" "dropped" must be a list of the source lines left out`);
  }
  return data as RegionManifest;
}

/** The manifest with `id`'s region added or replaced, as JSON. */
export function withRegion(json: string, id: string, region: SourceRegion): string {
  return `${JSON.stringify({ ...parseRegions(json), [id]: region }, null, 2)}\n`;
}
