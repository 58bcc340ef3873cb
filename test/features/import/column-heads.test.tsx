// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { ColumnHeads } from '../../../src/features/import/column-heads';

describe('ColumnHeads', () => {
  it('heads each column, in order, as a column header', () => {
    render(
      <table>
        <ColumnHeads names={['行', '列', 'Message']} />
      </table>,
    );
    const heads = screen.getAllByRole('columnheader');
    expect(heads.map((h) => h.textContent)).toEqual(['行', '列', 'Message']);
    expect(heads.every((h) => h.getAttribute('scope') === 'col')).toBe(true);
  });
});
