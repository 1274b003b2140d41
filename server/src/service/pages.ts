// Page ranges as the product shows them: never as verified facts (each has a confirmation status in the catalog).
import type { PageRange } from '../catalog';

function pageList(pages: readonly PageRange[]): string {
  return pages.map((p) => (p.from === p.to ? `p. ${p.from}` : `p. ${p.from}–${p.to}`)).join(', ');
}

export function formatPages(pages: readonly PageRange[]): string {
  const quoted = pages.filter((p) => p.status === 'quoted');
  const seed = pages.filter((p) => p.status === 'seed');
  const verified = pages.filter((p) => p.status === 'verified');
  const parts: string[] = [];
  if (verified.length > 0) parts.push(`${pageList(verified)} (verified)`);
  if (quoted.length > 0) parts.push(`usually cited as ${pageList(quoted)}`);
  if (seed.length > 0) parts.push(`a seed letter prints ${pageList(seed)}`);
  return verified.length === pages.length ? parts.join('; ') : `${parts.join('; ')} (not verified against the 2009 text)`;
}
