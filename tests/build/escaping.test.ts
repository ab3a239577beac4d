import { beforeAll, describe, expect, it } from 'vitest';
import { fixture, runBuild, type BuildResult } from '../support/buildFixture.js';

let build: BuildResult;
let html: string;

beforeAll(async () => {
  build = await runBuild(fixture('basic'));
  expect(build.code, build.output).toBe(0);
  html = build.read('/2024/05/19/hostile/index.html');
});

describe('hostile article content', () => {
  it('renders markup in every text field as text', () => {
    const $ = build.page('/2024/05/19/hostile/index.html');
    expect($('h1').text()).toBe('<script>alert("title")</script>标题 & 更多');
    expect($('.meta__source').text()).toBe('来源："><img src=x onerror=alert(1)>');
    expect($('.meta__author').text()).toBe('作者：<b>作者</b>');
    expect($('.meta__editor').text()).toBe('责编：编辑</span><script>alert(2)</script>');
    expect(
      $('.keywords a')
        .map((_, a) => $(a).text())
        .get(),
    ).toEqual(['<i>kw</i>', 'a"b']);
    expect($('.references a').text()).toBe('<script>alert(3)</script>参考');
    expect($('meta[name="description"]').attr('content')).toBe('摘要</p><script>alert(4)</script>');
  });

  it('leaves no executable script, event handler or javascript: URL', () => {
    const $ = build.page('/2024/05/19/hostile/index.html');
    const scripts = $('script')
      .map((_, s) => $(s).attr('type') ?? 'classic')
      .get();
    // Only the theme bootstrap, the JSON-LD block and the deferred settings and offline scripts.
    expect(scripts).toEqual(['classic', 'application/ld+json', 'classic', 'classic']);
    expect($('[onerror], [onclick], [onload]').length).toBe(0);
    expect(html.toLowerCase()).not.toContain('href="javascript:');
    expect(html.toLowerCase()).not.toContain('src="javascript:');
    expect($('.article__body img').length).toBe(0);
    expect($('.article__body a').length).toBe(0);
  });

  it('escapes raw HTML in the body instead of passing it through', () => {
    const $ = build.page('/2024/05/19/hostile/index.html');
    expect($('.article__body p').first().text()).toBe('<script>alert(5)</script>');
    expect($('.article__body p').eq(1).text()).toBe('<img src=x onerror=alert(6)>');
  });

  it('keeps </script> inside JSON-LD from closing the element', () => {
    const $ = build.page('/2024/05/19/hostile/index.html');
    const jsonLd = $('script[type="application/ld+json"]').text();
    expect(jsonLd).not.toContain('</script');
    expect((JSON.parse(jsonLd) as { headline: string }).headline).toBe(
      '<script>alert("title")</script>标题 & 更多',
    );
  });

  it('percent-encodes unsafe characters in reference URLs', () => {
    const $ = build.page('/2024/05/19/hostile/index.html');
    expect($('.references a').attr('href')).toBe('https://ref.example.com/?q=%3Cx%3E');
  });
});
