import { micromark } from 'micromark';

/**
 * A card's Markdown detail as HTML, through micromark (CommonMark), which
 * escapes any HTML in the source and drops `javascript:` and other unsafe
 * link protocols: a CDS service cannot inject markup or script into the
 * page.
 *
 * @example
 * ```tsx
 * <MarkdownDetail source={'**Ask** about [warfarin](https://example.org/warfarin)'} />
 * ```
 */
export function MarkdownDetail({ source }: { source: string }) {
  return <div className="mw-card__detail" dangerouslySetInnerHTML={{ __html: micromark(source) }} />;
}
