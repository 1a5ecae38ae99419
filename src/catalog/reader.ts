import { readFileSync } from 'node:fs';
import { UserError } from '../errors.js';

/** Reads a catalog file as JSON, or stops with the file and what is wrong. */
export function readJson(file: string): unknown {
  const text = readFileSync(file, 'utf8');
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new UserError(`catalog: ${file}: not valid JSON (${(err as Error).message})`);
  }
}

export function fail(file: string, field: string, reason: string): never {
  throw new UserError(`catalog: ${file}: ${field} ${reason}`, 'fix the catalog entry or pass --catalog another folder');
}

/** How a file's reader stops: with the file, the dotted field path and the reason. */
export type Failure = (file: string, field: string, reason: string) => never;

/** Walks a parsed JSON value, failing with the file and the dotted field path (as a catalog error by default). */
export class Reader {
  constructor(
    private readonly file: string,
    private readonly value: unknown,
    private readonly prefix = '',
    private readonly failWith: Failure = fail,
  ) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      failWith(file, prefix || '(top level)', 'must be an object');
    }
  }

  private get obj(): Record<string, unknown> {
    return this.value as Record<string, unknown>;
  }

  private field(key: string): string {
    return this.prefix ? `${this.prefix}.${key}` : key;
  }

  fail(key: string, reason: string): never {
    this.failWith(this.file, this.field(key), reason);
  }

  /** The value as it is, for fields that hold any JSON (a request body, an expected answer). */
  raw(key: string): unknown {
    return this.obj[key];
  }

  has(key: string): boolean {
    return this.obj[key] !== undefined;
  }

  string(key: string, pattern?: RegExp, expected = 'a non-empty string'): string {
    return this.self(key, pattern, expected, this.obj[key]);
  }

  /** Validates a string value that is itself the entry (used for records of strings). */
  self(key: string, pattern?: RegExp, expected = 'a non-empty string', value: unknown = this.obj[key]): string {
    if (typeof value !== 'string' || value.trim() === '') this.failWith(this.file, this.field(key), 'must be a non-empty string');
    if (pattern && !pattern.test(value)) this.failWith(this.file, this.field(key), `must be ${expected}, got "${value}"`);
    return value;
  }

  /** Any string, empty included; absent reads as empty. */
  text(key: string): string {
    const v = this.obj[key];
    if (v === undefined) return '';
    if (typeof v !== 'string' || /[\r\n]/.test(v)) this.failWith(this.file, this.field(key), 'must be a single-line string');
    return v;
  }

  optionalString(key: string): string | undefined {
    return this.has(key) ? this.string(key) : undefined;
  }

  integer(key: string, min: number, max: number): number {
    const v = this.obj[key];
    if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) {
      this.failWith(this.file, this.field(key), `must be a whole number from ${min} to ${max}`);
    }
    return v;
  }

  boolean(key: string): boolean {
    const v = this.obj[key];
    if (typeof v !== 'boolean') this.failWith(this.file, this.field(key), 'must be true or false');
    return v;
  }

  oneOf<T extends string>(key: string, values: readonly T[]): T {
    const v = this.obj[key];
    if (typeof v !== 'string' || !values.includes(v as T)) {
      this.failWith(this.file, this.field(key), `must be one of ${values.join(', ')}`);
    }
    return v as T;
  }

  stringArray(key: string, allowed?: string[]): string[] {
    const v = this.obj[key];
    if (!Array.isArray(v) || v.some((s) => typeof s !== 'string')) this.failWith(this.file, this.field(key), 'must be a list of strings');
    const unknown = allowed && (v as string[]).find((s) => !allowed.includes(s));
    if (unknown) this.failWith(this.file, this.field(key), `has "${unknown}", which is not one of ${allowed.join(', ')}`);
    return v as string[];
  }

  array<T>(key: string, read: (r: Reader) => T): T[] {
    const v = this.obj[key];
    if (!Array.isArray(v)) this.failWith(this.file, this.field(key), 'must be a list');
    return v.map((item, i) => read(new Reader(this.file, item, `${this.field(key)}[${i}]`, this.failWith)));
  }

  object<T>(key: string, read: (r: Reader) => T): T {
    return read(new Reader(this.file, this.obj[key], this.field(key), this.failWith));
  }

  record<T>(key: string, read: (r: Reader, key: string) => T): Record<string, T> {
    const inner = new Reader(this.file, this.obj[key], this.field(key), this.failWith);
    return Object.fromEntries(
      Object.keys(inner.obj).map((k) => {
        const v = inner.obj[k];
        const isObject = typeof v === 'object' && v !== null;
        return [k, read(isObject ? new Reader(this.file, v, inner.field(k), this.failWith) : inner, k)];
      }),
    );
  }
}
