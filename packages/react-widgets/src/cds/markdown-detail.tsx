import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';

/**
 * A card's detail as HTML: GitHub-flavoured Markdown, as CDS Hooks
 * specifies (tables, strikethrough, autolinks, task lists), through
 * micromark, which escapes any HTML in the source (raw HTML is never
 * allowed through) and drops `javascript:` and other unsafe link protocols:
 * a CDS service cannot inject markup or script into the page.
 *
 * @example
 * ```tsx
 * <MarkdownDetail source={'**Ask** about [warfarin](https://example.org/warfarin)\n\n| a | b |\n|---|---|\n| 1 | 2 |'} />
 * ```
 */
export function MarkdownDetail({ source }: { source: string }) {
  return (
    <div
      className="mw-card__detail"
      dangerouslySetInnerHTML={{ __html: micromark(source, { extensions: [gfm()], htmlExtensions: [gfmHtml()] }) }}
    />
  );
}
