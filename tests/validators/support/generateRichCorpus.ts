import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { baseSettings } from '../../support/buildFixture.js';
import { solidPng } from './solidPng.js';

/** A generated content folder and how many of its articles a production build publishes. */
export interface RichCorpus {
  dir: string;
  published: number;
}

// Chinese, English and symbol keywords, and spellings Zixun folds into one keyword (xAI).
const keywordPool = [
  '人工智能', '大模型', '芯片', '开源', '操作系统', '自动驾驶', '量子计算', '云计算', '智能手机',
  '半导体', '网络安全', '机器人', 'OpenAI', 'Rust', 'Linux', 'Apple', 'NVIDIA', 'WebAssembly',
  'Kubernetes', 'Python', 'RISC-V', 'GitHub', 'C#', 'C++', '.NET', 'Node.js', 'AI 安全', 'Wi-Fi 7',
  'HarmonyOS NEXT', '5G', 'R&D', 'xAI', 'XAI', 'ｘＡＩ',
]; // prettier-ignore

const leadImages = [
  { src: '/images/lead-wide.png', alt: '宽幅封面：深红色背景' },
  { src: '/images/lead-square.png', alt: '方形封面：深灰色背景' },
  { src: '/images/封面图.png', alt: '中文文件名的封面图' },
  { src: '/images/cover.svg', alt: '矢量封面' },
  { src: 'https://img.example.com/remote/cover.jpg', alt: '远程封面图' },
];

/**
 * Writes a seeded site of `count` articles (default 320), into `dir` or a new temp folder, that uses every front-matter field and
 * every page kind: both reference forms, every date form (many early in the morning), lead images
 * that are real files, permalinks, drafts, a future article, and bodies with tables, footnotes and
 * images. Small page sizes give every archive month and the common keywords several pages.
 */
export function generateRichCorpus(
  options: { dir?: string; count?: number; seed?: number; settings?: Record<string, unknown> } = {},
): RichCorpus {
  const { count = 320, seed = 7, settings = {} } = options;
  const rand = mulberry32(seed);
  const int = (min: number, max: number) => min + Math.floor(rand() * (max - min + 1));
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), 'zixun-rich-'));
  write(dir, '_data/site.json', JSON.stringify(siteSettings(settings), null, 2));
  write(dir, 'images/lead-wide.png', solidPng(1200, 675, [160, 24, 24]));
  write(dir, 'images/lead-square.png', solidPng(600, 600, [60, 60, 60]));
  write(dir, 'images/封面图.png', solidPng(800, 450, [20, 90, 160]));
  write(dir, 'images/body.png', solidPng(640, 360, [240, 200, 40]));
  write(dir, 'images/cover.svg', coverSvg);

  let published = 0;
  for (let i = 0; i < count; i++) {
    const draft = i % 100 === 13;
    const future = i === count - 1;
    if (!draft && !future) published++;
    const fields: string[] = [`title: ${JSON.stringify(title(i))}`, `date: ${dateField(i, rand)}`];
    if (future) fields[1] = 'date: 2099-01-01 08:00:00';
    if (i % 3 === 2) fields.push(`updated: 2024-07-${String(1 + (i % 28)).padStart(2, '0')} 09:30`);
    if (i % 6 !== 5) fields.push(`source: ${JSON.stringify(`来源媒体${i % 9}`)}`);
    if (i % 6 !== 5 && i % 2 === 0)
      fields.push(`sourceUrl: https://source.example.com/news/${i}?from=zixun&lang=zh`);
    if (i % 9 !== 4) fields.push(`author: ${JSON.stringify(`作者${i % 17}`)}`);
    if (i % 5 !== 2) fields.push(`editor: 责编${i % 7}`);
    if (i % 23 !== 0) fields.push(`keywords: ${JSON.stringify(keywordsFor(int))}`);
    fields.push(...references(i));
    if (i % 4 === 1)
      fields.push(`summary: ${JSON.stringify(`手写摘要 ${i}：芯片 & <模型> 的"最新"进展。`)}`);
    if (i % 3 === 0) {
      const image = leadImages[(i / 3) % leadImages.length]!;
      fields.push(`image: ${JSON.stringify(image.src)}`, `imageAlt: ${JSON.stringify(image.alt)}`);
    }
    const permalink = permalinks[i];
    if (permalink !== undefined) fields.push(`permalink: ${permalink}`);
    if (draft) fields.push('draft: true');
    // Sub-folders only organise files (Chinese names too); the top level holds some as well.
    const folder = ['2024/ai/', '2024/芯片/', '2024/', ''][i % 4];
    write(dir, `articles/${folder}资讯-${i}.md`, `---\n${fields.join('\n')}\n---\n\n${body(i)}`);
  }
  return { dir, published };
}

