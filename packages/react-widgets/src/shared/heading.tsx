import type { ReactNode } from 'react';

/** A heading level a widget may be given, so it fits the page's outline. */
export type HeadingLevel = 2 | 3 | 4 | 5;

/**
 * A heading at a chosen level (`<h2>`…`<h5>`). Internal: widgets take a
 * `headingLevel` prop and pass it here.
 *
 * @example
 * ```tsx
 * <Heading level={3} id="risk-title">Risk</Heading>
 * ```
 */
export function Heading({
  level,
  id,
  className,
  children,
}: {
  level: HeadingLevel;
  id?: string;
  className?: string;
  children: ReactNode;
}) {
  const Tag = `h${level}` as const;
  return (
    <Tag id={id} className={className}>
      {children}
    </Tag>
  );
}

/** The heading level one below `level` (never past `<h6>`). */
export function subLevel(level: HeadingLevel): HeadingLevel | 6 {
  return (level + 1) as HeadingLevel | 6;
}
