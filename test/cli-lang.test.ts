/** `--lang` and the `language` field, through the real built command. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';

const pt = 'fixtures/languages/pt-b3c19dd5f061.txt';

describe('wirestory --lang', () => {
  it('detects the language when not given', async () => {
    const result = await runCli([pt, '--compact']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).language).toMatchObject({ code: 'pt', source: 'detected' });
  });

  it('takes the language given', async () => {
    const result = await runCli([pt, '--lang', 'es', '--compact']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).language).toEqual({ code: 'es', confidence: 1, source: 'option' });
  });

  it('refuses a code that is not ISO 639-1: one line, exit 2', async () => {
    const result = await runCli([pt, '--lang', 'por']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('Unknown language `por` for --lang, expected an ISO 639-1 code');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('puts the language in the Markdown front matter', async () => {
    const result = await runCli([pt, '--format', 'md']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^language: pt$/m);
  });

  it('loads the detection library only for a story that needs it', async () => {
    // English, Portuguese, Russian, Japanese: settled by stopwords or script, franc-min never loaded.
    for (const file of ['fixtures/seed/pompeo-lavrov-sochi.txt', pt, 'fixtures/languages/ru-c82b3d1d540b.txt', 'fixtures/languages/ja-85439e26c41c.txt']) {
      const result = await runCli([file], { env: { NODE_DEBUG: 'module' } });
      expect(result.code).toBe(0);
      expect(result.stderr, file).not.toContain('franc-min');
    }
    // Arabic script has no pre-check: franc-min is loaded and answers.
    const arabic = 'عنوان\n\nقال وزير الخارجية إن المحادثات مع الجانب الروسي ستستمر الأسبوع المقبل في العاصمة موسكو بحضور عدد من المسؤولين.\n';
    const result = await runCli(['-'], { input: arabic, env: { NODE_DEBUG: 'module' } });
    expect(result.stderr).toContain('franc-min');
    expect(JSON.parse(result.stdout).language).toMatchObject({ code: 'ar', source: 'detected' });
  });

  it('validate takes `lang` from a config file and refuses a bad one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wirestory-lang-'));
    writeFileSync(join(dir, 'story.txt'), 'Headline here\n\nA body paragraph that says something.\n');
    writeFileSync(join(dir, '.wirestory-validate.json'), JSON.stringify({ require: ['title'], lang: 'fr' }));
    const updated = await runCli(['validate', dir, '--update']);
    expect(updated.code).toBe(0);
    const golden = JSON.parse((await import('node:fs')).readFileSync(join(dir, 'story.expected.json'), 'utf8'));
    expect(golden.language).toEqual({ code: 'fr', confidence: 1, source: 'option' });
    writeFileSync(join(dir, '.wirestory-validate.json'), JSON.stringify({ lang: 'french' }));
    const bad = await runCli(['validate', dir]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Unknown language `french` for `lang`');
  });
});
