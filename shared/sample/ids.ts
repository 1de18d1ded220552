/**
 * The sample's content names its records by keys (a unit's key, a SWOT item's key...) because the
 * engine gives every record a new id on each build; the build steps translate keys into ids.
 */
export class SampleIds<K extends string> {
  private readonly ids = new Map<K, string>();

  constructor(private readonly what: string) {}

  set(key: K, id: string): void {
    if (this.ids.has(key)) throw new Error(`sample: ${this.what} ${key} is listed twice`);
    this.ids.set(key, id);
  }

  /** Throws, rather than leaving a link out, when content names a record that is not (yet) there. */
  of(key: K): string {
    const id = this.ids.get(key);
    if (id === undefined) throw new Error(`sample: ${this.what} ${key} is used before it is listed`);
    return id;
  }

  all(keys: readonly K[]): string[] {
    return keys.map((key) => this.of(key));
  }
}

/** How the action plan's content names an account of the inventory: platform and handle, which are unique together. */
export type SampleAccountRef = `${string} ${string}`;

export function accountRef(account: { platform: string; handle?: string }): SampleAccountRef {
  return `${account.platform} ${account.handle ?? ''}`;
}
