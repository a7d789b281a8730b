/** Pressing a link as a reader does. */
import type { Locator } from '@playwright/test';

/**
 * A reader's click: the mouse pressed where the link is on screen. (Playwright's
 * click first scrolls the element "into view", which for the sticky masthead
 * scrolls the page back to the top: no reader does that.)
 */
export async function press(link: Locator): Promise<void> {
  const box = (await link.boundingBox())!;
  await link.page().mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}
