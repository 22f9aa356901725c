import { escapeHtml, htmlDocument } from './email-message.ts';

/** Inline content: plain text, or a link whose text says where it goes. */
export type Inline = string | { readonly text: string; readonly href: string };

/** A run of inline content. */
export type Inlines = Inline | readonly Inline[];

/** One block of an email. Every email is written once as blocks; its HTML and text parts both come from them. */
export type Block =
  | { readonly kind: 'heading'; readonly level: 1 | 2 | 3; readonly text: string }
  | { readonly kind: 'paragraph'; readonly content: Inlines }
  | { readonly kind: 'facts'; readonly rows: readonly (readonly [label: string, value: Inlines])[] }
  | { readonly kind: 'list'; readonly items: readonly Inlines[]; readonly ordered?: boolean }
  /** A boxed aside with a heading (e.g. "Key dates"). */
  | { readonly kind: 'box'; readonly title: string; readonly blocks: readonly Block[] }
  /** A fragment already rendered safely (e.g. restricted Markdown) with its plain-text equivalent. */
  | { readonly kind: 'fragment'; readonly html: string; readonly text: string }
  | { readonly kind: 'rule' };

/** An email's content, before rendering. */
export interface EmailDocument {
  /** The subject, also the HTML document's title. */
  readonly title: string;
  readonly blocks: readonly Block[];
}

const LINK_COLOUR = '#1d70b8';
const HEADING_SIZES = { 1: 27, 2: 22, 3: 19, 4: 19, 5: 19, 6: 19 } as const;
const SAFE_HREF = /^(https?:\/\/|mailto:)/i;

/**
 * The inline styles every email part uses (Outlook ignores style sheets, so each element
 * carries its own). Exported so a fragment rendered elsewhere (restricted Markdown) looks like
 * the blocks around it.
 */
export const EMAIL_STYLES = {
  paragraph: 'margin:0 0 16px 0;',
  list: 'margin:0 0 16px 0;padding:0 0 0 24px;',
  listItem: 'margin:0 0 8px 0;',
  /** Long addresses wrap rather than widen the email past a phone's screen. */
  link: `color:${LINK_COLOUR};text-decoration:underline;overflow-wrap:anywhere;word-break:break-word;`,
  /** Headings 1 to 6: sizes step down from 27px to the 19px body size and stay there. */
  heading: (level: 1 | 2 | 3 | 4 | 5 | 6): string =>
    `font-size:${HEADING_SIZES[level]}px;line-height:1.3;margin:${level <= 3 ? '24px 0 12px 0' : '16px 0 8px 0'};`,
} as const;

const inlines = (content: Inlines): readonly Inline[] =>
  typeof content === 'string' || !Array.isArray(content)
    ? [content as Inline]
    : (content as readonly Inline[]);

/** A link is live text: its words say where it goes. Only web and mail links are made live. */
const inlineHtml = (content: Inlines) =>
  inlines(content)
    .map((part) =>
      typeof part === 'string'
        ? escapeHtml(part)
        : SAFE_HREF.test(part.href)
          ? `<a href="${escapeHtml(part.href)}" style="${EMAIL_STYLES.link}">${escapeHtml(part.text)}</a>`
          : escapeHtml(part.text),
    )
    .join('');

const inlineText = (content: Inlines) =>
  inlines(content)
    .map((part) => {
      if (typeof part === 'string') return part;
      const target = part.href.replace(/^mailto:/i, '');
      return part.text === target || part.text === part.href ? part.text : `${part.text} (${target})`;
    })
    .join('');

const blockHtml = (block: Block): string => {
  switch (block.kind) {
    case 'heading':
      return `<h${block.level} style="${EMAIL_STYLES.heading(block.level)}">${escapeHtml(block.text)}</h${block.level}>`;
    case 'paragraph':
      return `<p style="${EMAIL_STYLES.paragraph}">${inlineHtml(block.content)}</p>`;
    case 'facts':
      // A data table, not a layout one: screen readers then say each label with its value
      // ("Action by, row header: Friday 4 December") rather than one run-on line.
      return `<table cellpadding="0" cellspacing="0" border="0" style="border-collapse:collapse;margin:0 0 16px 0;">${block.rows
        .map(
          ([label, value]) =>
            `<tr><th scope="row" style="text-align:left;padding:4px 16px 4px 0;vertical-align:top;">${escapeHtml(label)}</th><td style="padding:4px 0;vertical-align:top;">${inlineHtml(value)}</td></tr>`,
        )
        .join('')}</table>`;
    case 'list': {
      const tag = block.ordered ? 'ol' : 'ul';
      return `<${tag} style="${EMAIL_STYLES.list}">${block.items
        .map((item) => `<li style="${EMAIL_STYLES.listItem}">${inlineHtml(item)}</li>`)
        .join('')}</${tag}>`;
    }
    case 'box':
      return `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="border-collapse:collapse;margin:0 0 16px 0;"><tr><td style="border-left:6px solid #1d70b8;background:#f3f2f1;padding:12px 16px;"><h2 style="font-size:22px;line-height:1.3;margin:0 0 12px 0;">${escapeHtml(block.title)}</h2>${block.blocks.map(blockHtml).join('\n')}</td></tr></table>`;
    case 'fragment':
      return block.html;
    case 'rule':
      return '<hr style="border:0;border-top:1px solid #b1b4b6;margin:24px 0;">';
  }
};

const blockText = (block: Block): string => {
  switch (block.kind) {
    case 'heading':
      return block.level === 3
        ? block.text
        : `${block.text}\n${(block.level === 1 ? '=' : '-').repeat(block.text.length)}`;
    case 'paragraph':
      return inlineText(block.content);
    case 'facts':
      return block.rows.map(([label, value]) => `${label}: ${inlineText(value)}`).join('\n');
    case 'list':
      return block.items
        .map((item, i) => `${block.ordered ? `${i + 1}.` : '-'} ${inlineText(item)}`)
        .join('\n');
    case 'box':
      return [`${block.title}\n${'-'.repeat(block.title.length)}`, ...block.blocks.map(blockText)].join(
        '\n\n',
      );
    case 'fragment':
      return block.text;
    case 'rule':
      return '----------';
  }
};

/**
 * Renders an email's blocks into its two parts, which therefore say the same thing: accessible,
 * Outlook-safe HTML (table layout, `lang`, real headings, live-text links, inline styles, no
 * images) and plain text (GOV.UK Notify is the public-sector reference for both).
 */
export function renderEmail(document: EmailDocument): { html: string; text: string } {
  return {
    html: htmlDocument(document.title, document.blocks.map(blockHtml).join('\n')),
    text: `${document.blocks.map(blockText).join('\n\n')}\n`,
  };
}
