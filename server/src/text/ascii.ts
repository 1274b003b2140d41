// ASCII character classes by char code, for the scans that walk a letter by hand (no regex per character).
// Only A–Z and a–z count as letters, as the regexes' [A-Za-z] do.

export function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}

export function isLower(c: number): boolean {
  return c >= 97 && c <= 122;
}

export function isLetter(c: number): boolean {
  return isUpper(c) || isLower(c);
}

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
