/**
 * Boilerplate: the lines of a scraped page that are not story text (page furniture), each with
 * a kind. `clutterKind` names lines that are clutter wherever they stand (`Advertisement`,
 * `Share this story`, `© 2019 …`, `0:00`, a lone `•`); `sectionKind` names headings that open a
 * part of the page after which the story does not go on (`Comments`, `Related stories`,
 * `Sign up for our newsletter`). Both are pure tests of one normalized line.
 */

import { BOILERPLATE_KINDS, type BoilerplateKind } from '../schema/boilerplate-kinds.js';
import { foldUnit, guardWords, wordsIn } from './guard-words.js';
import { lazyPattern, openedBy, openingsMask } from './openers.js';
import { OPENINGS } from './openings.js';

export { BOILERPLATE_KINDS, type BoilerplateKind };

/** Bullets and box characters text browsers put in front of list items. */
export const BULLET = /^[•◦○●□■☆★▪▫▸►‣⁃*+·-]\s/u;
/** Nothing but bullets, rules and punctuation: a list marker left alone, a drawn line. */
const SYMBOLS_ONLY = /^[\s•◦○●□■☆★▪▫▸►‣⁃*+·|/\\_=~#<>^()[\]{}.,:;!?'"`‘’“”«»…–—-]*$/u;
/** Form fields and buttons as w3m draws them: `[          ]`, `[Go]`, `[SUBMIT]`, `[IMG]`. */
const FORM_BOX = /^(?:\S+\s+)?(?:\[[^\]]{0,40}\]\s*)+$/u;
/**
 * A blank w3m form field or check box with its label glued on (`[                    ]Sign Up`,
 * `[ ]Remember me`, `[ ]Save my name, email, and website in this browser for the next time I
 * comment.`): no story line starts with an empty box glued to a word.
 */
const GLUED_BOX = lazyPattern(() => /^\[ *\]\S.{0,150}$/u);
/**
 * A box and its label one space apart are a form's only when the box is a text field (two spaces
 * or more inside, `[                    ] Search`) or the label is a form's (`[ ] Search`,
 * `[ ] By checking this box, I agree to the terms …`, `[ ] Don't show again`): a Markdown task
 * item (`[ ] buy milk`, `- [ ] call the printer`) is text.
 */
const SPACED_BOX = lazyPattern(() => /^\[( *)\] (\S.{0,150})$/u);
const FORM_LABEL = lazyPattern(
  () => /^(?:search|share|show more|go|submit|ok)\b|\b(?:remember me|keep me logged in|agree|e-?mail|notify me|newsletter|terms of|privacy|subscribe|sign (?:up|in)|log ?in|show again)\b/iu,
);
function isLabelledBox(text: string): boolean {
  if (GLUED_BOX().test(text)) return true;
  const box = SPACED_BOX().exec(text);
  return box !== null && (box[1]!.length >= 2 || FORM_LABEL().test(box[2]!));
}
const IMAGE_PLACEHOLDER = /^\[(?:img|image|photo|logo|icon|video|embed)[^\]]*\]$/iu;
/** An image's file name where its picture was (`□ AP_19115488620320.jpg`). */
export const IMAGE_FILE = lazyPattern(() => /^\S+\.(?:jpe?g|png|gif|webp|svg)$/iu);
/**
 * What every {@link IMAGE_FILE} match ends in: the last letter of an extension (`g`, `f` or `p`,
 * in either case; no other character folds to them under `/iu`). The pattern's run of
 * non-spaces otherwise backtracks through a line's first word.
 */
export const imageFileShape = (text: string) => {
  const last = text.charCodeAt(text.length - 1) | 0x20;
  return last === 0x67 || last === 0x66 || last === 0x70;
};

/**
 * `pattern`, tried only on lines where `cheap` finds something. `cheap` must find something in
 * every line `pattern` matches, under the same flags, so the answer is the same: some patterns
 * here (a `\b` under `/iu`, runs of any characters) cost V8 a try at every position of a line,
 * and most lines of prose hold none of their words.
 */
function guarded(cheap: RegExp | ((text: string) => boolean), pattern: RegExp | (() => RegExp)): (text: string) => boolean {
  if (typeof pattern === 'function') {
    // Built on first use (lazyPattern): once the cheap test first passes.
    if (cheap instanceof RegExp) return (text) => cheap.test(text) && pattern().test(text);
    return (text) => cheap(text) && pattern().test(text);
  }
  if (cheap instanceof RegExp) return (text) => cheap.test(text) && pattern.test(text);
  return (text) => cheap(text) && pattern.test(text);
}

const SHARE_WORDS = new Set(
  `share shares shared tweet email e-mail mail print pin pinterest facebook twitter linkedin whatsapp reddit pocket flipboard
  messenger telegram vk sms copy link url save comment comments this story article on via options all sharing the submit
  google+ google plus icon tumblr digg mix line kakaotalk naver band weibo wechat qq pint baixar compartilhar`.split(/\s+/),
);

const ADVERT = lazyPattern(() => new RegExp(
  '^(?:advertisement|advertisements|advertising|advert|adverts|ad|ads|sponsored(?: content| links| stories)?|paid content|' +
    'story continues below(?: advertisement)?|continue reading(?: the main story| below)?|scroll to continue(?: with content)?|' +
    'article continues below(?: advertisement)?|(?:the )?story continues below|supported by|anzeige|werbung|реклама|publicidade|' +
    'publicité|pubblicità|publicidad|anuncie(?: \\S+){0,4}|iklan|광고|広告|广告|buy now|shop now|view deal|see (?:the )?deal|check price)\\W*$',
  'iu',
));

const NAVIGATION = lazyPattern(() => new RegExp(
  '^(?:skip to(?: main)? (?:content|navigation|search|footer)|skip navigation|jump to(?: main)? content|menu|main menu|' +
    'open menu|close menu|toggle navigation|navigation|search|search for|home|homepage|sign in|log in|login|sign up|register|' +
    'log out|logout|my account|subscribe|subscribe now|close|back to top|top|next|previous|next post|previous post|' +
    'next article|previous article|older posts|newer posts|go|submit|sections|more|show more|load more|view more|see more|' +
    'follow us|follow|connect with us|learn more|post navigation|(?:previous|next) post:.*|explore further|contact|contact us|about|about us|topics|tags|теги|filed under|categories|' +
    '\\d+\\s*(?:min|mins|minute|minutes)(?: read| reading)?|reading time:?.*|listen to this article|listen|' +
    'print this page|report|text size|font size|a a a|aa|a\\+ a-|edition|\\d+ of \\d+|image \\d+ of \\d+|photo \\d+ of \\d+)\\W*$',
  'iu',
));

const RELATED = lazyPattern(() => new RegExp(
  '^(?:related(?: articles| stories| coverage| content| posts| news| topics| links| reading)?|read more|read next|read (?:these|this) next|' +
    'read more:.*|related:.*|see also:?.*|see more:.*|also read:?.*|read also:?.*|more from .{1,60}|more on .{1,60}|more in .{1,60}|more stories|more (?:[\\p{L}&]+ ){1,2}(?:news|stories)|' +
    'on [\\w-]+(?:\\.[\\w-]+)*\\.(?:com|org|net): .{1,200}|' +
    'more news|you may (?:also )?like|you might also like|you may be interested in|recommended(?: for you| stories)?|' +
    'most (?:read|popular|viewed|shared|commented)(?: today| now| this week| videos| articles| stories| in the section| view all| in [\\p{L}&]+(?: [\\p{L}&]+){0,2})?|more videos(?: \\.\\.\\.| \\(\\d+ of \\d+\\))?|trending(?: now| stories)?|what to read next|latest(?: news| stories| articles)?|' +
    'more stories like this(?: one)?|top stories|editor.s picks|in other news|more on this story|don.t miss|popular now|around the web|from the web|' +
    'promoted stories|recommended by|voc[êe] (?:também )?pode (?:gostar|se interessar)(?: de| por)?|also on [\\w-]+(?:\\.[\\w-]+)+ .{1,200}|leia também:?.*|leia mais:?.*|veja também:?.*|lesen sie auch:?.*|mehr zum thema|weitere (?:beiträge|artikel)(?: zum thema)?|' +
    'читайте также:?.*|по теме|материалы по теме|leggi anche:?.*|baca juga:?.*)\\W*$',
  'iu',
));

