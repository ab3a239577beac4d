import markdownit from 'markdown-it';
import { describe, expect, it, vi } from 'vitest';
import { linkifyPrefilter } from '../../../src/markdown/linkifyPrefilter.js';

const samples = [
  '详见https://openai.com/index/gpt-4o。',
  '访问 www.zixun.cn 了解更多',
  '另见 http://example.com/新闻 与 HTTPS://EXAMPLE.ORG',
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

describe('linkifyPrefilter', () => {
  it('renders exactly what linkify-it alone renders', () => {
    const plain = markdownit({ linkify: true });
    const filtered = markdownit({ linkify: true }).use(linkifyPrefilter);
    for (const sample of samples) {
      expect(filtered.render(sample), sample).toBe(plain.render(sample));
    }
    // The samples must exercise both outcomes, or the comparison proves little.
    expect(samples.filter((sample) => plain.render(sample).includes('<a href')).length).toBe(6);
  });

  it('skips the scan for text with no link character', () => {
    const md = markdownit({ linkify: true });
    const scan = vi.spyOn(md.linkify, 'test');
    md.use(linkifyPrefilter);
    md.render('纯中文段落，提升 79%，没有链接');
    expect(scan).not.toHaveBeenCalled();
    md.render('官网 zixun.cn');
    expect(scan).toHaveBeenCalledWith('官网 zixun.cn');
  });
});
