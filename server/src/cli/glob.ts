// A small glob matcher (no dependency): `*` and `?` match within one path segment, `**` as a whole
// segment matches any number of segments. Paths use `/`; callers normalise first.

const globChars = /[*?]/;

export function isGlob(pattern: string): boolean {
  return globChars.test(pattern);
}

export function globToRegExp(pattern: string): RegExp {
  const segments = pattern.split('/');
  let source = '';
  segments.forEach((segment, i) => {
    const last = i === segments.length - 1;
    if (segment === '**') {
      source += last ? '.*' : '(?:[^/]*/)*';
      return;
    }
    source += segmentSource(segment) + (last ? '' : '/');
  });
  return new RegExp(`^${source}$`);
}

function segmentSource(segment: string): string {
  let out = '';
  for (const ch of segment) {
    if (ch === '*') {
      // `a**b` inside a segment is the same as `a*b`.
      if (!out.endsWith('[^/]*')) out += '[^/]*';
    } else if (ch === '?') out += '[^/]';
    else out += ch.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return out;
}

/** The leading segments before the first one with a wildcard: where a walk for matches starts. */
export function globBase(pattern: string): { base: string; prefix: string } {
  const segments = pattern.split('/');
  const fixed: string[] = [];
  for (const s of segments.slice(0, -1)) {
    if (isGlob(s)) break;
    fixed.push(s);
  }
  if (fixed.length === 0) return { base: '.', prefix: '' };
  const joined = fixed.join('/');
  // An absolute pattern's first segment is empty: its base is the root.
  return { base: joined === '' ? '/' : joined, prefix: `${joined}/` };
}