const COMMENTS = lazyPattern(() => new RegExp(
  '^(?:\\d+\\s+)?(?:comments?|responses?|replies|reader comments|discussion)(?:\\s*\\(\\d+\\))?\\W*$|' +
    '^(?:see|view|show|load|read|hide) (?:all )?(?:\\d+ )?(?:comments?|replies)\\W*$|^leave a (?:comment|reply)|' +
    '^post a comment|^add a comment|^join the (?:conversation|discussion)|^comments are closed|^be the first to comment|' +
    '^(?:this|the) (?:discussion|comment section) (?:is|has been) closed|^you must be logged in to post a comment|' +
    '^conversation\\W*$|^tell us what you think\\b|^\\d+ (?:responses|comments|replies|thoughts|reactions) (?:to|on)\\b|' +
    '^(?:permalink|\\d+ comments|comments feed)\\b.{0,60}$|^(?:\\d+ )?comments? (?:powered by|policy)|^комментари|^kommentare\\W*$|^comentários\\W*$',
  'iu',
));

/**
 * A comment's signature line (`Jane Doe on March 3, 2019 at 10:14 am said:`). Its three runs of
 * any characters make V8 backtrack through thousands of splits on a line of prose, so it only
 * runs on lines ending the way it ends, tested with the same flags.
 */
const COMMENT_SIGNATURE = lazyPattern(() => /^.{1,60} (?:on|at) .{0,30}\d{4}.{0,25} (?:said|says|wrote):?$/iu);
export const SIGNATURE_END = lazyPattern(() => / (?:said|says|wrote):?$/iu);
/**
 * What every {@link SIGNATURE_END} match holds, by its last letter: `d`, `s` or `e` (the long s
 * folds to `s` under `/iu`) at the end, or before a final colon. SIGNATURE_END itself is tried at
 * every position of a line (it is anchored at the end only).
 */
export function signatureEndShape(text: string): boolean {
  let end = text.length;
  if (end > 0 && text.charCodeAt(end - 1) === 0x3a) end--;
  if (end === 0) return false;
  const last = text.charCodeAt(end - 1);
  const folded = last | 0x20;
  return folded === 0x64 || folded === 0x73 || folded === 0x65 || last === 0x017f;
}
const isCommentSignature = (text: string) => signatureEndShape(text) && SIGNATURE_END().test(text) && COMMENT_SIGNATURE().test(text);
const isCommentsHeading = openedBy(OPENINGS.COMMENTS, COMMENTS);
/**
 * A comments heading or a comment's signature with its date. Not a bare `Name says:` line: a
 * story introduces its quotes so (`Pompeo later said:`), and a comments line opens the comments
 * to the page's end; the comment threads of the tuning pagedumps are found by their headings.
 * `opens`: the line's {@link OPENED} bits, when known (all bits: not known).
 */
const isComments = (text: string, opens = -1) =>
  ((opens & OPENS_COMMENTS) !== 0 && isCommentsHeading(text)) || isCommentSignature(text);

export const NEWSLETTER = lazyPattern(() => new RegExp(
  '(?:breaking news emails|sign up for (?:our|the|a|free)|sign up to (?:our|the|receive)|subscribe to (?:our|the)|newsletter|' +
    'get (?:our|the) .{1,40} (?:in|to) your inbox|delivered (?:straight )?to your inbox|enter your email|your email address|' +
    'e-mail address|by signing up|by subscribing)',
  'iu',
));
/**
 * A word every {@link NEWSLETTER} match holds, under the same flags (for {@link guarded}): its
 * dozen alternatives tried at every position of a line cost several times these five.
 */
export const NEWSLETTER_WORDS = lazyPattern(() => /news|sign|subscri|inbox|mail/iu);
/** {@link NEWSLETTER_WORDS} as guard words (see {@link wordsIn}). */
export const NEWSLETTER_GUARD = guardWords('news', 'sign', 'subscri', 'inbox', 'mail');
const isNewsletter = guarded((text) => NEWSLETTER_WORDS().test(text), NEWSLETTER);

/**
 * A call to sign up for a newsletter or a subscription, as a sentence of a short line (up to
 * {@link PITCH_MAX} characters): it opens on the call (`Sign up`, `Subscribe`, `Get`, `Join`,
 * `Receive`, `Let`) and names what comes (`newsletter`, `news alerts`, `inbox`, `delivered`) with no
 * comma or sentence end between, and runs to its sentence's end without a comma: NBC's `Get
 * breaking news alerts and special reports. The news and stories that matter, delivered weekday
 * mornings.`, `Let our news meet your inbox. …`, Dealbreaker's `There's plenty more where that
 * came from. Sign up for The Water Coolest today to get the free daily newsletter delivered to
 * your inbox daily.`, MoreBikes' `Get Motor Cycle Monthly delivered through your letterbox every
 * month. …`, pv magazine's `… Stay informed. Join our newsletter.` (51 lines of 29 sites of the
 * tuning pagedumps, none of them story text). A story quoting such a call goes on past a comma
 * (`Get breaking news alerts, the mayor urged …`), or does not open on it (`The app sends
 * breaking news alerts …`).
 */
const pitchFor = (word: string) => `^(?:.*[.!?]["”’]? )?(?:sign up|subscribe|get|join|receive|let)\\b[^.!?,]{0,120}\\b${word}\\b[^.!?,]{0,120}(?:[.!?]["”’]?|$)`;
export const NEWSLETTER_PITCH = lazyPattern(() => new RegExp(['newsletters?', 'news alerts', 'inbox', 'delivered'].map(pitchFor).join('|'), 'iu'));
/** The longest line read as a call to sign up. */
const PITCH_MAX = 250;
/** {@link NEWSLETTER_PITCH} on lines holding one of its words (every match does, under the same flags) only. */
export const NEWSLETTER_PITCH_WORDS = /news|inbox|delivered/iu;
export const NEWSLETTER_PITCH_GUARD = guardWords('news', 'inbox', 'delivered');
const isNewsletterPitch = (text: string, words: number) => text.length <= PITCH_MAX && (words & NEWSLETTER_PITCH_GUARD) !== 0 && NEWSLETTER_PITCH().test(text);
/**
 * A site's pitch for a subscription or a membership under the story, opening on the reader
 * (`If you enjoyed this article, we have a proposition for you: Join NRPLUS. …`, `Need more
 * space? Subscribe to our sister title …`). Anchored at the start: a line of prose fails at once.
 */
const MEMBERSHIP_PITCH = lazyPattern(
  () => /^(?:if you (?:enjoyed|liked|value) (?:this|reading this|our) (?:article|story|post|journalism)\b.{0,80}\b(?:join|subscribe|support|become a member)\b|(?:need|want) more [\p{L} ]{1,30}\? (?:subscribe|sign up|join)\b)/iu,
);
const isMembershipPitchOpening = openedBy(OPENINGS.MEMBERSHIP_PITCH, MEMBERSHIP_PITCH);
/** `opens`: the line's {@link OPENED} bits, when known (all bits: not known). */
const isMembershipPitch = (text: string, opens = -1) => text.length <= 600 && (opens & OPENS_MEMBERSHIP_PITCH) !== 0 && isMembershipPitchOpening(text);