const permalinks: Record<number, string> = {
  7: '/special/report-7/',
  77: '/about-77.html',
  177: '/专题/访谈-177/',
};

function title(i: number): string {
  if (i % 11 === 0)
    return `长标题 ${i}：${'国产大模型在推理成本、上下文长度与多模态能力上的全面竞争'.repeat(3)}`;
  if (i % 13 === 1) return `<b>标签</b> & "引号" 与 'C++' 第 ${i} 篇：R&D 投入创新高`;
  return `第 ${i} 篇：OpenAI 与国产芯片厂商的合作进展`;
}

// Every written date form (README, Dates), a fifth of them before 06:00 in the site's time zone.
function dateField(i: number, rand: () => number): string {
  const day = 1 + Math.floor((i * 181) / 320) + (i % 2);
  const hour = i % 5 === 0 ? Math.floor(rand() * 6) : 8 + Math.floor(rand() * 14);
  const [minute, second] = [Math.floor(rand() * 60), Math.floor(rand() * 60)];
  const wall = new Date(Date.UTC(2024, 0, day, hour, minute, second));
  const local = wall.toISOString().slice(0, 19);
  const [datePart, timePart] = local.split('T') as [string, string];
  switch (i % 7) {
    case 0:
      return `${datePart} ${timePart}`;
    case 1:
      return local;
    case 2:
      return `${datePart} ${timePart.slice(0, 5)}`;
    case 3:
      return `${local}+08:00`;
    case 4:
      return `${new Date(wall.getTime() - 8 * 3_600_000).toISOString().slice(0, 19)}Z`;
    case 5:
      return `"${datePart} ${timePart}"`;
    default:
      return datePart;
  }
}

// Zipf-like: the first keywords are common enough for several keyword pages each.
function keywordsFor(int: (min: number, max: number) => number): string[] {
  const chosen = new Set<string>();
  const wanted = int(2, 5);
  while (chosen.size < wanted) {
    const rank = Math.min(int(0, keywordPool.length - 1), int(0, keywordPool.length - 1));
    chosen.add(keywordPool[rank]!);
  }
  return [...chosen];
}

function references(i: number): string[] {
  if (i % 3 === 0) return [];
  const lines = ['references:', `  - https://ref.example.org/资料/${i}?a=1&b=2`];
  if (i % 3 === 2) {
    lines.push(`  - title: ${JSON.stringify(`参考 <${i}> & 报告`)}`);
    lines.push(`    url: https://ref.example.net/report/${i}`);
  }
  return lines;
}

function body(i: number): string {
  return `据报道，第 ${i} 篇稿件讨论了**注意：**国产芯片的进展，参见[官方说明](https://example.com/news/${i})与[全部关键词](/tags/)。

原文写有 <div onclick="alert(1)">原始 HTML</div> 和 <script>alert(1)</script>，应当显示为文字。行内代码 \`a < b && c\`，自动链接 https://example.org/path?q=${i}。

## 背景

第一段背景介绍[^1]。另一段说明引用了第二条脚注[^note]。

![示意图：季度出货量](/images/body.png "季度出货量")

## 背景

重复的小标题应当得到不同的 id。

### 细节 & 数据

| 厂商 | 出货量（万台） | 同比 |
| :--- | :---: | ---: |
| 甲公司 | ${100 + i} | +12% |
| 乙公司 | ${80 + (i % 50)} | -3% |

> 引用段落：业内人士认为，这一趋势将持续。

1. 第一项
2. 第二项，含[归档](/archive/)链接

- 无序列表
- ![远程小图](https://img.example.com/remote/${i}.png)

\`\`\`ts
const html = '<script>alert(${i})</script>';
\`\`\`

---

#### 小结

完。

[^1]: 脚注一，含[链接](https://example.com/footnote/${i})。
[^note]: 脚注二。
`;
}

function siteSettings(overrides: Record<string, unknown>): Record<string, unknown> {
  return {
    ...baseSettings,
    title: '资讯验证站',
    description: '用于外部验证器的生成站点',
    url: 'https://corpus.example.com',
    nav: [
      { title: '首页', url: '/' },
      { title: '人工智能', url: '/tags/人工智能/' },
      { title: '关键词', url: '/tags/' },
      { title: '归档', url: '/archive/' },
    ],
    pageSize: { home: 10, keyword: 5, archive: 10 },
    feed: { items: 30, content: 'full' },
    ...overrides,
  };
}

const coverSvg =
  '<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">' +
  '<rect width="1200" height="630" fill="#333"/></svg>\n';

function write(dir: string, path: string, content: string | Uint8Array): void {
  const file = join(dir, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, content);
}

/** mulberry32: a small seeded PRNG, so the corpus is the same on every run. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
