// Driving the app with the keyboard alone, checking at every stop that focus is somewhere
// (never lost to the page body) and can be seen (an outline or a box shadow on the element).

import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

interface FocusFacts {
  /** "body" when focus has been lost. */
  element: string;
  indicated: boolean;
}

/** What has focus, named for a failure message, and whether it shows a focus indicator. */
export function focusFacts(page: Page): Promise<FocusFacts> {
  return page.evaluate(() => {
    const focused = document.activeElement;
    if (!(focused instanceof HTMLElement) || focused === document.body) {
      return { element: 'body', indicated: false };
    }
    const style = getComputedStyle(focused);
    const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const shadowed = style.boxShadow !== 'none';
    const labels = 'labels' in focused ? (focused.labels as NodeListOf<HTMLLabelElement>) : null;
    const name =
      focused.getAttribute('aria-label') ?? labels?.[0]?.textContent ?? focused.textContent ?? '';
    return {
      element: `<${focused.tagName.toLowerCase()}> ${name.trim().slice(0, 60)}`,
      indicated: outlined || shadowed,
    };
  });
}

export async function expectVisibleFocus(page: Page): Promise<void> {
  const facts = await focusFacts(page);
  expect(facts.element, 'focus was lost').not.toBe('body');
  expect(facts.indicated, `no focus indicator on ${facts.element}`).toBe(true);
}

/**
 * Presses Tab (or Shift+Tab) until `target` has focus, checking the focus indicator at every
 * stop on the way; fails if it takes more than `maxPresses`.
 */
export async function tabTo(
  page: Page,
  target: Locator,
  { backwards = false, maxPresses = 80 } = {},
): Promise<void> {
  await expect(target).toBeVisible();
  for (let press = 0; press < maxPresses; press++) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    await expectVisibleFocus(page);
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error(`${maxPresses} presses of ${backwards ? 'Shift+Tab' : 'Tab'} did not reach it`);
}

/** Tabs to a field and types into it, as an officer would. */
export async function typeInto(page: Page, field: Locator, text: string): Promise<void> {
  await tabTo(page, field);
  await page.keyboard.type(text);
}

/**
 * Tabs to a date field and types the date, segment by segment in the order the browser shows
 * them (day first in en-GB, month first in en-US); the field must then hold `iso`.
 */
export async function typeDate(page: Page, field: Locator, iso: string): Promise<void> {
  const order = await page.evaluate(() =>
    new Intl.DateTimeFormat(undefined, { day: '2-digit', month: '2-digit', year: 'numeric' })
      .formatToParts(new Date(2000, 0, 2))
      .map((part) => part.type)
      .filter((type) => type === 'day' || type === 'month' || type === 'year'),
  );
  const [year = '', month = '', day = ''] = iso.split('-');
  const digits: Record<string, string> = { day, month, year };
  await typeInto(page, field, order.map((type) => digits[type]).join(''));
  await expect(field).toHaveValue(iso);
}
