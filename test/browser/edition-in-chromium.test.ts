import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personaliseEdition } from '#domain/editions/edition';
import { editionEmail } from '#domain/editions/edition-email';
import type { EmailMessage } from '#domain/shared/email-message';
import { recipient, SCHOOLS } from '#test/support/comms-items';
import { SAMPLE_SETTINGS, sampleEdition } from '#test/support/sample-edition';

/*
 * The edition as a reader sees it: rendered by a real browser engine (Debian's Chromium, driven
 * by playwright-core), read through the accessibility tree the way a screen reader reads it,
 * and its links followed. `.ci/run` installs Chromium when it is missing; without it this test
 * fails (it never skips), saying how to install it.
 */

/** Flags for a headless Chromium in a container (shared/TOOLCHAIN.md). */
const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The Chromium to drive: `CHROMIUM_PATH`, else Debian's `chromium` on the PATH. */
const findChromium = (): string => {
  const configured = process.env.CHROMIUM_PATH;
  if (configured && existsSync(configured)) return configured;
  for (const name of ['chromium', 'chromium-browser']) {
    try {
      const path = execFileSync('which', [name], { encoding: 'utf8' }).trim();
      if (path) return path;
    } catch {
      // not on the PATH under this name
    }
  }
  throw new Error(
    "No Chromium found for the browser test: install Debian's package (`apt-get install -y chromium`; `.ci/run` does this when it is missing) or set CHROMIUM_PATH to a Chromium binary.",
  );
};

const headteacher = recipient(SCHOOLS.primaryMaintained, 'headteacher');
let browser: Browser | undefined;
let launchFailure: unknown;
let email: EmailMessage;

/** A page holding the email's HTML part; every request it makes is recorded and answered locally. */
const openEmail = async (viewport = { width: 800, height: 900 }) => {
  // Each test fails with the reason, rather than the file's tests being skipped after a failed hook.
  if (!browser) throw launchFailure;
  const page = await browser.newPage({ viewport });
  const requests: string[] = [];
  await page.route('**/*', async (route) => {
    requests.push(route.request().url());
    await route.fulfill({ contentType: 'text/html', body: '<!DOCTYPE html><title>Followed</title>' });
  });
  await page.setContent(email.html, { waitUntil: 'load' });
  return { page, requests };
};

const headingTexts = (page: Page, level: number) => page.getByRole('heading', { level }).allInnerTexts();

beforeAll(async () => {
  try {
    browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_FLAGS });
  } catch (error) {
    launchFailure = error;
  }
  email = editionEmail(personaliseEdition(sampleEdition(), headteacher), SAMPLE_SETTINGS);
});

afterAll(async () => {
  await browser?.close();
});

describe('an edition in a real browser', () => {
  it('reads as an English document titled with its subject, loading nothing from anywhere', async () => {
    // prepare
    const { page, requests } = await openEmail();

    // act
    const seen = { lang: await page.locator('html').getAttribute('lang'), title: await page.title() };

    // assert
    expect(seen).toEqual({ lang: 'en-GB', title: email.subject });
    expect(requests).toEqual([]);
    await page.close();
  });

  it('shows the headings a reader navigates by, in order: title, letter, sections, Key dates', async () => {
    // prepare
    const { page } = await openEmail();

    // act
    const headings = { h1: await headingTexts(page, 1), h2: await headingTexts(page, 2) };

    // assert
    expect(headings).toEqual({
      h1: ['Weekly update for schools'],
      h2: [
        'From the Director of Education',
        'Action required',
        'For information',
        'Training and events',
        'Key dates',
      ],
    });
    await page.close();
  });

  it("shows the headteacher's items in order, soonest action first, and the same order in the text part", async () => {
    // prepare
    const { page } = await openEmail();

    // act
    const items = await headingTexts(page, 3);

    // assert
    expect(items).toEqual([
      'School workforce census: final checks',
      'Budget monitoring returns for the third quarter',
      'Winter road gritting routes published',
      'Designated Mental Health Lead network',
    ]);
    const positions = items.map((headline) => email.text.indexOf(headline));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    await page.close();
  });

  it('gives every link words that say where it goes and a web or mail address', async () => {
    // prepare
    const { page } = await openEmail();

    // act
    const links = await page
      .getByRole('link')
      .evaluateAll((anchors) =>
        anchors.map((a) => ({ name: (a.textContent ?? '').trim(), href: a.getAttribute('href') ?? '' })),
      );

    // assert
    expect(links.length).toBeGreaterThanOrEqual(5);
    for (const link of links) {
      expect(link.name.length).toBeGreaterThan(0);
      expect(link.href).toMatch(/^(https:\/\/|mailto:)/);
      if (link.href.startsWith('mailto:')) expect(link.href).toMatch(/^mailto:[^@\s]+@[^@\s]+$/);
    }
    await page.close();
  });

  it('follows each web link to its address when a reader clicks it', async () => {
    // prepare
    const { page } = await openEmail();
    const hrefs = await page
      .getByRole('link')
      .evaluateAll((anchors) =>
        anchors.map((a) => a.getAttribute('href') ?? '').filter((href) => href.startsWith('https://')),
      );

    // act
    const landed: string[] = [];
    for (const href of hrefs) {
      await page.setContent(email.html);
      const link = page.locator(`a[href="${href}"]`).first();
      await Promise.all([page.waitForURL(href), link.click()]);
      landed.push(page.url());
    }

    // assert
    expect(hrefs).toEqual([
      'https://example.gov.uk/finance/q3-return',
      'https://example.gov.uk/highways/gritting',
      'https://example.gov.uk/events/dmhl',
    ]);
    expect(landed).toEqual(hrefs);
    await page.close();
  });

  it('fits a 320-pixel phone screen without sideways scrolling', async () => {
    // prepare
    const { page } = await openEmail({ width: 320, height: 640 });

    // act
    const width = await page.evaluate('document.documentElement.scrollWidth');

    // assert
    expect(width).toBeLessThanOrEqual(320);
    await page.close();
  });

  it("reads each item's facts as label and value, and key dates as a list, to a screen reader", async () => {
    // prepare
    const { page } = await openEmail();

    // act
    const tree = await page.locator('body').ariaSnapshot();

    // assert
    expect(tree).toMatch(/- rowheader "Action required by"\n\s*- cell "Friday 4 December 2026"/);
    expect(tree).toContain('- heading "Before you submit" [level=4]');
    expect(tree).toContain(
      '- listitem: "Friday 4 December 2026: School workforce census return due (statutory)"',
    );
    expect(tree).not.toContain('img');
    await page.close();
  });
});
