import { describe, expect, it } from 'vitest';
import { type EmailDocument, renderEmail } from '#domain/shared/email-document';

const edition: EmailDocument = {
  title: 'Education weekly: Monday 23 November 2026',
  blocks: [
    { kind: 'heading', level: 1, text: 'Education weekly' },
    {
      kind: 'paragraph',
      content: ['Read the ', { text: 'admissions guidance', href: 'https://example.gov.uk/a' }, '.'],
    },
    {
      kind: 'facts',
      rows: [
        ['Action by', 'Friday 4 December 2026'],
        ['Contact', { text: 'sc@example.gov.uk', href: 'mailto:sc@example.gov.uk' }],
      ],
    },
    { kind: 'list', items: ['Census day', ['Budget ', { text: 'form', href: 'https://example.gov.uk/b' }]] },
    {
      kind: 'box',
      title: 'Key dates',
      blocks: [{ kind: 'list', items: ['Thursday 21 January 2027: spring census'] }],
    },
  ],
};

describe('rendering an email from one set of blocks', () => {
  it('writes real headings, live-text links and a labelled box in the HTML part', () => {
    const { html } = renderEmail(edition);

    expect(html).toContain('<html lang="en-GB">');
    expect(html).toMatch(/<h1[^>]*>Education weekly<\/h1>/);
    expect(html).toMatch(/<a href="https:\/\/example.gov.uk\/a"[^>]*>admissions guidance<\/a>/);
    expect(html).toMatch(/<th scope="row"[^>]*>Action by<\/th>/);
    expect(html).toMatch(/<h2[^>]*>Key dates<\/h2>/);
    expect(html).not.toContain('<img');
  });

  it('says the same in the text part, links written out after their words', () => {
    const { text } = renderEmail(edition);

    expect(text).toContain('Education weekly\n================');
    expect(text).toContain('Read the admissions guidance (https://example.gov.uk/a).');
    expect(text).toContain('Action by: Friday 4 December 2026');
    expect(text).toContain('Contact: sc@example.gov.uk');
    expect(text).toContain('- Budget form (https://example.gov.uk/b)');
    expect(text).toContain('Key dates\n---------\n\n- Thursday 21 January 2027: spring census');
  });

  it('escapes text and never makes a live link of a script or data address', () => {
    const { html } = renderEmail({
      title: 'x',
      blocks: [
        { kind: 'paragraph', content: ['<b>bold</b> & ', { text: 'click', href: 'javascript:alert(1)' }] },
      ],
    });

    expect(html).toContain('&lt;b&gt;bold&lt;/b&gt; &amp; click');
    expect(html).not.toContain('javascript:');
  });
});
