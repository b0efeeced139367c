// The demo case studies' pictures: simple flat illustrations drawn in code (a building site with
// apprentices, tree planting, a community garden), each saved as a small PNG.

import { Picture, type Colour } from './png-picture';

export const demoScenes = ['building-site', 'tree-planting', 'community-garden'] as const;
export type DemoScene = (typeof demoScenes)[number];

const width = 480;
const height = 300;
const horizon = 210;

const colours = {
  skyTop: [120, 178, 222],
  skyBottom: [206, 231, 245],
  grass: [96, 160, 82],
  darkGrass: [70, 128, 62],
  soil: [121, 85, 58],
  sun: [250, 204, 80],
  brick: [178, 90, 62],
  concrete: [190, 190, 184],
  steel: [96, 104, 112],
  yellow: [240, 180, 30],
  hiVis: [245, 130, 32],
  skin: [222, 178, 140],
  skinDark: [150, 102, 70],
  trousers: [52, 64, 90],
  trunk: [110, 76, 48],
  leaf: [58, 138, 64],
  leafLight: [120, 184, 90],
  red: [206, 62, 52],
  white: [250, 250, 246],
  shed: [86, 120, 150],
} satisfies Record<string, Colour>;

function landscape(ground: Colour): Picture {
  return new Picture(width, height, ground)
    .gradient(0, horizon, colours.skyTop, colours.skyBottom)
    .circle(400, 56, 28, colours.sun);
}

/** A person standing at x with feet on `ground`: head, body in a top colour, legs. */
function person(p: Picture, x: number, ground: number, top: Colour, skin: Colour): void {
  p.rect(x - 6, ground - 26, 5, 26, colours.trousers)
    .rect(x + 1, ground - 26, 5, 26, colours.trousers)
    .rect(x - 9, ground - 56, 18, 32, top)
    .circle(x, ground - 66, 9, skin);
}

function buildingSite(): Picture {
  const p = landscape(colours.concrete);
  // The building going up: two storeys of brick, scaffolding, a roof frame.
  p.rect(70, 110, 190, 100, colours.brick);
  for (let x = 90; x < 250; x += 45) p.rect(x, 130, 24, 28, colours.skyBottom);
  for (let y = 100; y <= 210; y += 36) p.rect(60, y, 210, 4, colours.steel);
  for (let x = 60; x <= 270; x += 52) p.rect(x, 96, 4, 114, colours.steel);
  p.polygon(
    [
      [64, 98],
      [165, 52],
      [266, 98],
    ],
    colours.trunk,
  );
  // A tower crane.
  p.rect(320, 40, 10, 170, colours.yellow).rect(250, 40, 190, 8, colours.yellow);
  p.rect(430, 48, 2, 60, colours.steel).rect(424, 108, 14, 10, colours.steel);
  // Apprentices in hi-vis.
  person(p, 300, 262, colours.hiVis, colours.skin);
  person(p, 340, 266, colours.hiVis, colours.skinDark);
  person(p, 380, 262, colours.hiVis, colours.skin);
  return p;
}

function treePlanting(): Picture {
  const p = landscape(colours.grass);
  p.polygon(
    [
      [0, 215],
      [140, 170],
      [300, 200],
      [480, 160],
      [480, 230],
      [0, 230],
    ],
    colours.darkGrass,
  );
  for (const [x, size] of [
    [60, 26],
    [150, 20],
    [230, 30],
    [420, 22],
  ] as const) {
    p.rect(x - 3, 240 - size * 2, 6, size * 2, colours.trunk).circle(
      x,
      240 - size * 2,
      size,
      colours.leaf,
    );
  }
  // Saplings just planted, with their stakes, and the volunteers with spades.
  for (let x = 110; x <= 390; x += 70) {
    p.rect(x, 250, 3, 30, colours.trunk).circle(x + 1, 248, 9, colours.leafLight);
    p.rect(x - 10, 278, 24, 6, colours.soil);
  }
  person(p, 300, 286, colours.red, colours.skin);
  person(p, 250, 282, [60, 110, 170], colours.skinDark);
  p.rect(318, 230, 3, 56, colours.steel).rect(312, 280, 14, 6, colours.steel);
  return p;
}

function communityGarden(): Picture {
  const p = landscape(colours.grass);
  // A shed with a pitched roof.
  p.rect(330, 140, 110, 80, colours.shed).rect(372, 176, 26, 44, colours.trunk);
  p.polygon(
    [
      [320, 142],
      [385, 100],
      [450, 142],
    ],
    colours.brick,
  );
  // Raised beds of vegetables.
  for (const [x, y] of [
    [40, 226],
    [170, 226],
    [40, 266],
    [170, 266],
  ] as const) {
    p.rect(x, y, 110, 26, colours.trunk).rect(x + 4, y + 4, 102, 10, colours.soil);
    for (let k = 0; k < 6; k += 1) {
      const at = x + 12 + k * 18;
      p.circle(at, y + 4, 7, colours.leaf).circle(
        at + 4,
        y,
        3,
        k % 2 ? colours.red : colours.white,
      );
    }
  }
  person(p, 310, 280, colours.white, colours.skinDark);
  person(p, 350, 284, [120, 80, 160], colours.skin);
  return p;
}

const scenes: Record<DemoScene, () => Picture> = {
  'building-site': buildingSite,
  'tree-planting': treePlanting,
  'community-garden': communityGarden,
};

/** The scene as a PNG file. */
export function drawScene(scene: DemoScene): Uint8Array {
  return scenes[scene]().png();
}
