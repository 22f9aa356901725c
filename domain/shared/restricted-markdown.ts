/**
 * Restricted Markdown: the little Markdown council teams may write in an all-schools item's
 * body, rendered to Outlook-safe HTML (inline styles, no images, no style sheets) and to its
 * plain-text twin.
 *
 * Allowed: headings, paragraphs, bulleted and numbered lists (nested up to
 * {@link MAX_LIST_DEPTH} deep), links to `https:` and `mailto:` addresses, bold, italics and
 * hard line breaks. Everything else is refused with a reason, never passed through or silently
 * dropped: raw HTML, images, tables, code, quotes, horizontal rules, strikethrough and task
 * boxes. Schools read this in classic Outlook and on phones (DOMAIN.md section 1); GOV.UK
 * Notify's formatting (headings, paragraphs, bullets, links) is the public-sector reference.
 *
 * Parsing is CommonMark + GFM by `marked` (its lexer only: tokens are walked here, so no HTML
 * that marked would write reaches an email). Character references: the XML five, `&nbsp;` and
 * numeric references are read as the characters they stand for; any other `&name;` is shown
 * as written, in both parts alike.
 */
import { Lexer, type Token, type Tokens } from 'marked';
import { EMAIL_STYLES } from './email-document.ts';
import { escapeHtml } from './email-message.ts';

/** Lists nest at most this deep. */
export const MAX_LIST_DEPTH = 3;
/** At most this many different heading levels in one text. */
export const MAX_HEADING_LEVELS = 3;

/** Link text that does not say where the link goes (WCAG 2.4.4; GOV.UK style: "never use click here"). */
const MEANINGLESS_LINK_TEXT: ReadonlySet<string> = new Set([
  'click here',
  'here',
  'click',
  'link',
  'this link',
  'more',
  'read more',
  'more info',
  'find out more',
]);

/**
 * Whether link text says where the link goes (WCAG 2.4.4 link purpose): not "click here",
 * "here", "read more" and the like, which a screen reader's list of links cannot tell apart.
 */
export const saysWhereLinkGoes = (text: string): boolean =>
  !MEANINGLESS_LINK_TEXT.has(text.trim().replace(/\s+/g, ' ').toLowerCase());

/** The text does not keep to the restricted subset; `problems` says each way it does not. */
export class RestrictedMarkdownError extends Error {
  override readonly name = 'RestrictedMarkdownError';
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super(problems.join('; '));
    this.problems = problems;
  }
}

/** What a text looks like once rendered. */
export interface RenderedMarkdown {
  /** Outlook-safe HTML: inline styles, links only to https: and mailto:. */
  readonly html: string;
  /** The same content as plain text, links written out after their words. */
  readonly text: string;
}

/** Rendering options. */
export interface RenderOptions {
  /**
   * The HTML heading level the text's highest heading becomes (default 4, under an email's h1,
   * section h2 and item h3). Lower headings follow in order, never skipping a level.
   */
  readonly topHeadingLevel?: 1 | 2 | 3 | 4;
}

const lexer = () => new Lexer({ gfm: true, breaks: false });

const snippet = (raw: string): string => {
  const oneLine = raw.trim().replace(/\s+/g, ' ');
  return oneLine.length > 40 ? `${oneLine.slice(0, 39)}…` : oneLine;
};

const SAFE_LINK = /^(https:\/\/[^\s]+|mailto:[^\s@]+@[^\s@]+)$/i;

/** Why a token is outside the subset, or undefined when it is allowed. */
const refusal = (token: Token): string | undefined => {
  switch (token.type) {
    case 'html':
      return `raw HTML is not allowed (found "${snippet(token.raw)}"): write Markdown instead`;
    case 'image':
      return `images are not allowed (found "${snippet(token.raw)}"): link to the page that shows it instead`;
    case 'table':
      return 'tables are not allowed: write a list instead';
    case 'code':
      return (token as Tokens.Code).codeBlockStyle === 'indented'
        ? `code blocks are not allowed (found "${snippet(token.raw)}"): a line indented by 4 spaces is read as code; remove the indent`
        : `code blocks are not allowed (found "${snippet(token.raw)}")`;
    case 'codespan':
      return `code is not allowed (found "${snippet(token.raw)}"): remove the backticks`;
    case 'blockquote':
      return `quotes are not allowed (found "${snippet(token.raw)}"): remove the > at the start of the line`;
    case 'hr':
      return 'horizontal rules (---) are not allowed';
    case 'del':
      return `strikethrough is not allowed (found "${snippet(token.raw)}")`;
    case 'checkbox':
      return 'task list boxes ([ ] and [x]) are not allowed';
    case 'link': {
      const link = token as Tokens.Link;
      if (!SAFE_LINK.test(link.href))
        return `links must go to an https:// or mailto: address (found "${snippet(link.href)}")`;
      if (!saysWhereLinkGoes(plainText(link.tokens)))
        return `link text must say where the link goes, not "${plainText(link.tokens).trim()}"`;
      return undefined;
    }
    case 'list_item':
      return (token as Tokens.ListItem).task ? 'task list boxes ([ ] and [x]) are not allowed' : undefined;
    case 'heading':
    case 'paragraph':
    case 'list':
    case 'text':
    case 'escape':
    case 'strong':
    case 'em':
    case 'br':
    case 'space':
    case 'def':
      return undefined;
    default:
      return `\`${token.type}\` is not allowed`;
  }
};

