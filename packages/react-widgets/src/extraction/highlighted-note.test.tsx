// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Mention } from './describe-mention.js';
import { HighlightedNote } from './highlighted-note.js';

afterEach(cleanup);

const NOTE = 'History of breast cancer in mother.';
const mention = (
  index: number,
  resourceType: string,
  start: number,
  end: number,
  assertions: Mention['assertions'],
  display: string,
): Mention => ({
  index,
  resourceType,
  resource: { resourceType },
  span: { start, end, text: NOTE.slice(start, end) },
  assertions,
  display,
  code: undefined,
  status: undefined,
});
// "breast cancer" (a Condition, historical) holds "cancer" (family history): nested spans.
const MENTIONS = [
  mention(0, 'Condition', 11, 24, ['historical'], 'breast cancer'),
  mention(1, 'FamilyMemberHistory', 18, 24, ['family'], 'cancer'),
];

function Harness() {
  const [selected, setSelected] = useState<number>();
  return (
    <>
      <HighlightedNote text={NOTE} mentions={MENTIONS} selected={selected} onSelect={setSelected} />
      <output>{selected ?? 'none'}</output>
    </>
  );
}

describe('<HighlightedNote> with nested spans', () => {
  it('renders one mark per run, the inner run naming both mentions, and keeps the note’s text', () => {
    const { container } = render(<Harness />);
    const marks = [...container.querySelectorAll('mark')];
    expect(marks.map((m) => [m.dataset.start, m.dataset.end])).toEqual([
      ['11', '18'],
      ['18', '24'],
    ]);
    expect(marks[0]!.getAttribute('aria-label')).toBe('breast HX: Condition: breast cancer (historical)');
    expect(marks[1]!.getAttribute('aria-label')).toBe(
      'cancer FH: FamilyMemberHistory: cancer (family history); Condition: breast cancer (historical)',
    );
    expect(marks[1]!.className).toContain('mw-mark--nested');
    expect(marks[1]!.className).toContain('mw-mark--familymemberhistory');
    // Without the tags, the paragraph reads as the note.
    const text = [...container.querySelector('p')!.childNodes]
      .map((n) => (n.nodeName === 'MARK' ? n.firstChild!.textContent : n.textContent))
      .join('');
    expect(text).toBe(NOTE);
  });

  it('selects the innermost mention by click, Enter or Space, and marks it pressed', () => {
    render(<Harness />);
    const [outer, inner] = screen.getAllByRole('button');
    fireEvent.click(inner!);
    expect(screen.getByRole('status').textContent).toBe('1');
    expect(inner!.getAttribute('aria-pressed')).toBe('true');
    fireEvent.keyDown(outer!, { key: 'Enter' });
    expect(screen.getByRole('status').textContent).toBe('0');
    expect(outer!.getAttribute('aria-pressed')).toBe('true');
    expect(inner!.getAttribute('aria-pressed')).toBe('false');
    fireEvent.keyDown(inner!, { key: ' ' });
    expect(screen.getByRole('status').textContent).toBe('1');
    fireEvent.keyDown(inner!, { key: 'a' });
    expect(screen.getByRole('status').textContent).toBe('1');
  });
});