/**
 * Legal links and notices, from the line's start. (`all rights reserved` anywhere in the line is
 * {@link LONG_LEGAL}'s, tried right after this one with the same answer: as an alternative here
 * it made V8 try this whole pattern at every position of every line.)
 */
const LEGAL = lazyPattern(() => new RegExp(
  '^(?:©|\\(c\\) ?(?:19|20)\\d\\d|copyright\\b)|^(?:privacy(?: policy| notice)?|terms(?: of (?:use|service))?|' +
    'terms and conditions|terms & conditions|cookie(?:s| policy| settings| preferences)?|accessibility|site ?map|' +
    'ad choices|do not sell my (?:personal )?info(?:rmation)?|your privacy rights|california privacy rights|careers|' +
    'advertise(?: with us)?|imprint|impressum)\\W*$|^this site is protected by recaptcha\\b',
  'iu',
));

const PLAYER = lazyPattern(() => new RegExp(
  '^(?:\\d{1,2}:\\d{2}(?::\\d{2})?(?: / \\d{1,2}:\\d{2}(?::\\d{2})?)?|now playing|up next|watch next|replay|play|pause|mute|unmute|' +
    'play video|watch video|watch:?|video|full ?screen|exit full ?screen|volume|captions|subtitles|settings|' +
    '(?:duration|length):? \\d{1,2}:\\d{2}.*|this video (?:is|has been).*|' +
    'video (?:player|unavailable).*|media playback is (?:unsupported|not supported) on your device|autoplay.*|loading(?: video)?\\W*|live|' +
    'thanks for watching!? ?(?:visit website)?)\\W*$',
  'iu',
));

/**
 * A player's notice a few words in (`Sorry, your browser does not support HTML5 video`), apart
 * from {@link PLAYER}: trying its run of any characters on every line of prose cost more than
 * the rest of PLAYER together, so it runs only on lines holding the notice, tested with the same flags.
 */
const BROWSER_NOTICE = lazyPattern(() => /^(?:.{0,40}your browser does not support.*)\W*$/iu);
export const BROWSER_NOTICE_WORDS = /your browser does not support/iu;
export const BROWSER_NOTICE_GUARD = guardWords('your browser does not support');

/** An embedded post's text as the BBC prints it in place of the post (`Twitter post by @AOC: Private equity groups’ …`). */
const EMBED_CAPTION = /^(?:twitter|instagram|facebook|youtube) post by @?[\w.]{1,40}:? /iu;
/** A video's caption as the BBC prints it, glued to its label (`Media captionWho is Julian Assange?`). */
const MEDIA_CAPTION = lazyPattern(() => /^media caption\S/iu);

/** Photo agencies and picture desks that end a credit line. */
const AGENCY =
  "getty(?: images?)?|afp|reuters|ap|epa(?:-efe)?|efe|shutterstock|alamy|istock(?:photo)?|bloomberg|associated press|" +
  "the new york times|nyt|redux|zuma(?: press| wire)?|sipa(?: usa)?|rex|sopa images|lightrocket|corbis|imago|dpa|xinhua|" +
  "anadolu(?: agency)?|nurphoto|tass|ria novosti|pool|afp/getty images|[\\p{L}.'’ -]{2,40} (?:images?|photos?|pictures)";

/**
 * `Justin Sullivan/Getty Images`, `(AP Photo/Evan Vucci)`, `Photo: Jane Doe`, `Image copyright Reuters`, `(Image credit: Sierra Nevada Corp.)`.
 * Built on first use, as are {@link AGENCY_LINE}, {@link CAPTION_CREDIT}, {@link CAPITALS_CREDIT} and {@link PROMO} (see lazyPattern).
 */
const CREDIT = lazyPattern(
  `^(?:\\(?(?:ap|afp|reuters|epa) photos?(?:/| by )[^)]{0,60}\\)?|\\(?(?:photo|image|picture|photograph|illustration|graphic|` +
    `credit|foto|imagem|bild|фото)s?(?: by| credit| copyright| source)?\\s*[:©|].{0,120}|image (?:copyright|caption).{0,120}|` +
    `[^.!?]{0,80}(?:/|\\bfor\\b|\\bvia\\b|\\||©)\\s*(?:[\\p{L}.'’ -]{2,40}/)*\\s*(?:${AGENCY})|(?:${AGENCY}))\\W*$`,
  'iu',
);

/** A line that is an agency name alone. */
const AGENCY_LINE = lazyPattern(`^(?:${AGENCY})\\W*$`, 'iu');
/** What {@link CREDIT} needs, cheaply (for {@link guarded}): a credit's separator or picture word. */
const CREDIT_WORDS = lazyPattern(() => /[:©|/]|for|via|photo|image|picture/iu);
const isCreditWithWords = (text: string) => CREDIT_WORDS().test(text) && CREDIT().test(text);

/** The last word of every {@link AGENCY} form that holds neither `image` nor `photo`. */
const AGENCY_LAST_WORDS =
  'getty|afp|reuters|ap|epa|efe|shutterstock|alamy|istock|bloomberg|press|times|nyt|redux|zuma|wire|sipa|usa|rex|lightrocket|corbis|imago|dpa|xinhua|anadolu|agency|tass|novosti|pool|pictures';
/**
 * What every match of {@link CREDIT}, {@link AGENCY_LINE} and {@link CAPITALS_CREDIT} holds,
 * under the same flags: one of CREDIT's picture words (`Photo: …`, `(AP Photo/…)`, `Image
 * copyright …`, `Illustration: …`), or an agency's last word ending the line (`… for Reuters`,
 * `ITV, ASSOCIATED PRESS`). Those patterns, with their `\p{L}` runs under `/iu`, cost V8
 * several milliseconds each to compile on first use, most of a one-story run's page check,
 * and {@link CREDIT_WORDS} alone lets nearly every headline through (its `for`, the colon of a
 * time).
 */
export const CREDIT_SHAPE = lazyPattern(() => new RegExp(`photo|image|picture|illustration|graphic|credit|foto|bild|фото|(?:${AGENCY_LAST_WORDS})\\W*$`, 'iu'));
/** {@link CREDIT_SHAPE}'s picture words, as guard words. (CREDIT_SHAPE itself is the reference {@link creditShape} is tested against.) */
const PICTURE_GUARD = guardWords('photo', 'image', 'picture', 'illustration', 'graphic', 'credit', 'foto', 'bild', 'фото');
/** {@link CREDIT_SHAPE}'s agency words, folded, by their last unit. */
const AGENCY_BY_LAST = new Map<number, number[][]>();
for (const word of AGENCY_LAST_WORDS.split('|')) {
  const units = [...word].map((ch) => foldUnit(ch.charCodeAt(0)));
  const last = units[units.length - 1]!;
  AGENCY_BY_LAST.set(last, [...(AGENCY_BY_LAST.get(last) ?? []), units]);
}

/** `\w` under `/iu`, one code unit: ASCII letters, digits and `_`, and the long s and the Kelvin sign, which fold to `s` and `k`. */
const isWordUnit = (unit: number) =>
  (unit >= 0x61 && unit <= 0x7a) || (unit >= 0x41 && unit <= 0x5a) || (unit >= 0x30 && unit <= 0x39) || unit === 0x5f || unit === 0x017f || unit === 0x212a;

/**
 * `CREDIT_SHAPE.test(text)`, the same answer sooner. As one pattern, its last part (an agency's
 * word, then `\W*$`) had V8 try thirty words at every position of every line, five times the
 * cost of the rest. Every agency word ends in a letter, so a match of it ends exactly where the
 * line's trailing run of non-word characters (`\W` under the same flags) begins: the words
 * ending in that place's letter are compared there, folded as `/iu` folds them. `words` is
 * `wordsIn(text)` when the caller has it.
 */
