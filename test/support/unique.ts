/** Values unique across parallel test files sharing one database. */
let counter = 0;
const seed = `${process.pid.toString(36)}${Date.now().toString(36).slice(-4)}`;

export function uniqueSuffix(): string {
  counter += 1;
  return `${seed}${counter.toString(36)}`;
}

export function uniqueEmail(prefix = 'user'): string {
  return `${prefix}-${uniqueSuffix()}@example.test`;
}

/** A Luhn-valid SIREN no other test in this run will draw. */
export function uniqueSiren(): string {
  for (;;) {
    const base = String(Math.floor(Math.random() * 1e8)).padStart(8, '0');
    for (let check = 0; check < 10; check += 1) {
      const candidate = `${base}${check}`;
      if (luhnValid(candidate) && !drawn.has(candidate)) {
        drawn.add(candidate);
        return candidate;
      }
    }
  }
}

const drawn = new Set<string>();

function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}
