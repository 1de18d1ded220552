/** A numbered step from format `version - 1` to `version`. Steps are only ever appended. */
export interface Migration {
  version: number;
  description: string;
  statements: string[];
}
