import { describe, expect, it } from 'vitest';
import { email, markdownText, phone, plainLine, webUrl } from './primitives.ts';

const messages = (r: { error?: { issues: { message: string }[] } }) => r.error?.issues.map((i) => i.message) ?? [];

describe('text fields refuse HTML and script', () => {
  const line = plainLine(200);
  const text = markdownText(2000);
  it.each([
    ['a <b>bold</b> claim', /Remove the HTML "<b>"/],
    ['<script>alert(1)</script>', /Remove the HTML "<script>"/],
    ['an unclosed <script src=https://example.com/x.js', /Remove the HTML "<script"/],
    ['&lt;img src=x onerror=alert(1)&gt;', /Remove the HTML "&lt;i"/],
    ['see javascript:alert(1)', /Remove "javascript:"/],
    ['data:text/html;base64,PHNjcmlwdD4=', /Remove "data:text\/html;"/],
  ])('%s', (input, expected) => {
    expect(messages(line.safeParse(input)).join(' ')).toMatch(expected);
    expect(messages(text.safeParse(input)).join(' ')).toMatch(expected);
  });
  it('accepts ordinary English, including ampersands, apostrophes, "<" in ages and "data:"', () => {
    for (const s of ["Mums & Dads' group", 'For children aged <5 and their carers', 'Your data: we keep it safe', 'Croeso! Zapraszamy. خوش آمدید']) {
      expect(line.safeParse(s).success, s).toBe(true);
    }
  });
});

describe('links in Markdown', () => {
  const text = markdownText(2000);
  it('allows https, http, mailto and tel links', () => {
    expect(text.safeParse('[Book](https://example.org/book), [email](mailto:a@example.org) or [call](tel:01144960123)').success).toBe(true);
  });
  it('refuses other links, inline or as references, and names them', () => {
    expect(messages(text.safeParse('[timetable](www.example.org/t)'))).toEqual([
      expect.stringMatching(/The link "www.example.org\/t" must start with https:\/\//),
    ]);
    expect(messages(text.safeParse('See [1].\n\n[1]: ftp://example.org/file'))).toEqual([
      expect.stringMatching(/The link "ftp:\/\/example.org\/file"/),
    ]);
    expect(messages(text.safeParse('[x](javascript:alert(1))'))).toHaveLength(1);
  });
});

describe('sizes are bounded', () => {
  it('says how long the text is, and does not scan a text far over the limit', () => {
    const r = markdownText(5000).safeParse(`${'word '.repeat(19_000)}<script>`);
    expect(messages(r)).toEqual(['Keep this to 5000 characters or fewer (it has 95,008). Cut it down, or split the service into separate listings.']);
  });
});

describe('contact details', () => {
  it.each(['0114 496 0123', '01632 960123', '07700 900123', '0808 157 0123', '+44 114 496 0123', '(0114) 496 0123'])(
    'accepts the phone number %s',
    (n) => {
      expect(phone.safeParse(n).success).toBe(true);
    },
  );
  it.each(['496 0123', '0114 496 01234 5', '+44 0114 496 0123', 'call 0114 496 0123', '1144960123'])('refuses the phone number %s', (n) => {
    expect(phone.safeParse(n).success).toBe(false);
  });
  it('checks email addresses and web addresses', () => {
    expect(email.safeParse('family.hub@example.org').success).toBe(true);
    expect(email.safeParse('family.hub.example.org').success).toBe(false);
    expect(email.safeParse('a@example').success).toBe(false);
    expect(webUrl.safeParse('https://example.org/a?b=c').success).toBe(true);
    expect(webUrl.safeParse('www.example.org').success).toBe(false);
    expect(webUrl.safeParse('javascript:alert(1)').success).toBe(false);
  });
});

describe('hostile text', () => {
  const line = plainLine(200);
  const text = markdownText(2000);
  it.each([
    ['an unclosed <details open', /Remove "<details": it looks like an HTML tag/],
    ['a comment <!-- x', /Remove "<!--": it looks like an HTML tag/],
    ['see <https://example.org/a> for dates', /Write "https:\/\/example\.org\/a" without the < and >/],
    ['Stay and \u202eyalP', /hidden character \(U\+202E, right-to-left override\) after "Stay and "/],
    ['Stay\u200band Play', /hidden character \(U\+200B, zero-width space\) after "Stay"/],
    ['\u001b[2JCleared', /hidden character \(U\+001B, escape\) at the start/],
  ])('%s', (input, expected) => {
    expect(messages(line.safeParse(input)).join(' ')).toMatch(expected);
    expect(messages(text.safeParse(input)).join(' ')).toMatch(expected);
  });

  it('refuses Markdown images and script links written with a tab, quoting them whole', () => {
    expect(messages(text.safeParse('![](https://tracker.example.com/p.gif)')).join(' ')).toMatch(
      /^Images cannot be shown in listings: remove "!\[\]\(https:\/\/tracker\.example\.com\/p\.gif\)"/,
    );
    expect(messages(text.safeParse('[book](java\tscript:alert(1))')).join(' ')).toMatch(/^The link "java\tscript:alert\(1\)" is a script address/);
  });

  it('still accepts "<" before a number or a space, and Urdu and Welsh text', () => {
    for (const ok of ['Ages < 5 and <11 welcome', 'Parents <-> children', 'والدین کا گروپ', 'Grŵp Chwarae']) {
      expect(line.safeParse(ok).success, ok).toBe(true);
    }
  });
});

describe('emails are a strict addr-spec', () => {
  it.each([
    ['hello?bcc=someone@elsewhere.example&subject=x@example.org', /cannot contain "\?", "&" or "%"/],
    ['a%3Fbcc=b@example.org', /cannot contain/],
    ['name @example.org', /has no spaces/],
    ['<name@example.org>', /without < and >/],
    ['a@b@example.org', /one @/],
    ['name@example', /like name@example\.org/],
  ])('%s', (input, expected) => {
    expect(messages(email.safeParse(input)).join(' ')).toMatch(expected);
  });
  it('accepts ordinary addresses', () => {
    for (const ok of ['hello@example.org', "o'brien+family@mail.example.co.uk", 'first.last@example.com'])
      expect(email.safeParse(ok).success, ok).toBe(true);
  });
});
