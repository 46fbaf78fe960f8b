/** The browser tests skip on a user's machine without chromium, and fail under CI. */
import { describe, expect, it, vi } from 'vitest';
import { browserAvailability, CHROMIUM } from './browser.ts';

describe('browser availability', () => {
  it('a missing browser is a skip naming the Debian package outside CI', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const r = browserAvailability('/nonexistent/chromium', {});
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toContain("Debian package 'chromium'");
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });

  it('a missing browser under CI=true is an error, not a skip', () => {
    expect(() => browserAvailability('/nonexistent/chromium', { CI: 'true' })).toThrow(/chromium.*CI=true/);
  });

  it('uses Debian\'s chromium', () => {
    expect(CHROMIUM).toBe('/usr/bin/chromium');
  });
});
