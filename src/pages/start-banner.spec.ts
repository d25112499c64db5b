import { startBanner } from 'src/pages/start-banner';

describe('startBanner', () => {
  it('lists each page for this machine and for phones on the network, the demo links last', () => {
    const text = startBanner({
      localBase: 'http://localhost:3000',
      publicBase: 'http://192.168.1.20:3000',
      demoIntake: 'http://192.168.1.20:3000/wish?g=abc',
      demoPassword: 'demo12345',
    });
    expect(text).toContain('本机：http://localhost:3000/app');
    expect(text).toContain('手机（同一网络）和二维码：http://192.168.1.20:3000/app');
    expect(text).toContain('http://192.168.1.20:3000/console');
    expect(text).toContain('http://192.168.1.20:3000/desk');
    expect(text).toContain('http://192.168.1.20:3000/wish?g=abc');
    expect(text).toContain('demo12345');
    expect(text).not.toContain('没有局域网地址');
  });

  it('says how to reach it from a phone when the machine has no network address', () => {
    const text = startBanner({
      localBase: 'http://localhost:3000',
      publicBase: 'http://localhost:3000',
      demoIntake: null,
    });
    expect(text).toContain('本机：http://localhost:3000/console');
    expect(text).not.toContain('和二维码');
    expect(text).not.toContain('演示');
    expect(text).toContain('PUBLIC_BASE_URL');
  });
});
