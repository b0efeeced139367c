// node build/icons/make-icons.ts: renders icon.svg and workspace.svg to the PNG and ICO files
// electron-builder packs (build/electron-builder.config.ts). Run it after changing an SVG and
// commit what it writes; packaging itself never needs a browser.

import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../../test/chromium-launch.ts';
import { icoFile } from './ico-file.ts';

const here = dirname(fileURLToPath(import.meta.url));
const icoSizes = [16, 24, 32, 48, 64, 128, 256];
const linuxSizes = [256, 512];

async function render(page: Page, svg: string, size: number): Promise<Buffer> {
  await page.setViewportSize({ width: size, height: size });
  const source = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}</style><img src="${source}" width="${size}" height="${size}" alt="">`,
  );
  await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
  return page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
}

async function makeIcons(page: Page, name: string, pngSizes: number[]): Promise<void> {
  const svg = await readFile(join(here, `${name}.svg`), 'utf8');
  const images = [];
  for (const size of icoSizes) images.push({ size, png: await render(page, svg, size) });
  await writeFile(join(here, `${name}.ico`), icoFile(images));
  for (const size of pngSizes) {
    const folder = join(here, name === 'icon' ? 'png' : `${name}-png`);
    await mkdir(folder, { recursive: true });
    await writeFile(join(folder, `${size}x${size}.png`), await render(page, svg, size));
  }
}

const browser = await chromium.launch(chromiumLaunchOptions());
try {
  const page = await browser.newPage();
  await makeIcons(page, 'icon', linuxSizes);
  await makeIcons(page, 'workspace', [256]);
} finally {
  await browser.close();
}
console.log(`Icons written to ${here}`);
