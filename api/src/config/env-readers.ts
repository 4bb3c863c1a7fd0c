type Env = Record<string, string | undefined>;

/** Typed readers over the environment that record every problem instead of stopping at the first. */
export interface EnvReaders {
  /** Trimmed value; '' when absent. */
  text(name: string, fallback?: string): string;
  /** Trimmed value; a problem when absent or blank. */
  required(name: string, fallback?: string): string;
  int(name: string, fallback: number, min: number, max: number): number;
  /** A URL with one of `protocols`; '' allowed unless `required`. */
  url(name: string, protocols: readonly string[], options?: { fallback?: string; required?: boolean }): string;
}

export function envReaders(env: Env, problems: string[]): EnvReaders {
  const text = (name: string, fallback = ''): string => env[name]?.trim() || fallback;

  const required = (name: string, fallback?: string): string => {
    const value = text(name, fallback);
    if (value === '') problems.push(`${name} is required`);
    return value;
  };

  const int = (name: string, fallback: number, min: number, max: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      problems.push(`${name} must be an integer between ${min} and ${max} (got "${raw}")`);
      return fallback;
    }
    return value;
  };

  const url = (name: string, protocols: readonly string[], options: { fallback?: string; required?: boolean } = {}): string => {
    const value = options.required ? required(name, options.fallback) : text(name, options.fallback);
    if (value === '') return value;
    try {
      const parsed = new URL(value);
      if (!protocols.includes(parsed.protocol)) problems.push(`${name} must use ${protocols.join(' or ')} (got "${parsed.protocol}")`);
    } catch {
      problems.push(`${name} is not a valid URL`);
    }
    return value;
  };

  return { text, required, int, url };
}
