import { describe, expect, it } from 'vitest';
import {
  RestrictedMarkdownError,
  renderRestrictedMarkdown,
  restrictedMarkdownProblems,
  saysWhereLinkGoes,
} from '#domain/shared/restricted-markdown';

/** Rendering that must fail, returning the error it failed with. */
const refusalOf = (source: string): RestrictedMarkdownError => {
  try {
    renderRestrictedMarkdown(source);
  } catch (error) {
    if (error instanceof RestrictedMarkdownError) return error;
    throw error;
  }
  throw new Error(`expected ${JSON.stringify(source)} to be refused`);
};

describe('restricted Markdown: what council teams may write', () => {
  it('renders headings, paragraphs, lists and links to HTML with inline styles', () => {
    // prepare
    const source =
      '# Deadline\n\nSubmit the **return** by _Friday_: see the [census guide](https://example.gov.uk/census).\n\n- Check pupils\n- Check staff';

    // act
    const { html } = renderRestrictedMarkdown(source);

    // assert
    expect(html).toMatch(/^<h4 style="[^"]+">Deadline<\/h4>/);
    expect(html).toContain('Submit the <strong>return</strong> by <em>Friday</em>: see the ');
    expect(html).toMatch(
      /<a href="https:\/\/example\.gov\.uk\/census" style="color:#1d70b8;[^"]*">census guide<\/a>/,
    );
    expect(html).toMatch(
      /<ul style="[^"]+"><li style="[^"]+">Check pupils<\/li><li style="[^"]+">Check staff<\/li><\/ul>/,
    );
    expect(html).not.toMatch(/<(p|ul|li|h4|a)>/);
  });

  it('says the same in plain text, each link written out after its words', () => {
    // prepare
    const source =
      '# Deadline\n\nSubmit the **return**: see the [census guide](https://example.gov.uk/census).\n\n- Check pupils\n- Check staff';

    // act
    const { text } = renderRestrictedMarkdown(source);

    // assert
    expect(text).toBe(
      'Deadline\n\nSubmit the return: see the census guide (https://example.gov.uk/census).\n\n- Check pupils\n- Check staff',
    );
  });

  it('writes an address once when the link text is the address', () => {
    // prepare
    const source = 'Email <help@example.gov.uk> or visit https://example.gov.uk/help.';

    // act
    const { html, text } = renderRestrictedMarkdown(source);

    // assert
    expect(text).toBe('Email help@example.gov.uk or visit https://example.gov.uk/help.');
    expect(html).toContain('<a href="mailto:help@example.gov.uk"');
    expect(html).toContain('<a href="https://example.gov.uk/help"');
  });

  it('numbers and indents nested lists in the text part, keeping a list that starts at 3', () => {
    // prepare
    const source = '3. Log in\n4. Check:\n   - pupils\n   - staff\n5. Submit';

    // act
    const { html, text } = renderRestrictedMarkdown(source);

    // assert
    expect(text).toBe('3. Log in\n4. Check:\n   - pupils\n   - staff\n5. Submit');
    expect(html).toMatch(/^<ol start="3"/);
    expect(html).toMatch(/<li[^>]*>Check:<ul[^>]*><li[^>]*>pupils<\/li>/);
  });

  it('makes the top heading an h4 under the item headline and never skips a level below it', () => {
    // prepare
    const source = '## Before you start\n\ntext\n\n#### Getting help\n\ntext';

    // act
    const { html } = renderRestrictedMarkdown(source);

    // assert
    expect(html).toMatch(/<h4[^>]*>Before you start<\/h4>/);
    expect(html).toMatch(/<h5[^>]*>Getting help<\/h5>/);
  });

  it('starts headings where it is told: a letter under an h2 has h3 headings', () => {
    // prepare
    const source = '# This term\n\ntext';

    // act
    const { html } = renderRestrictedMarkdown(source, { topHeadingLevel: 3 });

    // assert
    expect(html).toMatch(/^<h3[^>]*>This term<\/h3>/);
  });

  it('escapes what it prints and reads the common character references the same way in both parts', () => {
    // prepare
    const source = 'Years 5 < 6 & "7" &amp; Y8&nbsp;group &#8211; &copy;';

    // act
    const { html, text } = renderRestrictedMarkdown(source);

    // assert
    expect(html).toContain('Years 5 &lt; 6 &amp; &quot;7&quot; &amp; Y8\u00a0group \u2013 &amp;copy;');
    expect(text).toBe('Years 5 < 6 & "7" & Y8\u00a0group \u2013 &copy;');
  });

  it.each([
    [
      'a block of raw HTML',
      '<div>Closed on Friday</div>',
      'raw HTML is not allowed (found "<div>Closed on Friday</div>")',
    ],
    ['inline raw HTML', 'Closed <b>Friday</b>', 'raw HTML is not allowed (found "<b>")'],
    ['a script', '<script>alert(1)</script>', 'raw HTML is not allowed'],
    ['an image', 'Logo: ![ECC logo](https://example.gov.uk/logo.png)', 'images are not allowed'],
    ['a table', '| a | b |\n|---|---|\n| 1 | 2 |', 'tables are not allowed: write a list instead'],
    ['a fenced code block', '```\nx = 1\n```', 'code blocks are not allowed'],
    [
      'a line indented as code',
      'Intro\n\n    Indented by accident',
      'a line indented by 4 spaces is read as code',
    ],
    ['inline code', 'Run `census.exe`', 'code is not allowed (found "`census.exe`")'],
    ['a quote', '> said the inspector', 'quotes are not allowed'],
    ['a horizontal rule', 'a\n\n***\n\nb', 'horizontal rules (---) are not allowed'],
    ['strikethrough', '~~cancelled~~', 'strikethrough is not allowed'],
    ['a task list', '- [ ] check pupils', 'task list boxes ([ ] and [x]) are not allowed'],
    ['a script link', '[guide](javascript:alert(1))', 'links must go to an https:// or mailto: address'],
    [
      'an unencrypted link',
      '[guide](http://example.gov.uk/guide)',
      'links must go to an https:// or mailto: address',
    ],
    ['a data link', '[guide](data:text/html,hello)', 'links must go to an https:// or mailto: address'],
    [
      'link text that says nothing',
      '[Click here](https://example.gov.uk/guide)',
      'link text must say where the link goes',
    ],
    [
      'an image inside a link',
      '[![logo](https://e.org/l.png)](https://example.gov.uk)',
      'images are not allowed',
    ],
  ])('refuses %s with the reason', (_, source, reason) => {
    // prepare: the source above

    // act
    const problems = restrictedMarkdownProblems(source);

    // assert
    expect(problems.some((problem) => problem.includes(reason))).toBe(true);
  });

  it('keeps to plain writing: a text of paragraphs, lists and links has no problems', () => {
    // prepare
    const source =
      'Dear colleagues,\n\n1. one\n2. two\n\n* a\n  * b\n    * c\n\nSee [the guide](https://example.gov.uk/g), **now**.\nLine  \nbreak.';

    // act
    const problems = restrictedMarkdownProblems(source);

    // assert
    expect(problems).toEqual([]);
  });

  it('nests lists three deep but not four', () => {
    // prepare
    const three = '- a\n  - b\n    - c';
    const four = '- a\n  - b\n    - c\n      - d';

    // act
    const problems = [restrictedMarkdownProblems(three), restrictedMarkdownProblems(four)];

    // assert
    expect(problems).toEqual([[], ['lists may be nested 3 deep at most']]);
  });

  it('allows three levels of heading but not four', () => {
    // prepare
    const source = '# a\n\n## b\n\n### c\n\n#### d';

    // act
    const problems = restrictedMarkdownProblems(source);

    // assert
    expect(problems).toEqual(['headings may use 3 levels at most (found 4)']);
  });

  it('says each kind of problem once, with its first example, when rendering is refused', () => {
    // prepare
    const source = '<p>one</p>\n\n<p>two</p>\n\n![a](https://e.org/a.png)';

    // act
    const error = refusalOf(source);

    // assert
    expect(error.name).toBe('RestrictedMarkdownError');
    expect(error.problems).toEqual([
      'raw HTML is not allowed (found "<p>one</p>"): write Markdown instead',
      'images are not allowed (found "![a](https://e.org/a.png)"): link to the page that shows it instead',
    ]);
    expect(error.message).toBe(error.problems.join('; '));
  });

  it.each([
    ['click here', false],
    ['  Read   more ', false],
    ['here', false],
    ['School census guide 2026 to 2027', true],
  ])('judges whether link text %j says where the link goes: %s', (text, says) => {
    expect(saysWhereLinkGoes(text)).toBe(says);
  });
});