export function creditShape(text: string, words: number = wordsIn(text)): boolean {
  if ((words & PICTURE_GUARD) !== 0) return true;
  let end = text.length;
  // One code unit at a time: the two halves of a surrogate pair are each \W, as the pair is.
  while (end > 0 && !isWordUnit(text.charCodeAt(end - 1))) end--;
  if (end === 0) return false;
  const candidates = AGENCY_BY_LAST.get(foldUnit(text.charCodeAt(end - 1)));
  if (candidates === undefined) return false;
  return candidates.some((units) => {
    const from = end - units.length;
    if (from < 0) return false;
    for (let k = 0; k < units.length - 1; k++) if (foldUnit(text.charCodeAt(from + k)) !== units[k]) return false;
    return true;
  });
}
/** A credit line, once {@link creditShape} holds. */
const isCreditShaped = (text: string) => AGENCY_LINE().test(text) || isCreditWithWords(text);

/**
 * A caption that ends in its credit: `… last week.Credit...Anna Moneymaker/The New York Times`,
 * `WikiLeaks founder Julian Assange (AFP)`, `… 2001 [File: Reuters]`, `… in Alaska. (Pat Foran/CTV News Toronto)`, `a person sitting on a bed© Amazon`,
 * `… Photograph by Robyn Beck/AFP/Getty Images`.
 */
const CAPTION_CREDIT = lazyPattern(
  `(?:credit\\.\\.\\.|credit: |photograph: |photo: |image: |picture: |photograph by |photo by |\\((?:photos?|images?|pictures?|file)(?: by|:) |\\[file: |© ?)[^.!?]{0,80}$|` +
    `\\((${AGENCY})(?:/[^)]{0,60})?\\)$|\\((?:www\\.)?[a-z0-9-]+\\.(?:com|org|net|gov|edu)\\)$|\\[(?:file: )?(${AGENCY})\\]$|\\[[^\\]]{2,40} via [^\\]]{2,40}\\]$|\\((?:\\p{Lu}[^()/]{1,40}\\s?/\\s?)+\\p{Lu}[^()/]{1,40}\\)$`,
  'iu',
);
/**
 * A long caption that names its photographer at its end, as Fox prints its pictures' captions
 * (`Braun’s Ithaca Holdings acquired Big Machine Label Group, … 2014’s “1989.” (Photos by Richard
 * Shotwell, left, and Mark Von Holden/Invision/AP)`, over 200 characters): a story's paragraph
 * names no photographer.
 */
const LONG_CAPTION = lazyPattern(() => /\((?:photos?|images?|pictures?)(?: by|:) [^.!?()]{1,80}\)$/iu);
/**
 * What every {@link CAPTION_CREDIT} match holds (for {@link guarded}): a credit's opening word,
 * or the bracket that ends the line (a line holding a bracket anywhere, as a dateline's
 * `(Reuters) -` does, compiled the pattern for nothing).
 */
export const CAPTION_CREDIT_WORDS = /credit|photo|image|picture|file|©|[)\]]$/iu;
const CAPTION_CREDIT_GUARD = guardWords('credit', 'photo', 'image', 'picture', 'file', '©');
/** `CAPTION_CREDIT_WORDS.test(text)` from the text's guard words. */
export const captionCreditShape = (text: string, words: number) => (words & CAPTION_CREDIT_GUARD) !== 0 || text.endsWith(')') || text.endsWith(']');
/**
 * An agency's short name in brackets is printed in capitals (`(AFP)`, `(EPA)`) or all in lower
 * case (`(dpa)`, `(dpa/lby)`, `(afp)`): one opening in lower case with a capital after it is the
 * text's own abbreviation, as a story writes it after the words it stands for (`… Die
 * elektronische Patientenakte (ePA)`, a paragraph of a German page, pagedumps 57b4dafd18cf), two
 * to four letters. Tested without `/i` (CAPTION_CREDIT's agencies match in any case); a longer
 * name so mixed is the agency's own spelling (`(iStock)`).
 */
const OWN_ABBREVIATION = lazyPattern(() => /^(?=[\p{L}-]{2,4}$)\p{Ll}+\p{Lu}/u);
function isCaptionCredit(text: string, words: number): boolean {
  if (!captionCreditShape(text, words)) return false;
  const match = CAPTION_CREDIT().exec(text);
  if (match === null) return false;
  const agency = match[1] ?? match[2];
  return agency === undefined || !OWN_ABBREVIATION().test(agency);
}

/**
 * The date AP's captions give their picture (`In this Dec. 12, 2006, file photo, …`, `In this
 * Sunday, Nov. 10, 2019, photograph, …`, `This March 28, 2017, file photo, provided by …`), as
 * USA Today, CTV and the Houston Chronicle print them: a weekday maybe, a month, a day, a year.
 */
const CAPTION_DATE = '(?:\\p{L}+day, )?(?:\\p{L}{3,9}\\.? \\d{1,2}, \\d{4}, )?';
/**
 * Photo captions by their opening (`In this photo issued by ITV, …`, `FILE PHOTO: …`, `Pictured: …`),
 * image descriptions as MSN prints them (`a group of people standing in a room: …`), and a
 * credit in capitals (`ITV, ASSOCIATED PRESS`).
 */
const CAPTION_START = lazyPattern(() => new RegExp(
  `^(?:in (?:this|these|a) ${CAPTION_DATE}(?:[\\w-]+ ){0,2}(?:photos?|photographs?|images?|pictures?|frame grab|screenshot)\\b|(?:this|these) ${CAPTION_DATE}(?:[\\w-]+ ){0,2}(?:photos?|photographs?|images?),? (?:shows?|taken|released|provided|made)\\b|` +
    `file photo\\b|file - |pictured:|photo illustration\\b)`,
  'iu',
));
/**
 * A picture's agency ending a long caption: in brackets, named last (`(ITV via AP)`, `(NASA via
 * AP, File)`; `(AP Photo/Patrick Semansky, File)` is {@link CAPTION_CREDIT}'s), or alone after
 * the caption's last sentence (Reuters' `FILE PHOTO: The WeWork logo is displayed … in New York.Reuters`).
 */
const CLOSING_AGENCY = lazyPattern(`(?:\\((?:[^()]{1,60}[ /])?(?:${AGENCY})(?:, file)?\\)|[.!?]["”’]? ?(?:${AGENCY}))$`, 'iu');
/**
 * A long line's credit, which a story's paragraph does not carry: a `©` (MSN prints it inside
 * its image descriptions, `…in Washington.© John Brecher Needle poking …`), a credit ending the
 * line ({@link CAPTION_CREDIT}, {@link LONG_CAPTION}, {@link CLOSING_AGENCY}).
 */
function carriesCredit(text: string): boolean {
  if (text.includes('©') || isCaptionCredit(text, wordsIn(text))) return true;
  return (text.endsWith(')') && LONG_CAPTION().test(text)) || CLOSING_AGENCY().test(text);
}
/** Built on first use (lazyPattern): building its `\p{Lu}` set at load cost every run. */
const IMAGE_DESCRIPTION = lazyPattern(() => /^(?:a|an) [a-z][^:.]{2,60}: \p{Lu}/u);
const CAPITALS_CREDIT = lazyPattern(`^[^,]{2,40}, (?:${AGENCY})$`, 'iu');

/**
 * A person's name: two to four words, each a capital and lower-case letters or an initial
 * (`Jason Cipriani`, `Amy K. Dragoo`, `Al Goldis`); not words in capitals (a headline's `NORSK DATA A/S`).
 */
