// Writes a deterministic synthetic corpus of Chinese tech-news articles laid out as a Zixun
// content folder (articles/ plus _data/site.json), for `npm run bench` and the scale test.
// Usage: node scripts/bench/generateCorpus.js --count 4000 [--seed 1] --out /tmp/corpus
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { URL, fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

/** First and last publication instants: three years, written in Beijing time. */
const FIRST_DATE = Date.UTC(2023, 0, 1) - 8 * 3600_000;
const LAST_DATE = Date.UTC(2026, 0, 1) - 8 * 3600_000 - 1000;

// Word parts the generator combines; every keyword, name and sentence is assembled from these.
const words = (text) => text.split(' ');
const CN_PARTS = words(
  '智能 模型 芯片 算力 数据 网络 安全 开源 量子 终端 系统 平台 生态 存储 光刻 电池 屏幕 通信 卫星 视觉 语音 搜索 推荐 引擎 框架 协议 编译 云端 边缘 人工 自动 驾驶 计算 操作 支付 电商 游戏 硬件 软件 手机 汽车 机器人 穿戴 显卡 内存 基站 大 新 具身 多模态 推理 训练 向量 隐私 算法 传感 无人机 折叠 鸿蒙 星链',
);
const EN_HEADS = words(
  'x Open Deep Neo Quantum Rust Node Py Go Hyper Meta Nano Swift Kube Vue Edge Cloud Zen Nova Astra Lumen Flux Vector',
);
const EN_TAILS = words('AI Lab DB OS Net Flow Kit ML GPU Core Hub X');
const SURNAMES = words('王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 林 何');
const GIVEN = words('远 舟 晨 雨 明 思 宁 安 然 一 航 悦 涛 琪');
const OUTLET_TAILS = words('科技 日报 观察 研究院 新闻 前沿 周刊 评论');
const OPENERS = [
  '据悉，',
  '此外，',
  '值得注意的是，',
  '与此同时，',
  '业内普遍认为，',
  '数据显示，',
  '',
  '',
];
const SUBJECTS = words('研究团队 分析师 业内人士 相关负责人 多家厂商 开发者社区 监管部门');
const VERBS = words('宣布推出 发布了新一代 披露了 正在测试 计划在年内上线 回应了关于 公开了');
const NOUNS = words('平台 方案 芯片 模型 服务 标准 工具链 开发板 路线图');
const TAILS = [
  '预计将在下半年大规模落地',
  '首批用户反馈整体积极',
  '但仍有不少问题有待解决',
  '相关 API 已向开发者开放',
  '官方称性能提升约 {n}%',
  '这一数字较去年增长了 {n}%',
  '市场规模有望突破 {n} 亿元',
  '开源版本已在 GitHub 上线',
  '并提供了完整的 SDK 与 benchmark 结果',
  '其 roadmap 显示还将支持更多设备',
];
const HEADINGS = words('背景 技术细节 行业影响 各方回应 后续进展 市场表现 专家观点');

/** A small fast PRNG (mulberry32), so a seed always gives the same corpus. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Generates the corpus in memory and writes it under `dir` when given. Returns every article's
 * front matter (as written) and relative path, so tests can compute expected page counts.
 */
export function generateCorpus({ count, seed = 1, dir }) {
  const rand = random(seed);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const int = (min, max) => min + Math.floor(rand() * (max - min + 1));

  const pool = keywordPool(Math.max(8, Math.round(count / 8)), rand, pick, int);
  const cumulative = zipfCumulative(pool.length);
  const outlets = Array.from({ length: 40 }, () => pick(CN_PARTS) + pick(OUTLET_TAILS));
  const people = Array.from({ length: 60 }, () => pick(SURNAMES) + pick(GIVEN) + pick(GIVEN));

  if (dir) {
    mkdirSync(join(dir, '_data'), { recursive: true });
    writeFileSync(join(dir, '_data/site.json'), siteSettings(pool));
  }
  const articles = [];
  for (let index = 0; index < count; index++) {
    const keywords = drawKeywords(int(3, 5), cumulative, rand).map((rank) =>
      spellingOf(pool[rank], rand),
    );
    const date = FIRST_DATE + Math.floor(rand() * ((LAST_DATE - FIRST_DATE) / 1000)) * 1000;
    const lead = keywords[0].trim();
    const frontMatter = {
      title: `${lead}${pick(VERBS)}${pick(CN_PARTS)}${pick(NOUNS)}：${pick(TAILS).replace('{n}', String(int(3, 90)))}`,
      date: beijingIso(date),
      source: pick(outlets),
      ...(rand() < 0.5 ? { sourceUrl: `https://source.example.com/a/${seed}-${index}` } : {}),
      author: pick(people),
      editor: pick(people),
      keywords,
      references: Array.from({ length: int(1, 2) }, (_, n) =>
        rand() < 0.5
          ? `https://ref.example.org/${index}/${n}`
          : {
              title: `${pick(CN_PARTS)}${pick(NOUNS)}资料`,
              url: `https://ref.example.net/${index}/${n}`,
            },
      ),
    };
    const path = articlePath(index, date, lead, rand);
    articles.push({ path, frontMatter });
    if (dir) {
      const file = join(dir, 'articles', path);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(
        file,
        `${yamlFrontMatter(frontMatter)}\n${body(index, keywords, rand, pick, int)}`,
      );
    }
  }
  return { articles, keywords: pool };
}

/** Distinct keywords: Chinese compounds, English names and symbol forms (C#-, .NET-, Node.js-like). */
function keywordPool(size, rand, pick, int) {
  const pool = [];
  const seen = new Set();
  for (let attempt = 0; pool.length < size; attempt++) {
    if (attempt > size * 50) throw new Error(`[zixun bench] cannot make ${size} distinct keywords`);
    const roll = rand();
    let name;
    if (roll < 0.45) name = pick(CN_PARTS) + pick(CN_PARTS);
    else if (roll < 0.65) name = pick(CN_PARTS) + pick(CN_PARTS) + pick(CN_PARTS);
    else if (roll < 0.85) name = pick(EN_HEADS) + (rand() < 0.3 ? ' ' : '') + pick(EN_TAILS);
    else if (roll < 0.9) name = `${pick(EN_HEADS)} ${pick(EN_TAILS)} ${int(2, 12)}`;
    else if (roll < 0.93) name = `${pick(EN_TAILS)}${rand() < 0.5 ? '#' : '++'}`;
    else if (roll < 0.96) name = `.${pick(EN_HEADS).toUpperCase()}`;
    else if (roll < 0.98) name = `${pick(EN_HEADS)}.js`;
    else name = `${pick(EN_TAILS)}-${int(2, 9)}${rand() < 0.5 ? 'o' : ''}`;
    // A stricter identity than Zixun's, so no two generated keywords can share a slug.
    const identity = name
      .toLowerCase()
      .replace(/#/g, 'sharp')
      .replace(/\+/g, 'plus')
      .replace(/\./g, 'dot')
      .replace(/[^\p{L}\p{N}]/gu, '');
    if (seen.has(identity)) continue;
    seen.add(identity);
    pool.push(name);
  }
  return pool;
}

/** Cumulative Zipf weights (s = 1): rank r is drawn in proportion to 1 / (r + 1). */
function zipfCumulative(size) {
  const cumulative = new Float64Array(size);
  let sum = 0;
  for (let rank = 0; rank < size; rank++) cumulative[rank] = sum += 1 / (rank + 1);
  for (let rank = 0; rank < size; rank++) cumulative[rank] /= sum;
  return cumulative;
}

function drawKeywords(howMany, cumulative, rand) {
  const ranks = [];
  while (ranks.length < Math.min(howMany, cumulative.length)) {
    const target = rand();
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (cumulative[middle] < target) low = middle + 1;
      else high = middle;
    }
    if (!ranks.includes(low)) ranks.push(low);
  }
  return ranks;
}

/** Mostly the keyword as is; sometimes another case, full-width form or stray spaces, which Zixun folds into one keyword. */
function spellingOf(keyword, rand) {
  const roll = rand();
  if (roll < 0.02) return keyword.toUpperCase();
  if (roll < 0.03)
    return keyword.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
  if (roll < 0.04) return ` ${keyword} `;
  return keyword;
}

/** `2024-05-28T06:30:01+08:00`: ISO with the offset, so Zixun and plain Eleventy read the same instant. */
function beijingIso(epochMs) {
  return `${new Date(epochMs + 8 * 3600_000).toISOString().slice(0, 19)}+08:00`;
}

/** Most files in `<year>/<topic>/`, some in `<year>/`, some at the top; names are unique and already slug-shaped. */
function articlePath(index, epochMs, lead, rand) {
  const year = beijingIso(epochMs).slice(0, 4);
  const serial = String(index).padStart(6, '0');
  const latin = /^[a-z0-9-]+$/i.test(lead) ? lead.toLowerCase() : '';
  const name = rand() < 0.3 ? `news-${latin || 'item'}-${serial}` : `资讯${serial}`;
  const roll = rand();
  if (roll < 0.7) return `${year}/${['ai', 'chips', 'web', '产业'][index % 4]}/${name}.md`;
  if (roll < 0.9) return `${year}/${name}.md`;
  return `${name}.md`;
}

/** YAML with every scalar as a JSON string, which YAML reads as a double-quoted string. */
function yamlFrontMatter(data) {
  const lines = ['---'];
  for (const [key, value] of Object.entries(data)) {
    if (key === 'date') lines.push(`date: ${value}`);
    else if (key === 'keywords')
      lines.push(`keywords: [${value.map((k) => JSON.stringify(k)).join(', ')}]`);
    else if (key === 'references') {
      lines.push('references:');
      for (const reference of value) {
        if (typeof reference === 'string') lines.push(`  - ${JSON.stringify(reference)}`);
        else {
          lines.push(`  - title: ${JSON.stringify(reference.title)}`);
          lines.push(`    url: ${JSON.stringify(reference.url)}`);
        }
      }
    } else lines.push(`${key}: ${JSON.stringify(value)}`);
  }
  lines.push('---');
  return `${lines.join('\n')}\n`;
}

/** About 2,000 characters: paragraphs, two `##` headings, a list, a link and sometimes bold text. */
function body(index, keywords, rand, pick, int) {
  const target = int(1850, 2150);
  const sentence = () => {
    const subject = rand() < 0.4 ? keywords[int(0, keywords.length - 1)].trim() : pick(SUBJECTS);
    const object = `${pick(CN_PARTS)}${pick(NOUNS)}`;
    const text = `${pick(OPENERS)}${subject}${pick(VERBS)}${object}，${pick(TAILS).replace('{n}', String(int(3, 90)))}。`;
    return rand() < 0.05 ? `**${text}**` : text;
  };
  const paragraph = () => Array.from({ length: int(4, 7) }, sentence).join('');
  const list = Array.from(
    { length: int(3, 4) },
    () => `- ${pick(CN_PARTS)}${pick(NOUNS)}：${pick(TAILS).replace('{n}', String(int(3, 90)))}`,
  ).join('\n');
  const link = `更多细节可参阅[${pick(CN_PARTS)}${pick(NOUNS)}的官方说明](https://example.com/news/${index})。`;
  const [first, second] = [pick(HEADINGS), pick(HEADINGS)];
  const blocks = [paragraph(), paragraph(), `## ${first}`, paragraph(), list, paragraph(), link];
  blocks.push(`## ${second}`);
  let length = blocks.reduce((sum, block) => sum + block.length, 0);
  while (length < target) {
    const next = paragraph();
    blocks.push(next);
    length += next.length;
  }
  return `${blocks.join('\n\n')}\n`;
}

/** The sample site's settings, the nav pointing at the two most used Chinese keywords (their slug is the keyword). */
function siteSettings(pool) {
  const settings = JSON.parse(readFileSync(join(projectRoot, 'content/_data/site.json'), 'utf8'));
  const chinese = pool.filter((name) => /^\p{Script=Han}+$/u.test(name)).slice(0, 2);
  settings.nav = [
    { title: '首页', url: '/' },
    ...chinese.map((name) => ({ title: name, url: `/tags/${name}/` })),
    { title: '关键词', url: '/tags/' },
  ];
  return `${JSON.stringify(settings, null, 2)}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      count: { type: 'string', default: '4000' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string' },
    },
  });
  if (!values.out)
    throw new Error('[zixun bench] generateCorpus: give --out <folder> to write into');
  const { articles, keywords } = generateCorpus({
    count: Number(values.count),
    seed: Number(values.seed),
    dir: values.out,
  });
  console.log(
    `[zixun bench] ${articles.length} articles, ${keywords.length} keywords → ${values.out}`,
  );
}