/** A reason's kind: its words before the example it quotes. */
const kindOf = (reason: string): string => reason.split(' (found')[0]!;

const childrenOf = (token: Token): readonly Token[] => {
  if (token.type === 'list') return (token as Tokens.List).items;
  return ((token as Tokens.Generic).tokens as Token[] | undefined) ?? [];
};

/**
 * Every problem with a token tree in the order found, each kind said once with its first
 * example (`<b>` and `</b>` are one problem: raw HTML).
 */
const problemsOf = (tokens: readonly Token[]): string[] => {
  const found = new Map<string, string>();
  const problems = {
    add: (reason: string) => found.has(kindOf(reason)) || found.set(kindOf(reason), reason),
  };
  const headingDepths = new Set<number>();
  const walk = (list: readonly Token[], listDepth: number) => {
    for (const token of list) {
      const reason = refusal(token);
      if (reason) problems.add(reason);
      if (token.type === 'heading') headingDepths.add((token as Tokens.Heading).depth);
      const depth = token.type === 'list' ? listDepth + 1 : listDepth;
      if (token.type === 'list' && depth > MAX_LIST_DEPTH)
        problems.add(`lists may be nested ${MAX_LIST_DEPTH} deep at most`);
      if (token.type !== 'image' && token.type !== 'table') walk(childrenOf(token), depth);
    }
  };
  walk(tokens, 0);
  if (headingDepths.size > MAX_HEADING_LEVELS)
    problems.add(`headings may use ${MAX_HEADING_LEVELS} levels at most (found ${headingDepths.size})`);
  return [...found.values()];
};

/**
 * Every way `source` strays from the restricted subset, as reasons a person can act on
 * ("raw HTML is not allowed (found `<div>`): write Markdown instead"); empty when it keeps to it.
 */
export const restrictedMarkdownProblems = (source: string): readonly string[] =>
  problemsOf(lexer().lex(source));

// --- rendering -------------------------------------------------------------------------------

const CHARACTER_REFERENCE = /&(#\d{1,7}|#[xX][\da-fA-F]{1,6}|amp|lt|gt|quot|apos|nbsp);/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Reads the character references Markdown authors commonly paste; others stay as written. */
const decodeReferences = (text: string): string =>
  text.replace(CHARACTER_REFERENCE, (whole, name: string) => {
    if (name[0] !== '#') return NAMED[name] ?? whole;
    const code =
      name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)
      ? String.fromCodePoint(code)
      : '\ufffd';
  });

const plainText = (tokens: readonly Token[] | undefined): string =>
  (tokens ?? [])
    .map((token) => {
      switch (token.type) {
        case 'text':
          return (token as Tokens.Text).tokens
            ? plainText((token as Tokens.Text).tokens)
            : decodeReferences((token as Tokens.Text).text);
        case 'escape':
          return (token as Tokens.Escape).text;
        case 'br':
          return '\n';
        case 'link':
          return linkText(token as Tokens.Link);
        default:
          return plainText((token as Tokens.Generic).tokens as Token[] | undefined);
      }
    })
    .join('');

/** A link in plain text: its words, then the address unless the words are the address. */
const linkText = (link: Tokens.Link): string => {
  const words = plainText(link.tokens);
  const target = link.href.replace(/^mailto:/i, '');
  return words === target || words === link.href ? words : `${words} (${target})`;
};