const NAME_WORD = "\\p{Lu}(?:\\p{Ll}[\\p{L}'’-]*|\\.)";
const CREDIT_NAME = `${NAME_WORD}(?: ${NAME_WORD}){1,3}`;
/**
 * A picture's credit naming its photographer, as sites print it under the picture: the name
 * over the outlet with a slash (`Jason Cipriani/ZDNet`, `Amy K. Dragoo/AIMMEDIA`), the name and
 * an agency after a comma (`Michael Conroy, AP`, `Al Goldis, Associated Press`), or `Courtesy
 * of …` (`Courtesy of Andrew Vaughan`, `Courtesy Google`). No sentence: a line of prose has
 * words in lower case between its capitals, or a full stop.
 */
const NAME_SLASH_OUTLET = lazyPattern(`^${CREDIT_NAME} ?/ ?\\p{Lu}[\\p{L}\\d.&'’ -]{1,40}$`, 'u');
const NAME_COMMA = lazyPattern(`^${CREDIT_NAME}, (.{2,40}?)(?: file| photo)?$`, 'u');
const COURTESY = lazyPattern(() => /^(?:[Pp]hoto )?[Cc]ourtesy(?: of)? [^.!?]{2,60}$/u);
function isNamedCredit(text: string): boolean {
  if (text.length > 120) return false;
  if (text.includes('/')) return NAME_SLASH_OUTLET().test(text);
  if (text.includes(', ')) {
    const agency = NAME_COMMA().exec(text)?.[1];
    return agency !== undefined && AGENCY_LINE().test(agency);
  }
  return (text.startsWith('Courtesy') || text.startsWith('courtesy') || text.startsWith('Photo c')) && COURTESY().test(text);
}

/**
 * The caption shapes that say nothing on their own: a name over an outlet, a `Courtesy …` line,
 * a file name. Under a picture on a page they are its credit; in a clean story the same shapes
 * are a headline (`Courtesy Calls Are Making a Comeback`), a list of names with their papers or
 * of environment variables (`AWS_SECRET_ACCESS_KEY`) or model names (`Claude-3-Opus`). So they
 * never make a text a page, nor leave the top of a text that is none (see `findPage`,
 * `claimClutter`): only a page's other clutter lets them go.
 */
