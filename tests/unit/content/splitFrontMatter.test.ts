import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from '../../../src/content/splitFrontMatter.js';

const split = (text: string) => splitFrontMatter(text, 'content/articles/a.md');

describe('splitFrontMatter', () => {
  it('splits the YAML fields from the body, which keeps its lines as written', () => {
    expect(split('---\ntitle: 标题\ndate: 2024-05-28 06:30:01\n---\n\n第一段。\n\n## 小标题\n')).toEqual({
      ok: true,
      data: { title: '标题', date: '2024-05-28 06:30:01' },
      body: '\n第一段。\n\n## 小标题\n',
    });
  });

  it('reads Windows and old Mac line ends and a byte-order mark as plain line ends', () => {
    const expected = { ok: true, data: { title: 'a' }, body: '正文\n第二行' };
    expect(split('\uFEFF---\r\ntitle: a\r\n---\r\n正文\r\n第二行')).toEqual(expected);
    expect(split('---\rtitle: a\r---\r正文\r第二行')).toEqual(expected);
  });

  it('allows spaces and tabs after a fence, but nothing else on its line', () => {
    expect(split('--- \t\ntitle: a\n---  \nbody')).toEqual({ ok: true, data: { title: 'a' }, body: 'body' });
    expect(split('---\ntitle: a\n--- x\nbody\n')).toMatchObject({ ok: false });
  });

  it('gives an empty body when the closing fence ends the file, with or without a line end', () => {
    expect(split('---\ntitle: a\n---')).toEqual({ ok: true, data: { title: 'a' }, body: '' });
    expect(split('---\ntitle: a\n---\n')).toEqual({ ok: true, data: { title: 'a' }, body: '' });
  });

  it('reads empty front matter as no fields', () => {
    expect(split('---\n---\nbody')).toEqual({ ok: true, data: {}, body: 'body' });
  });

  it('ends the front matter at the first closing fence; later fences belong to the body', () => {
    expect(split('---\ntitle: a\n---\nabove\n---\nbelow')).toEqual({
      ok: true,
      data: { title: 'a' },
      body: 'above\n---\nbelow',
    });
  });

  it('names the problem when the file has no front matter or no closing fence', () => {
    expect(split('title: a\n')).toMatchObject({
      ok: false,
      problem: { file: 'content/articles/a.md', field: 'front matter', severity: 'error' },
    });
    expect(split('')).toMatchObject({ ok: false });
    const unclosed = split('---\ntitle: a\nbody');
    expect(unclosed.ok === false && unclosed.problem.message).toContain('no closing "---"');
  });

  it('reports a YAML error with its line in the file', () => {
    const result = split('---\ntitle: a\ndate: [\n---\n');
    expect(result.ok === false && result.problem.message).toBe(
      'is not valid YAML at line 4: unexpected end of the stream within a flow collection',
    );
  });

  it('refuses front matter that is a list or a single value', () => {
    expect(split('---\n- a\n---\n')).toMatchObject({ ok: false });
    expect(split('---\njust text\n---\n')).toMatchObject({ ok: false });
  });
});
