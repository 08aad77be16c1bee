/**
 * Chinese credit lines at the end of a story: the reporters' credit in brackets closing the last
 * sentence (`…直接受益。（记者周宇）`, `（记者/徐林 通讯员/岳宗）`, `（执笔记者：马湛；参与记者：张修智、林惠芬）`,
 * `（本报记者 刘峰 杜一菲）`, a photographer's `（本报记者徐烨摄）`),
 * or a line of its own (`记者：张三　编辑：李四`, `责任编辑：李四`). Each role, as written, becomes one
 * credit with its names. Anything in the brackets that is neither a role nor a name (`（记者了解到）`
 * is a name-like word, but `（记者从市公安局获悉）` is prose) makes it no credit.
 */
import type { Credit } from '../schema/article.js';

/**
 * Roles a Chinese credit names, the one list of them: credits closing a story read it here, and a
 * wire lead's credit (`新华网北京4月14日电（记者 李童）`, `matchLeadCredit` in `byline.ts`) through
 * {@link matchChineseCredits}. Longer first, so that `责任编辑` is not read as `编辑`.
 */
const CHINESE_ROLES: readonly string[] = [
  '摄影记者', '攝影記者', '执笔记者', '参与记者', '特约记者', '见习记者', '责任编辑', '實習生', '实习生', '通讯员', '通訊員',
  '记者', '記者', '编辑', '編輯', '责编', '摄影', '攝影', '校对', '校對',
];
/** Roles whose names wrote the story (a reporter's, an intern's, a correspondent's; not an editor's or a photographer's). */
const WRITER_ROLE = /(?:[记記]者|实习生|實習生|通讯员|通訊員)$/u;
/** A photojournalist (`摄影记者`, `本报摄影记者`): a reporter's role by its end, but no writer's. */
const PHOTOGRAPHER_ROLE = /[摄攝]影[记記]者$/u;
/**
 * A single-character photographer's mark (`摄：张三`, `（摄 张三）`, `（记者：曾惠君 摄：何加劼）`) at the
 * start or after a separator, followed by a name rather than a role: read as `摄影`.
 */
const PHOTO_MARK = new RegExp(
  `(?<=^|[\\s\u00a0\u3000、，,；;])[摄攝](?=[：:]|[\\s\u00a0\u3000]+(?!${CHINESE_ROLES.join('|')})[^\\s\u00a0\u3000])`,
  'gu',
);
/** `摄影报道` (photographed and reported) after a role's names (`（记者 王磊 摄影报道）`): they stay under their role. */
const PHOTO_REPORTED = /[\s\u00a0\u3000]*[摄攝]影(?:报道|報導|报导|報道)(?=$|[\s\u00a0\u3000、，,；;])/gu;
/** True when a credit's role names the story's writers (`记者`, `本报记者`, `实习生`, `通讯员`; not `摄影记者`). */
export function isChineseWriterRole(role: string): boolean {
  return WRITER_ROLE.test(role) && !PHOTOGRAPHER_ROLE.test(role);
}
/**
 * A role; before a reporter's, a paper's or an agency's name (`本报记者`, `新华社记者`, `人民日报记者`:
 * up to four characters ending in 社, 报, 网 or 台, or 本 and one of them) at the start or after a
 * separator, so that it never takes the end of a name glued before it.
 */
const ROLE_SPLIT = new RegExp(
  `((?<=^|[\\s\u00a0\u3000、，,；;：:/／])(?:本[报刊台网]|[\u4e00-\u9fff]{1,4}[社报网台])(?:${CHINESE_ROLES.filter((role) => /[记記]者$/u.test(role)).join('|')})|${CHINESE_ROLES.join('|')})`,
  'u',
);
/** `报道` (reported) closing a credit's names (`（记者 张三 报道）`, `（记者张三报道）`): no name. */
const REPORTED = /[\s\u00a0\u3000]*(?:报道|報導|报导|報道)$/u;
/** Photographers' names closed by 摄 (`（本报记者徐烨摄）`: 徐烨 took the picture; `张三 摄`). */
const PHOTOGRAPHED = /^(.+?)[\s\u00a0\u3000]*[摄攝]$/u;
/** A name: two to four Han characters, or a transliterated one with `·` inside. */
const NAME = /^(?:[\u3400-\u4dbf\u4e00-\u9fff]{2,4}|[\u3400-\u4dbf\u4e00-\u9fff]{1,8}·[\u3400-\u4dbf\u4e00-\u9fff·]{1,12})$/u;
/** Characters that never stand in a name but make most short phrases (`了解到`, `获悉`, `表示`). */
const NOT_IN_NAME = /[了的到从在是说获悉表示据和与对为将等向称]/u;
/** An address after an editor's name (`卫天成 weitiancheng@wufazhuce.com`): kept in the text, not a name. */
const EMAIL = /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/u;
/** Between names and roles: spaces (a no-break or full-width one too), `、`, commas, semicolons. */
const BETWEEN = /[\s\u00a0\u3000、，,；;]+/u;
/** A bracketed credit closing the last sentence: the sentence (with its end mark) and the brackets. */
const GLUED = /^(.*[。！？”」』])\s*([（(][^（()）]{3,80}[）)])$/u;
/** A quick test before any pattern: the text holds a character of some role. */
const ROLE_CHAR = /[记記编編摄攝通实實校责责执参特见]/u;

/**
 * The credits of a Chinese credit line (in brackets or not), or null when it is not one. With
 * `lead` (a wire lead's credit, `本报讯（记者 李四 摄）`), a writer's names closed by 摄 stay the
 * writer's: the reporter wrote the story and took its picture. Closing a story, they are the photographer's.
 */
export function matchChineseCredits(text: string, line: number, lead = false): Credit[] | null {
  if (text.length > 120 || !ROLE_CHAR.test(text)) return null;
  const bracketed = /^[（(](.*)[）)]$/u.exec(text.trim());
  const inner = (bracketed ? bracketed[1]! : text).trim().replace(PHOTO_REPORTED, '').replace(PHOTO_MARK, '摄影');
  const pieces = inner.split(ROLE_SPLIT);
  // pieces: [before, role, names, role, names, …]; nothing may come before the first role.
  if (pieces.length < 3 || pieces[0]!.trim() !== '') return null;
  const credits: Credit[] = [];
  for (let i = 1; i < pieces.length; i += 2) {
    const role = pieces[i]!;
    const group = pieces[i + 1]!.trim().replace(REPORTED, '').replace(/^[：:/／\s\u00a0\u3000]+/u, '');
    const photographed = PHOTOGRAPHED.exec(group);
    const shot = photographed ? splitNames(photographed[1]!) : [];
    if (shot.length > 0 && shot.every(isName)) {
      credits.push({ role: lead && isChineseWriterRole(role) ? role : '摄影', names: shot, text, line });
      continue;
    }
    const names = splitNames(group);
    if (names.length === 0 || !names.every(isName)) return null;
    credits.push({ role, names, text, line });
  }
  return credits;
}

/** The names of one role, without an editor's address (`卫天成 weitiancheng@wufazhuce.com`). */
function splitNames(group: string): string[] {
  return group.split(BETWEEN).filter((token) => token !== '' && !EMAIL.test(token));
}

function isName(name: string): boolean {
  return NAME.test(name) && !NOT_IN_NAME.test(name);
}

/** `…直接受益。（记者周宇）` → the sentence and the bracketed credit, or null. */
export function gluedChineseCredit(text: string): { rest: string; credit: string } | null {
  if (!ROLE_CHAR.test(text)) return null;
  const match = GLUED.exec(text);
  return match ? { rest: match[1]!, credit: match[2]! } : null;
}