export function isWeakCaption(text: string): boolean {
  if (!isNamedCredit(text) && !isImageSlug(text)) return false;
  // A credit naming an agency or a picture desk (`Justin Sullivan/Getty Images`) is a caption by the
  // tests `clutterKind` runs first: a sign of a page, as before these shapes.
  const words = wordsIn(text);
  if (creditShape(text, words) && !/\p{Ll}[.!?]["”’]?$/u.test(text) && isCreditShaped(text)) return false;
  return !(text.length <= 300 && isCaptionCredit(text, words));
}

/** A breadcrumb trail: `BLOG > Nutrition > Meal Plans`, `Home » Column »`, `Главная » Интересное`. */
const BREADCRUMB = lazyPattern(() => /^[^>».,;!?]{1,40}(?: [>»] [^>».,;!?]{1,40}…?){1,6}(?: [>»])?$/u);
/** Looked for by its arrow alone first: a search that starts with a space stops at every space of a line. */
const hasCrumbArrow = (text: string) => (text.includes('>') || text.includes('»')) && (text.includes(' > ') || text.includes(' » '));
export const isBreadcrumb = (text: string) => hasCrumbArrow(text) && BREADCRUMB().test(text);

/** A story's tag list under it (`Tags: BGR Deals`, `Tags Kristi Noem South Dakota`): no sentence in it. */
const TAG_LIST = lazyPattern(() => /^Tags:? [^.!?]{1,150}$/u);

/**
 * A teaser link with its tag in capitals, as the Express prints them between paragraphs (`China
 * furious at Macron for Hong Kong protest jibe [INSIGHT]|`, `… [NEWS]`, `… [WARNING]`, `… [WATCH]`):
 * no sentence end before the tag (`The officer said he had seen the footage. [VIDEO]` is prose).
 */
const TAGGED_TEASER = lazyPattern(() => /^[^.!?]{10,200} \[\p{Lu}{3,12}\]\|?$/u);
const isTaggedTeaser = (text: string) => (text.endsWith(']') || text.endsWith(']|')) && TAGGED_TEASER().test(text);

/**
 * A picture's file name without its extension, as w3m prints it for the picture's alt text or
 * title: an agency's slug (`FILES-US-MEDIA-NEWSPAPER-MERGER-GANNETT-TRONC`,
 * `TOPSHOT-FBL-MEX-DORADOS-JUAREZ-MARADONA`), a site's file (`NBC_OTS_CONSUMER_DFW`,
 * `EPA_Visualisierung`, `google-stadia-pax-west-2019-1200x900`, `milano-design-week-2018-flos-…-01`),
 * an icon's (`arrow_forward_ios`). One word of letters and digits in parts joined by `_`, two of
 * them or more holding letters; or joined by `-` only, in three parts or more, two holding
 * letters, and all in capitals, in five parts or more, or with a part holding a digit (a
 * compound word, `mother-in-law`, `state-of-the-art`, has none of these; a phone number or a
 * date has no letters). Built on first use (lazyPattern): only a line holding `_` or `-` asks
 * for it, and building its `\p{L}` sets at load cost every run.
 */
const SLUG = lazyPattern(() => /^[\p{L}\d]+(?:[-_][\p{L}\d]+){1,20}$/u);
function isImageSlug(text: string): boolean {
  if (text.length < 5 || text.length > 100 || (!text.includes('_') && !text.includes('-')) || !SLUG().test(text)) return false;
  const parts = text.split(/[-_]/u);
  const lettered = parts.filter((part) => /\p{L}/u.test(part)).length;
  if (lettered < 2) return false;
  if (text.includes('_')) return true;
  return parts.length >= 3 && (parts.length >= 5 || text === text.toUpperCase() || parts.some((part) => /\d/u.test(part)));
}

/** A picture w3m draws as `[ ]` at the end of its caption (`The core stage of the first SLS … after the installation [ ]`). */
const PICTURE_WITH_CAPTION = lazyPattern(() => /^\S+(?: \S+){3,40} \[ \]$/u);

/** A video teaser with the player's label glued on (`Taylor Swift: 10 things you didn't knowVideo`). */
const isVideoTeaser = (text: string) => text.endsWith('Video') && text.length <= 200 && /[\p{Ll}\d!?'’]Video$/u.test(text);

/**
 * The site asking for a follow, a membership or money (`Follow Newsbeat on Instagram, …`,
 * `Join our Space Forums to keep talking space …`, `Support Snopes and make a difference …`,
 * `Subscribe to AppleInsider on YouTube`).
 */
const PROMO_NAME = '[\\p{Lu}\\d][\\p{L}\\d.-]*';
/**
 * Case-sensitive (the site's name is capitalized: `Support the strike` is prose): run on the
 * line with its first letter lowered and the fixed words matched in either case.
 */
const PROMO = lazyPattern(
  `^(?:follow (?:[Uu]s|[Mm]e|${PROMO_NAME}(?: ${PROMO_NAME}){0,2})$|` +
    `follow (?:[Uu]s|[Mm]e|@\\w{1,30}|${PROMO_NAME}(?: ${PROMO_NAME})?) [Oo]n (?:[Tt]witter|[Ff]acebook|[Ii]nstagram|[Yy]ou[Tt]ube|[Ll]inked[Ii]n|[Ss]ocial [Mm]edia)\\b|` +
    `join (?:our|the) (?:[\\p{L}-]+ ){0,3}(?:[Ff]orums?|[Cc]ommunity|[Nn]ewsletter|[Mm]ailing [Ll]ist)\\b|` +
    `support ${PROMO_NAME}(?: ${PROMO_NAME})? (?:so|and|by|today)\\b|subscribe to ${PROMO_NAME}(?: ${PROMO_NAME})? (?:on|by|via)\\b)`,
  'u',
);
/** The words a {@link PROMO} line opens with. */
const PROMO_OPENING = lazyPattern(() => /^(?:follow|join|support|subscribe) /iu);
/** `opens`: the line's {@link OPENED} bits, when known (all bits: not known). */
const isPromo = (text: string, opens = -1) =>
  text.length <= 300 && (opens & OPENS_PROMO_OPENING) !== 0 && PROMO_OPENING().test(text) && PROMO().test(text.charAt(0).toLowerCase() + text.slice(1));

/** Legal notices that run long: copyright lines, cookie banners, trademark notices. */
const LONG_LEGAL = lazyPattern(
  () => /^(?:©|copyright\b)|all rights reserved|^welcome to .{1,60} european union experience$|^(?:this|our) (?:web)?site uses cookies|\bwe use cookies\b|\bby (?:continuing to (?:use|browse)|using) (?:this|our) (?:web)?site\b|are (?:registered )?trademarks of\b|\bis subject to copyright\b|^citation: .{10,300} retrieved .{5,60} from https?:\/\/\S+$/iu,
);
/**
 * Words every {@link LONG_LEGAL} match holds, with the same flags. LONG_LEGAL's `\b` under
 * `/iu` makes V8 try its alternatives slowly at every position of a line, and most lines hold
 * none of these words: looking for them first gives the same answer in a tenth of the time.
 */
export const LONG_LEGAL_WORDS = /©|copyright|all rights reserved|european union experience|cookies|by (?:continuing|using)|trademarks|retrieved/iu;
/**
 * {@link LONG_LEGAL_WORDS} in three parts, the same answer: as one pattern, its one-character
 * `©` and the space in `by …` kept V8 from skipping ahead (its Boyer-Moore lookahead), so it
 * tried every alternative at every position, four times the cost of the parts together. No
 * other character folds to `©`, so `includes` finds it under `/iu` too.
 */
const LONG_LEGAL_LONG_WORDS = /copyright|all rights reserved|european union experience|cookies|trademarks|retrieved/iu;
const LONG_LEGAL_BY = /by (?:continuing|using)/iu;
export const hasLongLegalWords = (text: string) => text.includes('©') || LONG_LEGAL_LONG_WORDS.test(text) || LONG_LEGAL_BY.test(text);
const isLongLegal = guarded(hasLongLegalWords, LONG_LEGAL);
/** {@link LONG_LEGAL_WORDS} as guard words. */
export const LONG_LEGAL_GUARD = guardWords(
  '©',
  'copyright',
  'all rights reserved',
  'european union experience',
  'cookies',
  'trademarks',
  'retrieved',
  'by continuing',
  'by using',
);

/**
 * An affiliate disclosure: the site is paid for what the reader buys through its links (`BGR may
 * receive a commission`, `Disclosure: ZDNet may earn a commission from some of the products
 * featured on this page.`, `… When you purchase through links on our site, we may earn an
 * affiliate commission. Learn more`, `This post may contain affiliate and/or referral links.`,
 * `FTC: We use income earning auto affiliate links. More.`, the Amazon Associates notice), and a
 * deals list's small print (`… Prices are subject to change without notice and coupons may expire …`). Whole
 * disclosures only: a story about a commission (`the utilities commission said`) has no `may
 * earn a commission` as the whole line, or with a purchase before it (`Agents may earn a
 * commission of up to 6 percent, the report found.` is prose).
 */
const AFFILIATE = lazyPattern(
  () => /^(?:disclosure: )?[\p{L}\d.&'’ -]{1,40} may (?:earn|receive|get) (?:an? )?(?:small |affiliate )*commission(?: (?:from|on) (?:some of )?(?:the )?(?:products|purchases|sales)\b.{0,80}| if you .{0,100})?$|\b(?:purchase|buy)\b.{0,60}\bwe may (?:earn|receive|get) (?:an? )?(?:small |affiliate )*commission\b|^this (?:post|article|page|site) (?:may )?contains? affiliate\b|^ftc: we use (?:income earning )?(?:auto )?affiliate links\b|\bparticipant in the amazon services llc associates program\b|^as an amazon associate\b|\bprices (?:are )?subject to change without notice\b/iu,
);
/** A word every {@link AFFILIATE} match holds, under the same flags (for {@link guarded}). */
export const AFFILIATE_WORDS = /commission|affiliate|associate|subject to change/iu;
const isAffiliate = guarded(AFFILIATE_WORDS, AFFILIATE);
/** {@link AFFILIATE_WORDS} as guard words. */
export const AFFILIATE_GUARD = guardWords('commission', 'affiliate', 'associate', 'subject to change');

/**
 * A site's health or results disclaimer under the story (`*These statements have not been
 * evaluated by the Food and Drug Administration. …`, `Consult your physician … The contents on
 * our website are for informational purposes only …`, `+Results vary depending on starting
 * point, goals and effort. …`, `The information provided on this website … was originally
 * intended for a US audience.`). Anchored at the start, or on the site as the subject: a story
 * quoting a label is prose.
 */
const DISCLAIMER = lazyPattern(
  () => /^\*?these statements have not been evaluated by the (?:food and drug administration|fda)\b|^consult your (?:physician|doctor)\b.{0,300}\b(?:(?:our|this) (?:web)?site|informational purposes only)\b|^[+*†]results (?:may )?vary\b|^the (?:information|content) (?:provided )?on this (?:web)?site\b.{0,200}\b(?:intended|informational purposes|not (?:a substitute|medical advice))\b/iu,
);
/**
 * Tried without a word guard: every alternative is anchored at the start, so V8 tries the
 * pattern at the first position only (14 ns a line of prose, against 114 ns for a guard of its
 * words, which scans the whole line). Compiled only once a line opens with one of its words
 * (openedBy in openers.ts).
 */
const isDisclaimer = openedBy(OPENINGS.DISCLAIMER, DISCLAIMER);

/**
 * A picture's alt text and title printed glued, as w3m prints a linked image (`Spiced Honey Pear
 * JamSpiced Honey Pear Jam`, `dp3_1_endp3_1_en`, `StockCarStockCar`): the same text twice with
 * nothing between. A headline printed twice with a space between is the duplicate-headline
 * stage's, not this.
 */
function isGluedTwice(text: string): boolean {
  if (text.length % 2 !== 0 || text.length < 8) return false;
  const half = text.length / 2;
  // The first units of the halves first: most lines differ there, and no second half is cut.
  if (text.charCodeAt(0) !== text.charCodeAt(half)) return false;
  if (text.charCodeAt(half - 1) === 32 || text.charCodeAt(half) === 32 || !text.startsWith(text.slice(half))) return false;
  // Not a run of one or two characters repeated (`xxxxxxxx`, a wrapped line of test filler): a name has more.
  return new Set(text.slice(0, half)).size >= 3;
}

/** The big anchored patterns, compiled only once a line opens with one of their words (see openedBy in openers.ts). */
const isAdvert = openedBy(OPENINGS.ADVERT, ADVERT);
const isPlayer = openedBy(OPENINGS.PLAYER, PLAYER);
const isLegal = openedBy(OPENINGS.LEGAL, LEGAL);
const isNavigation = openedBy(OPENINGS.NAVIGATION, NAVIGATION);
const isRelated = openedBy(OPENINGS.RELATED, RELATED);
const isCaptionStart = openedBy(OPENINGS.CAPTION_START, CAPTION_START);

/** A line opening as a caption does (`In this photo …`, an image description), `opens` its openings (see `OPENED`). */
function opensAsCaption(text: string, opens: number): boolean {
  return ((opens & OPENS_CAPTION_START) !== 0 && isCaptionStart(text)) || ((opens & OPENS_IMAGE_DESCRIPTION) !== 0 && IMAGE_DESCRIPTION().test(text));
}

/** `line.replace(BULLET, '')`, tested first: a replacement costs twice a test, and most lines hold no bullet. */
function withoutBullet(line: string): string {
  return BULLET.test(line) ? line.replace(BULLET, '') : line;
}

/** The kind of a line that is page clutter wherever it stands, or null. `line` is normalized. */
export function clutterKind(line: string): BoilerplateKind | null {
  if (line === '') return null;
  if (SYMBOLS_ONLY.test(line) || (line.includes('[') && (FORM_BOX.test(line) || IMAGE_PLACEHOLDER.test(line)))) return 'text-browser';
  const text = withoutBullet(line).trim();
  if (text === '' || (imageFileShape(text) && IMAGE_FILE().test(text)) || (text.startsWith('[') && isLabelledBox(text))) return 'text-browser';
  if (text.length > 200) {
    if (text.length > 800) return null;
    if (isLongLegal(text) || isDisclaimer(text)) return 'legal';
    if (isAffiliate(text)) return 'advert';
    if (isMembershipPitch(text) || (text.length <= PITCH_MAX && isNewsletterPitch(text, wordsIn(text)))) return 'newsletter';
    // A caption by its opening (one alone up to 200 characters, below) is one up to 400 when it carries a
    // caption's credit (`In this photo issued by ITV, … (ITV via AP)`, MSN's `a hand holding a
    // blue object: Needle poking skin …© John Brecher …`): a story's paragraph can open as a
    // caption does (`In a photo posted on Twitter on Tuesday evening, Sondland was seen …`,
    // `These photographs, released by the House Intelligence Committee …, show …`).
    if (text.length <= 400 && opensAsCaption(text, OPENED.of(text)) && carriesCredit(text)) return 'caption';
    return EMBED_CAPTION.test(text) || (text.length <= 400 && text.endsWith(')') && LONG_CAPTION().test(text)) ? 'caption' : null;
  }
  // Every guard word of the tests below, found in one pass over the line (see guard-words.ts).
  const words = wordsIn(text);
  // And the openings of the big anchored patterns (each tried only on a line opening with one of its openings).
  const opens = OPENED.of(text);
  if (((opens & OPENS_ADVERT) !== 0 && isAdvert(text)) || ((words & AFFILIATE_GUARD) !== 0 && AFFILIATE().test(text))) return 'advert';
  if (isShareLine(text, opens)) return 'share';
  if (((opens & OPENS_PLAYER) !== 0 && isPlayer(text)) || ((words & BROWSER_NOTICE_GUARD) !== 0 && BROWSER_NOTICE().test(text))) return 'player';
  if (isComments(text, opens)) return 'comments';
  if (((opens & OPENS_LEGAL) !== 0 && isLegal(text)) || ((words & LONG_LEGAL_GUARD) !== 0 && LONG_LEGAL().test(text)) || ((opens & OPENS_DISCLAIMER) !== 0 && isDisclaimer(text))) {
    return 'legal';
  }
  if (((opens & OPENS_NAVIGATION) !== 0 && isNavigation(text)) || isBreadcrumb(text) || (text.startsWith('Tags') && TAG_LIST().test(text))) return 'navigation';
  if ((opens & OPENS_RELATED) !== 0 && isRelated(text)) return 'related';
  // A credit has no sentence end (`He works for Reuters.` is prose). The credit shape, which
  // most lines lack, is tested once and first: the other tests scan the whole line.
  const shaped = creditShape(text, words);
  if (shaped && !/\p{Ll}[.!?]["”’]?$/u.test(text) && isCreditShaped(text)) return 'caption';
  if (text.length <= 300 && isCaptionCredit(text, words)) return 'caption';
  if (isNamedCredit(text)) return 'caption';
  if (opensAsCaption(text, opens) || (shaped && !/\p{Ll}/u.test(text) && CAPITALS_CREDIT().test(text))) return 'caption';
  if (isVideoTeaser(text) || isTaggedTeaser(text)) return 'related';
  if ((text.endsWith(' [ ]') && PICTURE_WITH_CAPTION().test(text)) || isGluedTwice(text) || isImageSlug(text)) return 'caption';
  if (isPromo(text, opens) || isNewsletterPitch(text, words) || isMembershipPitch(text, opens)) return 'newsletter';
  if (((opens & OPENS_EMBED_CAPTION) !== 0 && EMBED_CAPTION.test(text)) || ((opens & OPENS_MEDIA_CAPTION) !== 0 && MEDIA_CAPTION().test(text))) return 'caption';
  if ((words & NEWSLETTER_GUARD) !== 0 && NEWSLETTER().test(text) && (text.length <= 80 || /^(?:sign up|subscribe|get|enter|join|receive)\b/iu.test(text)) && !/[.!?]["”’]?\s+\p{Lu}/u.test(text)) {
    return 'newsletter';
  }
  return null;
}

/**
 * The heading of the author's box under a story, over the author's name, bio and links
 * (`About the author` on five tuning sites: Gizmodo, 9to5Mac, 9to5Toys, the Hill's network,
 * TheStreet; `Über den Autor`, `Sobre o autor`): the story does not go on under it. A box
 * headed with the author's own name (`Über Moritz Bachmann`) is found by the page stage, which
 * knows the byline (see `markAuthorBoxes`).
 */
const AUTHOR_BOX = lazyPattern(() => /^(?:about the authors?|(?:über|zum) (?:den autor|die autorin|die autoren)|sobre (?:o|a|el|la) autora?|à propos de l['’]auteur)\W*$/iu);

/**
 * A heading that opens a part of the page the story does not continue into (comments, related
 * stories, a newsletter box), or null.
 */
export function sectionKind(line: string): BoilerplateKind | null {
  const text = withoutBullet(line).trim();
  if (text.length > 80) return null;
  if (AUTHOR_BOX().test(text)) return 'page';
  if (isComments(text)) return 'comments';
  if (isRelated(text) && !/:./u.test(text)) return 'related';
  if (text.length <= 60 && isNewsletter(text)) return 'newsletter';
  return null;
}

/**
 * A share word and what separates share words: a run of anything but `\s`, `|`, `/`, `·`, `•`,
 * `,` and `:` (the reference for {@link isShareSeparator}, which test/extract/boilerplate-fast.test.ts
 * checks against it).
 */
export const SHARE_FIRST_WORD = /[^\s|/·•,:]+/u;

/** A separator of share words: `\s` (as `/u` reads it), `|`, `/`, `·`, `•`, `,`, `:`. */
function isShareSeparator(unit: number): boolean {
  if (unit < 0x80) return unit === 0x20 || (unit >= 0x09 && unit <= 0x0d) || unit === 0x7c || unit === 0x2f || unit === 0x2c || unit === 0x3a;
  return (
    unit === 0xb7 || unit === 0x2022 || unit === 0xa0 || unit === 0x1680 || (unit >= 0x2000 && unit <= 0x200a) ||
    unit === 0x2028 || unit === 0x2029 || unit === 0x202f || unit === 0x205f || unit === 0x3000 || unit === 0xfeff
  );
}

/** `SHARE_FIRST_WORD.exec(text)?.[0] ?? null`, without the match object. */
export function firstShareWord(text: string): string | null {
  let start = 0;
  while (start < text.length && isShareSeparator(text.charCodeAt(start))) start++;
  if (start === text.length) return null;
  let end = start + 1;
  while (end < text.length && !isShareSeparator(text.charCodeAt(end))) end++;
  return text.slice(start, end);
}

const SHARING_BOX = lazyPattern(() => /^(?:• )?(?:(?:share )?(?:show more|close extra) sharing options|copy link URLCopied!?)$/iu);
/**
 * What every match of {@link SHARING_BOX} holds, compared as it compares (`/iu`: `Show More
 * Sharing Options` too), so the box pattern is compiled only for a line that may be one.
 */
const SHARING_BOX_WORDS = lazyPattern(() => /sharing options|urlcopied/iu);

/**
 * The three share sentences of {@link isShareLine} start with `c`, `l`, `e` or `s` (or the long
 * s, which folds to `s` under `/iu`): a line starting otherwise is none of them, without trying
 * the patterns.
 */
export function shareSentenceShape(text: string): boolean {
  const initial = text.charCodeAt(0);
  const folded = initial | 0x20;
  return folded === 0x63 || folded === 0x6c || folded === 0x65 || folded === 0x73 || initial === 0x017f;
}

const SHARE_CLICK = lazyPattern(() => /^click to (?:share|email|print|tweet)\b/iu);
/** `Like this story? Share it with a friend!` (RT, under the story). */
const SHARE_LIKED = lazyPattern(() => /^(?:like|liked|enjoy|enjoyed|love) this (?:story|article|post)\? share it\b.{0,40}$/iu);
const SHARE_FOR = lazyPattern(() => /^share (?:all sharing options|this)(?: \w+)? (?:for|on|via):/iu);

/**
 * `Share`, `Share this story`, `Share on Facebook`, `Facebook Twitter Email`, `Share All sharing
 * options for: …`. `opens`: the line's {@link OPENED} bits, when known (all bits: not known).
 */
export function isShareLine(text: string, opens = -1): boolean {
  if (shareSentenceShape(text)) {
    if ((opens & OPENS_SHARE_CLICK) !== 0 && SHARE_CLICK().test(text)) return true;
    if ((opens & OPENS_SHARE_LIKED) !== 0 && SHARE_LIKED().test(text)) return true;
    if ((opens & OPENS_SHARE_FOR) !== 0 && SHARE_FOR().test(text)) return true;
  }
  // The LA Times' share box: `• Show more sharing options`, `Share Close extra sharing options`, `• Copy Link URLCopied!`.
  if ((opens & OPENS_SHARING_BOX) !== 0 && SHARING_BOX_WORDS().test(text) && SHARING_BOX().test(text)) return true;
  // At most eight words, every one a share word, not all of them common words. Read one word
  // at a time, lower-cased alone, so most lines stop at their first or second word: a share
  // word is ASCII letters, `+` and `-`, and only those characters (and the Kelvin sign) lower-case
  // to them, so a line holding any other character besides the separators has a word that is
  // none, as the character test of the whole line said before.
  let count = 0;
  let common = true;
  for (let start = 0; ; ) {
    while (start < text.length && isShareSeparator(text.charCodeAt(start))) start++;
    if (start === text.length) break;
    let end = start + 1;
    while (end < text.length && !isShareSeparator(text.charCodeAt(end))) end++;
    const word = text.slice(start, end).toLowerCase();
    // A button's `Icon` label is not counted: each button has one.
    if (!SHARE_WORDS.has(word) || (word !== 'icon' && ++count > 8)) return false;
    if (common && !COMMON_SHARE_WORDS.has(word)) common = false;
    start = end;
  }
  return count > 0 && !common;
}

/**
 * Share words that are also common words: a line of nothing else is no share line (`The Story`,
 * `• Google`, a company in a list). `Icon` is the label w3m prints for each button's picture (`Icon Facebook Icon Twitter
 * Icon Google Plus Icon Email`).
 */
const COMMON_SHARE_WORDS = new Set(['the', 'this', 'on', 'all', 'via', 'story', 'article', 'line', 'mix', 'google', 'plus', 'icon']);

/**
 * The Hill's name cards, glued into a paragraph where the story names a member of Congress: the
 * name, printed again at once with the card's teaser headlines and `MORE` (`… kill Rep. Ilhan
 * OmarIlhan OmarHillicon Valley: … | Louisiana hit by ransomware attack … MORE (D-Minn.), the
 * U.S. Attorney’s Office …`). The second copy of the name, the headlines and `MORE` are the card.
 */
const NAME_CARD = lazyPattern(() => /(\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){1,3})\1(\S.{0,1500}?) MORE(?= \()/gu);

/**
 * The paragraph without its glued name cards and the cards' texts, or null when it holds none.
 * One pass from left to right: a card ends where ` (` follows, so no card can start inside the
 * name kept before it, and the search goes on after the card (re-searching the joined text from
 * its start made a line of many cards quadratic, and out of memory at 8,000 of them).
 */
export function withoutNameCards(text: string): { text: string; cards: string[] } | null {
  if (!text.includes(' MORE (')) return null;
  const cards: string[] = [];
  const kept: string[] = [];
  const pattern = NAME_CARD();
  pattern.lastIndex = 0;
  let last = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const nameEnd = match.index + match[1]!.length;
    kept.push(text.slice(last, nameEnd));
    cards.push(text.slice(nameEnd, match.index + match[0].length));
    last = match.index + match[0].length;
  }
  if (cards.length === 0) return null;
  kept.push(text.slice(last));
  return { text: kept.join(''), cards };
}

/** The anchored patterns above that clutterKind tries on short lines, for the test that their openings let every match through. */
export const OPENING_GUARDED = {
  ADVERT,
  PLAYER,
  COMMENTS,
  LEGAL,
  NAVIGATION,
  RELATED,
  CAPTION_START,
  DISCLAIMER,
  MEMBERSHIP_PITCH,
  // Small ones clutterKind tries on every short line, which the walk below rules out too.
  EMBED_CAPTION,
  MEDIA_CAPTION,
  IMAGE_DESCRIPTION,
  PROMO_OPENING,
  SHARE_CLICK,
  SHARE_LIKED,
  SHARE_FOR,
  SHARING_BOX,
};
/**
 * Their openings, looked for in one walk over a line's first units (see openingsMask in
 * openers.ts): `clutterKind` tries each of them on a short line only when the line opens with
 * one of its openings. Once compiled, `openedBy` runs a pattern on every line, and a line of
 * prose met about nine of them.
 */
const OPENED = openingsMask(Object.fromEntries(Object.keys(OPENING_GUARDED).map((name) => [name, OPENINGS[name]])));
const OPENS_ADVERT = OPENED.bits.ADVERT!;
const OPENS_PLAYER = OPENED.bits.PLAYER!;
const OPENS_COMMENTS = OPENED.bits.COMMENTS!;
const OPENS_LEGAL = OPENED.bits.LEGAL!;
const OPENS_NAVIGATION = OPENED.bits.NAVIGATION!;
const OPENS_RELATED = OPENED.bits.RELATED!;
const OPENS_CAPTION_START = OPENED.bits.CAPTION_START!;
const OPENS_DISCLAIMER = OPENED.bits.DISCLAIMER!;
const OPENS_MEMBERSHIP_PITCH = OPENED.bits.MEMBERSHIP_PITCH!;
const OPENS_EMBED_CAPTION = OPENED.bits.EMBED_CAPTION!;
const OPENS_MEDIA_CAPTION = OPENED.bits.MEDIA_CAPTION!;
const OPENS_IMAGE_DESCRIPTION = OPENED.bits.IMAGE_DESCRIPTION!;
const OPENS_PROMO_OPENING = OPENED.bits.PROMO_OPENING!;
const OPENS_SHARE_CLICK = OPENED.bits.SHARE_CLICK!;
const OPENS_SHARE_LIKED = OPENED.bits.SHARE_LIKED!;
const OPENS_SHARE_FOR = OPENED.bits.SHARE_FOR!;
const OPENS_SHARING_BOX = OPENED.bits.SHARING_BOX!;
