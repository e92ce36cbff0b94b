import sharp from 'sharp';
import { escapeXml } from '../../kernel/build/output-text.ts';

/** Breaks a title into at most `maxLines` lines of about `width` characters, with an ellipsis when cut. */
export function wrapTitle(title: string, width = 26, maxLines = 4): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of title.split(/\s+/).filter(Boolean)) {
    if (current && `${current} ${word}`.length > width) {
      lines.push(current);
      current = word;
    } else {
      current = current ? `${current} ${word}` : word;
    }
  }
  if (current) lines.push(current);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1]}…`;
  return kept;
}

/** One page's social image: where it is published and what it says. */
export interface SocialImage {
  /** Its path on the site, from socialImagePath(). */
  path: string;
  title: string;
  /** The section, above the title. */
  eyebrow: string;
  siteName: string;
}

/** The social image (1200 x 630) of a page: the site's name, the section and the title. */
export function socialImageSvg({ title, eyebrow, siteName }: Omit<SocialImage, 'path'>): string {
  const lines = wrapTitle(title);
  const titleText = lines
    .map((line, index) => `<text x="80" y="${250 + index * 78}" font-size="64" font-weight="700" fill="#ffffff">${escapeXml(line)}</text>`)
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">
<rect width="1200" height="630" fill="#0b5c8a"/>
<rect x="0" y="560" width="1200" height="70" fill="#084a70"/>
<g font-family="DejaVu Sans, Verdana, sans-serif">
<text x="80" y="150" font-size="32" fill="#cfe6f5">${escapeXml(eyebrow)}</text>
${titleText}
<text x="80" y="606" font-size="30" font-weight="700" fill="#ffffff">${escapeXml(siteName)}</text>
</g>
</svg>`;
}

/** Part of every cached image's name: change it when renderSocialImage draws differently. */
export const RENDERER_VERSION = 'png-rgb-z2-1';

/** The PNG of a social image; PNG because most platforms do not show SVG previews. */
export async function renderSocialImage(svg: string): Promise<Buffer> {
  // RGB without alpha (the image is opaque), zlib level 2, no per-row filter choice. Drawing
  // the SVG takes about 8 ms an image on one core; encoding it about 3 ms at level 2 against
  // 8 ms at level 6, for files about 12% larger (about 55 KB). JPEG costs as much for larger
  // files, and drawing a section's background once with only the title per page was slower
  // within the build (measured on this machine; see README, Performance).
  return sharp(Buffer.from(svg)).removeAlpha().png({ compressionLevel: 2, adaptiveFiltering: false }).toBuffer();
}

/** Where a page's social image is published: /nl/over/ -> /og/nl/over.png, /nl/ -> /og/nl/index.png */
export function socialImagePath(pathname: string): string {
  const trimmed = pathname.replace(/^\/+|\/+$/g, '');
  const parts = trimmed.split('/');
  return `/og/${parts.length === 1 ? `${parts[0] || 'index'}/index` : trimmed}.png`;
}