const inlineHtml = (tokens: readonly Token[] | undefined): string =>
  (tokens ?? [])
    .map((token) => {
      switch (token.type) {
        case 'text': {
          const text = token as Tokens.Text;
          return text.tokens ? inlineHtml(text.tokens) : escapeHtml(decodeReferences(text.text));
        }
        case 'escape':
          return escapeHtml((token as Tokens.Escape).text);
        case 'strong':
          return `<strong>${inlineHtml((token as Tokens.Strong).tokens)}</strong>`;
        case 'em':
          return `<em>${inlineHtml((token as Tokens.Em).tokens)}</em>`;
        case 'br':
          return '<br>';
        case 'link': {
          const link = token as Tokens.Link;
          return `<a href="${escapeHtml(link.href)}" style="${EMAIL_STYLES.link}">${inlineHtml(link.tokens)}</a>`;
        }
        default:
          return '';
      }
    })
    .join('');

interface Part {
  readonly html: string;
  readonly text: string;
}

const renderBlocks = (
  tokens: readonly Token[],
  headingLevel: (depth: number) => 1 | 2 | 3 | 4 | 5 | 6,
  indent: string,
): Part[] =>
  tokens.flatMap((token): Part[] => {
    switch (token.type) {
      case 'heading': {
        const heading = token as Tokens.Heading;
        const level = headingLevel(heading.depth);
        return [
          {
            html: `<h${level} style="${EMAIL_STYLES.heading(level)}">${inlineHtml(heading.tokens)}</h${level}>`,
            text: indent + plainText(heading.tokens),
          },
        ];
      }
      case 'paragraph': {
        const paragraph = token as Tokens.Paragraph;
        return [
          {
            html: `<p style="${EMAIL_STYLES.paragraph}">${inlineHtml(paragraph.tokens)}</p>`,
            text: indent + plainText(paragraph.tokens).replace(/\n/g, `\n${indent}`),
          },
        ];
      }
      case 'text': {
        // The words of a tight list item: no paragraph of their own.
        const text = token as Tokens.Text;
        return [
          {
            html: text.tokens ? inlineHtml(text.tokens) : escapeHtml(decodeReferences(text.text)),
            text: indent + plainText([text]).replace(/\n/g, `\n${indent}`),
          },
        ];
      }
      case 'list': {
        const list = token as Tokens.List;
        const start = typeof list.start === 'number' ? list.start : 1;
        const tag = list.ordered ? 'ol' : 'ul';
        const startAttribute = list.ordered && start !== 1 ? ` start="${start}"` : '';
        const items = list.items.map((item, i) => {
          const marker = list.ordered ? `${start + i}. ` : '- ';
          const inner = renderBlocks(item.tokens, headingLevel, ' '.repeat(marker.length));
          const html = inner
            .map((part) =>
              part.html.replace(`style="${EMAIL_STYLES.paragraph}"`, 'style="margin:0 0 8px 0;"'),
            )
            .join('');
          const joined = inner.map((part) => part.text).join('\n');
          const pad = ' '.repeat(marker.length);
          const text = marker + (joined.startsWith(pad) ? joined.slice(pad.length) : joined);
          return { html: `<li style="${EMAIL_STYLES.listItem}">${html}</li>`, text };
        });
        return [
          {
            html: `<${tag}${startAttribute} style="${EMAIL_STYLES.list}">${items.map((i) => i.html).join('')}</${tag}>`,
            text: items
              .map((i) => i.text)
              .join('\n')
              .replace(/^/gm, indent),
          },
        ];
      }
      default:
        // space and link definitions say nothing of their own; everything else was refused.
        return [];
    }
  });

/**
 * Renders restricted Markdown to Outlook-safe HTML and plain text that say the same thing.
 * Throws {@link RestrictedMarkdownError} listing every problem when `source` strays from the
 * subset (see {@link restrictedMarkdownProblems}).
 */
export const renderRestrictedMarkdown = (source: string, options: RenderOptions = {}): RenderedMarkdown => {
  const tokens = lexer().lex(source);
  const problems = problemsOf(tokens);
  if (problems.length > 0) throw new RestrictedMarkdownError(problems);

  // Headings take the next free level from the top, in the order of their Markdown depth:
  // "## a" then "#### b" become h4 and h5, so a screen reader's outline never skips a level.
  const depths = new Set<number>();
  const collect = (list: readonly Token[]) => {
    for (const token of list) {
      if (token.type === 'heading') depths.add((token as Tokens.Heading).depth);
      collect(childrenOf(token));
    }
  };
  collect(tokens);
  const top = options.topHeadingLevel ?? 4;
  const order = [...depths].sort((a, b) => a - b);
  const headingLevel = (depth: number) => (top + order.indexOf(depth)) as 1 | 2 | 3 | 4 | 5 | 6;

  const parts = renderBlocks(tokens, headingLevel, '');
  return { html: parts.map((p) => p.html).join('\n'), text: parts.map((p) => p.text).join('\n\n') };
};
