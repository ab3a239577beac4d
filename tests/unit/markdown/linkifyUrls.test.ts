import { LinkifyIt } from 'linkify-it';
import markdownit from 'markdown-it';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { linkifyUrls } from '../../../src/markdown/linkifyUrls.js';

const samples = [
  '详见https://openai.com/index/gpt-4o。',
  '另见 http://example.com/新闻 与 HTTPS://EXAMPLE.ORG，以及（https://zixun.cn/a）',
  '访问 www.zixun.cn 了解更多',
  '官网 zixun.cn，邮箱 tips@zixun.cn',
  '协议相对 //cdn.zixun.cn/a.js 与 ftp://files.zixun.cn/a',
  'mailto:tips@zixun.cn',
  '版本 3.5 发布，修改 README.md 和 setup.py',
  '纯中文段落，没有任何链接：只有冒号。',
  '英文 GPT-4o 与 SDK、benchmark，提升 79%',
  '[链接](https://zixun.cn/a) 后面还有 https://zixun.cn/b',
  '`https://zixun.cn/code` 代码里不链接',
  '全角 ｈｔｔｐｓ：／／zixun。cn 不是链接',
];

/** markdown-it with linkify-it 6 asked about every text, with no pre-check: the oracle. */
function unfiltered() {
  const md = markdownit({ linkify: true });
  const linkify = new LinkifyIt();
  Object.assign(md, {
    linkify: {
      pretest: () => true,
      test: (text: string) => linkify.test(text),
      match: (text: string) => linkify.match(text),
      matchAtStart: (text: string) => linkify.matchAtStart(text),
    },
  });
  return md;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('linkifyUrls', () => {
  it('links exactly what linkify-it 6 links when asked about every text', () => {
    const oracle = unfiltered();
    const md = markdownit({ linkify: true }).use(linkifyUrls);
    for (const sample of samples) {
      expect(md.render(sample), sample).toBe(oracle.render(sample));
    }
    // The samples must exercise both outcomes, or the comparison proves little.
    expect(samples.filter((sample) => oracle.render(sample).includes('<a href')).length).toBe(6);
  });

  it('ends a bare URL at Chinese punctuation and leaves file names alone', () => {
    const md = markdownit({ linkify: true }).use(linkifyUrls);
    expect(md.render('详见https://openai.com/index/gpt-4o。（https://zixun.cn/a）')).toBe(
      '<p>详见<a href="https://openai.com/index/gpt-4o">https://openai.com/index/gpt-4o</a>。' +
        '（<a href="https://zixun.cn/a">https://zixun.cn/a</a>）</p>\n',
    );
    expect(md.render('修改 README.md 和 setup.py')).toBe('<p>修改 README.md 和 setup.py</p>\n');
  });

  it('skips the scan for text with no link character', () => {
    const scan = vi.spyOn(LinkifyIt.prototype, 'test');
    const md = markdownit({ linkify: true }).use(linkifyUrls);
    md.render('纯中文段落，提升 79%，没有链接');
    expect(scan).not.toHaveBeenCalled();
    md.render('邮箱 tips@zixun.cn');
    expect(scan).toHaveBeenCalledWith('邮箱 tips@zixun.cn');
  });
});
