import { describe, expect, it } from 'vitest';
import { markSegments } from '../../web/panels/marks.ts';

describe('abstract marks', () => {
  it('marks every occurrence, case-insensitively, keeping the text exact', () => {
    const text = 'We propose PatchCore. patchcore beats MVTec AD baselines on MVTec AD.';
    const segs = markSegments(text, [{ text: 'PatchCore', key: 'm' }, { text: 'MVTec AD', key: 'd' }]);
    expect(segs.map((s) => s.text).join('')).toBe(text);
    expect(segs.filter((s) => s.key === 'm').map((s) => s.text)).toEqual(['PatchCore', 'patchcore']);
    expect(segs.filter((s) => s.key === 'd')).toHaveLength(2);
  });

  it('longest term wins and a term inside a longer word is not marked', () => {
    const segs = markSegments('WinCLIP uses CLIP; CLIPboard is not CLIP.', [{ text: 'CLIP', key: 'clip' }, { text: 'WinCLIP', key: 'win' }]);
    expect(segs.filter((s) => s.key).map((s) => `${s.key}:${s.text}`)).toEqual(['win:WinCLIP', 'clip:CLIP', 'clip:CLIP']);
  });

  it('regex characters in names are literal', () => {
    const segs = markSegments('Results on C++ (v2) and CIFAR-10.', [{ text: 'C++ (v2)', key: 'c' }, { text: 'CIFAR-10', key: 'k' }]);
    expect(segs.filter((s) => s.key).map((s) => s.text)).toEqual(['C++ (v2)', 'CIFAR-10']);
  });

  it('hostile markup is only text', () => {
    const text = '<script>alert(1)</script> on UCF-Crime';
    const segs = markSegments(text, [{ text: 'UCF-Crime', key: 'u' }]);
    expect(segs[0].text).toBe('<script>alert(1)</script> on ');
  });
});

describe('abstract marks: a name split otherwise than the term splits it', () => {
  it('marks "MVTec-AD", "MVTecAD" and "UCF Crime" whole for the terms "MVTec AD" and "UCF-Crime", and the shorter alias loses', () => {
    const text = 'Datasets such as MVTec-AD and VisA; MVTecAD, mvtec_ad, MVTec AD and UCF Crime; MVTec alone.';
    const segs = markSegments(text, [
      { text: 'MVTec AD', key: 'd' }, { text: 'MVTec', key: 'd' }, { text: 'VisA', key: 'v' }, { text: 'UCF-Crime', key: 'u' },
    ]);
    expect(segs.map((s) => s.text).join('')).toBe(text);
    expect(segs.filter((s) => s.key).map((s) => `${s.key}:${s.text}`)).toEqual([
      'd:MVTec-AD', 'v:VisA', 'd:MVTecAD', 'd:mvtec_ad', 'd:MVTec AD', 'u:UCF Crime', 'd:MVTec',
    ]);
  });

  it('a split name is still not marked inside a longer word', () => {
    const segs = markSegments('XMVTec-AD and MVTec-ADX are not MVTec-AD.', [{ text: 'MVTec AD', key: 'd' }]);
    expect(segs.filter((s) => s.key).map((s) => s.text)).toEqual(['MVTec-AD']);
  });
});
