// The two small packages ESLint's suppressions service uses to name and write its file (neither ships types): the same
// code, so that `plistlint` and `eslint` write the same bytes and look in the same place.

declare module "imurmurhash" {
  interface MurmurHash3 {
    result(): number;
  }
  export default function murmur(text: string): MurmurHash3;
}

declare module "json-stable-stringify-without-jsonify" {
  export default function stringify(value: unknown, options?: { space?: number | string }): string;
}
