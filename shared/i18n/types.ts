/**
 * A catalog is a tree of messages. A leaf is either a plain string with `{name}`
 * placeholders, or a plural form chosen with Intl.PluralRules from the `count` parameter.
 */
export interface PluralMessage {
  one: string;
  other: string;
}
export type MessageLeaf = string | PluralMessage;
export interface MessageTree {
  [key: string]: MessageLeaf | MessageTree;
}

/** The same shape as the Spanish catalog, with any text: how every other language is typed. */
export type SameShape<T> = {
  [K in keyof T]: T[K] extends string ? string : T[K] extends PluralMessage ? PluralMessage : SameShape<T[K]>;
};

/** Dotted paths to every leaf: `errors.FILE_EMPTY`, `ui.welcome.title`... */
export type LeafPaths<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends MessageLeaf ? `${Prefix}${K}` : LeafPaths<T[K], `${Prefix}${K}.`>;
}[keyof T & string];
