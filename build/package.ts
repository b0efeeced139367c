// npm run package [-- --win] [-- --linux]: packs the built app (npm run build first; the npm
// scripts do both) with build/electron-builder.config.ts into release/. Without a flag it packs
// for the platform it runs on. electron-builder downloads the Electron runtime for the target,
// so this needs the internet (GitHub); Windows installers are best built on Windows.

import { parseArgs } from 'node:util';
import { build, Platform } from 'electron-builder';
import { builderConfig } from './electron-builder.config.ts';

const { values } = parseArgs({
  options: { win: { type: 'boolean', default: false }, linux: { type: 'boolean', default: false } },
});
const platforms = [
  ...(values.win ? [Platform.WINDOWS] : []),
  ...(values.linux ? [Platform.LINUX] : []),
];
const targets = new Map(
  (platforms.length > 0 ? platforms : [Platform.current()]).flatMap((platform) => [
    ...platform.createTarget(),
  ]),
);

const artifacts = await build({ config: builderConfig, targets, publish: 'never' });
for (const artifact of artifacts) console.log(`Packed ${artifact}`);
