// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { UrlNotice } from '../../src/app/url-notice';

describe('UrlNotice', () => {
  afterEach(() => {
    window.history.replaceState(null, '', '/');
  });

  it('lists a hostile value as text, creating no element from it', () => {
    const payload = '<img src=x onerror="window.__xss=1"><script>window.__xss=1</script>';
    window.history.replaceState(null, '', `/?county=${encodeURIComponent(payload)}`);
    const { container } = render(<UrlNotice />);
    const notice = screen.getByTestId('url-notice');
    expect(notice).toHaveTextContent('<img src=x onerror=');
    expect(container.querySelector('img, script')).toBeNull();
    expect((window as unknown as { __xss?: number }).__xss).toBeUndefined();
  });

  it('renders nothing for a clean link', () => {
    window.history.replaceState(null, '', '/?view=counties&county=宾县');
    const { container } = render(<UrlNotice />);
    expect(container).toBeEmptyDOMElement();
  });
});
