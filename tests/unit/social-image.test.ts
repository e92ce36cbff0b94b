import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { renderSocialImage, socialImageSvg } from '../../src/features/social-images/social-image.ts';

describe('social images', () => {
  const image = { title: 'Fieldlab', eyebrow: 'Begrippen', siteName: 'Kennisbank Leergemeenschappen' };

  it('are opaque PNGs of the size the og:image meta names (1200 x 630)', async () => {
    const png = await renderSocialImage(socialImageSvg(image));
    expect(await sharp(png).metadata()).toMatchObject({ format: 'png', width: 1200, height: 630, channels: 3, hasAlpha: false });
  });

  it('show the title on the background', async () => {
    const pixels = async (title: string) =>
      sharp(await renderSocialImage(socialImageSvg({ ...image, title })))
        .raw()
        .toBuffer();
    const [withTitle, withoutTitle] = await Promise.all([pixels(image.title), pixels('')]);
    // The top left pixel is background, #0b5c8a.
    expect([...withTitle.subarray(0, 3)]).toEqual([0x0b, 0x5c, 0x8a]);
    let largest = 0;
    for (let index = 0; index < withTitle.length; index += 1)
      largest = Math.max(largest, Math.abs((withTitle[index] ?? 0) - (withoutTitle[index] ?? 0)));
    // White letters on the background: the red channel goes from 0x0b to 255.
    expect(largest).toBe(255 - 0x0b);
  });
});
