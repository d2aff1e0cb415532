import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const XSD = {
  index: path.resolve(import.meta.dirname, '../fixtures/xsd/siteindex.xsd'),
  // Core sitemap schema plus Google's image and news extensions.
  urlset: path.resolve(import.meta.dirname, '../fixtures/xsd/urlset-with-extensions.xsd'),
};

function requireXmllint(): void {
  try {
    execFileSync('xmllint', ['--version'], { stdio: 'ignore' });
  } catch {
    // Fails rather than skips: CI installs it, and a silent skip would hide invalid sitemaps.
    throw new Error('xmllint is missing: install it with `apt-get install -y libxml2-utils` (CI does, in .ci/run).');
  }
}

/** Validates a document against an XSD with xmllint; returns its complaints, empty when valid. */
export function xmllintErrors(xml: string, schema: string): string {
  requireXmllint();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jarida-xml-'));
  const file = path.join(dir, 'document.xml');
  try {
    fs.writeFileSync(file, xml);
    const result = spawnSync('xmllint', ['--noout', '--nonet', '--schema', schema, file], { encoding: 'utf8' });
    return result.status === 0 ? '' : result.stderr || `xmllint exited with ${result.status}`;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
