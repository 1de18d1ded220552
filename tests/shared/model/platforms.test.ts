import { describe, expect, it } from 'vitest';
import { accountIdentityKey, recogniseAccountUrl } from '../../../shared/model/platforms';

describe('recognising an account from a pasted address', () => {
  const cases: [string, string, string][] = [
    ['https://twitter.com/AytoVillanueva', 'x', '@AytoVillanueva'],
    ['https://x.com/aytovillanueva/status/123456', 'x', '@aytovillanueva'],
    ['x.com/cultura_villa?lang=es', 'x', '@cultura_villa'],
    ['https://www.facebook.com/BibliotecaVillanueva/', 'facebook', 'BibliotecaVillanueva'],
    ['https://www.facebook.com/profile.php?id=100064', 'facebook', '100064'],
    ['https://m.facebook.com/pages/Teatro-Municipal/123', 'facebook', '123'],
    ['https://www.instagram.com/turismo.villanueva/', 'instagram', '@turismo.villanueva'],
    ['https://www.youtube.com/@AytoVillanuevaTV', 'youtube', '@AytoVillanuevaTV'],
    ['https://www.youtube.com/channel/UC1234abcd', 'youtube', 'UC1234abcd'],
    ['https://es.linkedin.com/company/ayuntamiento-villanueva', 'linkedin', 'ayuntamiento-villanueva'],
    ['https://www.tiktok.com/@juventud_villa', 'tiktok', '@juventud_villa'],
    ['https://www.threads.net/@aytovillanueva', 'threads', '@aytovillanueva'],
    ['https://bsky.app/profile/villanueva.bsky.social', 'bluesky', 'villanueva.bsky.social'],
    ['https://t.me/avisos_villanueva', 'telegram', '@avisos_villanueva'],
    ['https://whatsapp.com/channel/0029VaABC', 'whatsapp_channel', '0029VaABC'],
    ['https://www.flickr.com/photos/aytovillanueva/albums', 'flickr', 'aytovillanueva'],
    ['https://www.pinterest.es/aytovillanueva/', 'pinterest', 'aytovillanueva'],
    ['https://www.twitch.tv/plenos_villanueva', 'twitch', 'plenos_villanueva'],
    ['https://mastodon.social/@villanueva', 'mastodon', '@villanueva@mastodon.social'],
    ['https://participa.villanueva.example/@agenda', 'mastodon', '@agenda@participa.villanueva.example'],
    ['https://bibliotecavillanueva.blogspot.com/2024/01/post.html', 'blog', 'bibliotecavillanueva'],
    ['https://www.villanueva.example/noticias', 'other', 'noticias'],
  ];
  for (const [text, platform, handle] of cases) {
    it(`${text} → ${platform} ${handle}`, () => {
      expect(recogniseAccountUrl(text)).toMatchObject({ platform, handle });
    });
  }

  it('writes the address the standard way: https, no tracking query, no trailing slash', () => {
    expect(recogniseAccountUrl('http://www.instagram.com/turismo.villanueva/?igshid=abc')?.url).toBe('https://www.instagram.com/turismo.villanueva');
  });

  it('refuses what is not a web address', () => {
    for (const text of ['', 'hola', 'javascript:alert(1)', 'file:///etc/passwd', 'mailto:a@b.es', 'ftp://x.example/a', 'https://localhost/x']) {
      expect(recogniseAccountUrl(text), text).toBeNull();
    }
  });

  it('gives the same identity to one account written in different ways', () => {
    const a = accountIdentityKey({ platform: 'x', handle: '@AytoVillanueva', url: '' });
    const b = accountIdentityKey({ platform: 'x', handle: 'aytovillanueva', url: 'https://x.com/aytovillanueva' });
    expect(a).toBe(b);
    expect(accountIdentityKey({ platform: 'instagram', handle: 'aytovillanueva', url: '' })).not.toBe(a);
    expect(accountIdentityKey({ platform: 'other', handle: '', url: 'http://www.villanueva.example/blog/' })).toBe(
      accountIdentityKey({ platform: 'other', handle: '', url: 'https://villanueva.example/blog' }),
    );
    expect(accountIdentityKey({ platform: 'other', handle: '', url: '' })).toBeNull();
  });
});
