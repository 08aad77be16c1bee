/**
 * Scraped pages (issue #8): clutter kinds line by line, the page stage on real page dumps
 * (fixtures/pages, copied from the pagedumps corpus), the accounting of every input line, and
 * that wire copy is never treated as a page.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/core/parse.js';
import { normalize } from '../../src/core/normalize.js';
import { findPage } from '../../src/core/page.js';
import { clutterKind, sectionKind, withoutNameCards } from '../../src/extract/boilerplate.js';
import { runCli } from '../helpers/cli.js';

const fixtures = fileURLToPath(new URL('../../fixtures/', import.meta.url));
const read = (path: string) => readFileSync(join(fixtures, path));
/** The article parsed from a text (a refusal fails the test). */
function parsed(input: Parameters<typeof parseArticle>[0]) {
  const result = parseArticle(input);
  if (!result.ok) throw new Error('refused');
  return result.article;
}
/** The article parsed from a fixture. */
const articleOf = (path: string) => parsed(read(path));

describe('clutterKind', () => {
  it.each([
    ['Advertisement', 'advert'],
    ['Continue reading the main story', 'advert'],
    ['Share this story', 'share'],
    ['• Share this on Facebook', 'share'],
    ['Share Tweet Email', 'share'],
    ['Share All sharing options for: The law that’s helping fuel Delhi’s deadly air pollution', 'share'],
    ['Skip to content', 'navigation'],
    ['1 of 24', 'navigation'],
    ['5 min read', 'navigation'],
    ['Read more: Why the talks failed', 'related'],
    ['You may also like', 'related'],
    ['Weitere Beiträge zum Thema', 'related'],
    ['Justin Sullivan/Getty Images', 'caption'],
    ['Sanjeev Verma/Hindustan Times/Getty Images', 'caption'],
    ['(AP Photo/Evan Vucci)', 'caption'],
    ['Photo: Jane Doe', 'caption'],
    ['In this photo issued by ITV, Jeremy Corbyn, right, and Boris Johnson, during the election debate.', 'caption'],
    ['ITV, ASSOCIATED PRESS', 'caption'],
    ['FILE PHOTO: The WeWork logo is displayed outside of a co-working space in New York City', 'caption'],
    ['a group of people standing in a room: Detainees at Otay Mesa immigration detention center', 'caption'],
    ['President Trump at the Economic Club of New York last week.Credit...Anna Moneymaker/The New York Times', 'caption'],
    ['WikiLeaks founder Julian Assange (AFP)', 'caption'],
    // Agencies whose short name is written in lower case are credits, not a story's own
    // abbreviation as `(ePA)` below is (a lower-case start with a capital after it).
    ['Bundeskanzler Olaf Scholz spricht im Bundestag in Berlin (dpa)', 'caption'],
    ['Bundeskanzler Olaf Scholz spricht im Bundestag in Berlin (dpa/lby)', 'caption'],
    ['Bundeskanzler Olaf Scholz spricht im Bundestag in Berlin (dpa/tmn)', 'caption'],
    ['Bundeskanzler Olaf Scholz spricht im Bundestag in Berlin [dpa]', 'caption'],
    ['Bundeskanzler Olaf Scholz spricht im Bundestag in Berlin (afp)', 'caption'],
    ['Bundeskanzler Olaf Scholz spricht im Bundestag in Berlin (ap)', 'caption'],
    ['Bundeskanzler Olaf Scholz spricht im Bundestag in Berlin (pool)', 'caption'],
    ['Bundeskanzler Olaf Scholz spricht im Bundestag in Berlin (rex)', 'caption'],
    ['Bundeskanzler Olaf Scholz spricht im Bundestag in Berlin (EPA)', 'caption'],
    ['Bundeskanzler Olaf Scholz spricht im Bundestag in Berlin (Epa)', 'caption'],
    ['This website uses cookies to improve your experience while you navigate through the website. Out of these cookies, the cookies that are categorized as necessary are stored on your browser as they are essential for the working of basic functionalities.', 'legal'],
    ['34 responses to “Anthony Lynn: “We needed to win this game””', 'comments'],
    ['Milan Griffes on September 12, 2018 at 4:47 pm said:', 'comments'],
    ['• Click to share on Facebook (Opens in new window)', 'share'],
    ['Media playback is unsupported on your device', 'player'],
    ['Sign up for our newsletter', 'newsletter'],
    ['SEE ALL COMMENTS', 'comments'],
    ['Leave a Reply', 'comments'],
    ['© 2019 Vox Media, LLC. All Rights Reserved', 'legal'],
    ['Privacy Policy', 'legal'],
    ['0:00', 'player'],
    ['1:10', 'player'],
    ['•', 'text-browser'],
    ['[                    ] [Go]', 'text-browser'],
    ['[SUBMIT]', 'text-browser'],
    ['Most Popular Today', 'related'],
    ['Post navigation', 'navigation'],
    ["This illustration of SpaceX's concept for a commercial lunar lander shows how private operators could possibly take people back to the Moon [SpaceX via Nasa]", 'caption'],
    ['Previous Post:2012 Harley-Davidson Fatboy 1800 | Reader review Next Post:Tech Level course to help young mechanics', 'navigation'],
    ['Explore further', 'navigation'],
    ['Tell us what YOU think...', 'comments'],
    ['This document is subject to copyright. Apart from any fair dealing for the purpose of private study or research, no part may be reproduced without the written permission. The content is provided for information purposes only.', 'legal'],
    ['Citation: Hibernating astronauts would need smaller spacecraft (2019, November 18) retrieved 20 November 2019 from https://phys.org/news/2019-11-hibernating-astronauts-smaller-spacecraft.html', 'legal'],
    ['□ AP_19115488620320.jpg', 'text-browser'],
    ['More Videos ...', 'related'],
    ['Learn More', 'navigation'],
    ['Welcome to USA TODAY NETWORK’S EUROPEAN UNION EXPERIENCE', 'legal'],
    ['Abdul Gafoor and Katherine Hsu were stranded in Alaska after their cruise ship left without them. (Pat Foran/CTV News Toronto)', 'caption'],
    ['The front headlights of the new Ford Mustang Mach-E SUV. (Carlos Osorio / AP)', 'caption'],
    ["Taylor Swift: 10 things you didn't knowVideo", 'related'],
    ['Follow Newsbeat on Instagram, Facebook, Twitter and YouTube.', 'newsletter'],
    ['Join our Space Forums to keep talking space on the latest missions, night sky and more!', 'newsletter'],
    ['Support Snopes and make a difference for readers everywhere.', 'newsletter'],
    ['Subscribe to AppleInsider on YouTube', 'newsletter'],
    ['Follow CTV News', 'newsletter'],
    ['BLOG > Weight Loss > Weight Loss Tips', 'navigation'],
    ['Home » Dare to Play »', 'navigation'],
    ['MORE STORIES LIKE THIS ONE', 'related'],
    // Affiliate disclosures and shop buttons (BGR, ZDNet, Space.com, 9to5Mac, Windows Central, a blog).
    ['BGR may receive a commission', 'advert'],
    ['Buy Now', 'advert'],
    ['Disclosure: ZDNet may earn a commission from some of the products featured on this page.', 'advert'],
    ['Space is supported by its audience. When you purchase through links on our site, we may earn an affiliate commission. Learn more', 'advert'],
    ['Microsoft may earn an Affiliate Commission if you purchase something through recommended links in this article.', 'advert'],
    ['FTC: We use income earning auto affiliate links. More.', 'advert'],
    ['This post may contain affiliate and/or referral links. Please see my disclosure page.', 'advert'],
    ['Sometimes we include links to online retail stores. If you click on one and make a purchase we may receive a small commission. For more information, go here.', 'advert'],
    [
      'We are a participant in the Amazon Services LLC Associates Program, an affiliate advertising program designed to provide a means for us to earn fees by linking to Amazon.com and affiliated sites. ©The Anti-June Cleaver 2011-2019',
      'advert',
    ],
    [
      "Follow @BGRDeals on Twitter to keep up with the latest and greatest deals from around the web. Quantities may be limited. Prices are subject to change without notice and coupons may expire at any time. Some deals may not be available to all customers, and some may be limited to certain geographical locations.",
      'advert',
    ],
    // Health and results disclaimers under a blog post (the Beachbody Blog).
    ['*These statements have not been evaluated by the Food and Drug Administration. These products are not intended to diagnose, treat, cure, or prevent any disease.', 'legal'],
    [
      'Consult your physician and follow all safety instructions before beginning any exercise program or using any supplement or meal replacement product, especially if you have any unique medical conditions or needs. The contents on our website are for informational purposes only, and are not intended to diagnose any medical condition, replace the advice of a healthcare professional, or provide any medical advice, diagnosis, or treatment.',
      'legal',
    ],
    [
      '+Results vary depending on starting point, goals and effort. Exercise and proper diet are necessary to achieve and maintain weight loss and muscle definition. The testimonials featured may have used more than one Beachbody product or extended the program to achieve their maximum results.',
      'legal',
    ],
    [
      'The information provided on this website (including the Blogs, Community pages, Program Materials and all other content) was originally intended for a US audience. Regulations in your country may vary.',
      'legal',
    ],
    // RT's teaser between the paragraphs and its share pitch under the story; Space.com's credit line.
    ['Also on rt.com Journalists & politicians from Morales’ party threatened with sedition arrests as Bolivia purges socialist elements', 'related'],
    ['Like this story? Share it with a friend!', 'share'],
    ['(Image credit: Sierra Nevada Corp.)', 'caption'],
    // A video player's residue (Practical Horseman), a BBC video caption, a picture's alt text and title glued.
    ['Thanks for watching!Visit Website', 'player'],
    ['Media captionWho is Julian Assange?', 'caption'],
    ['Spiced Honey Pear JamSpiced Honey Pear Jam', 'caption'],
    ['dp3_1_endp3_1_en', 'caption'],
    // Tag lists under the story.
    ['Você pode gostar...', 'related'],
    ['Tags: BGR Deals', 'navigation'],
    ['Tags Alexandria Ocasio-Cortez jeanine pirro Ilhan Omar death threat', 'navigation'],
    ['YOU MAY LIKE', 'related'],
    ['Anuncie no Autoracing agora!', 'advert'],
    ['China furious at Macron for Hong Kong protest jibe [INSIGHT]|', 'related'],
    ['Plane passengers quarantined after BUBONIC PLAGUE outbreak [NEWS]', 'related'],
    ['Plague and zoonotic influenza warning: CDC names EIGHT deadly diseases [WARNING]', 'related'],
    ['Lakers vs Nets: NBA make final decision on game amid China turmoil [VIDEO]', 'related'],
    ['The core stage of the first SLS at Michoud Assembly Facility after the installation [ ]', 'caption'],
    // NBC News's newsletter box, above the story and between its paragraphs.
    ['Get breaking news alerts and special reports. The news and stories that matter, delivered weekday mornings.', 'newsletter'],
    ['Let our news meet your inbox. The news and stories that matters, delivered weekday mornings.', 'newsletter'],
    ['SUBSCRIBE', 'navigation'],
    ['[                    ]Sign Up', 'text-browser'],
    ['This site is protected by recaptcha Privacy Policy | Terms of Service', 'legal'],
    // w3m check boxes with their labels (pagedumps 4219d096902d, 9cb8224b660f).
    ['[ ]Save my name, email, and website in this browser for the next time I comment.', 'text-browser'],
    ["[ ] Don't show again", 'text-browser'],
    ['[ ] By checking this box, I agree to the terms of service and privacy policy of Rogers Media.', 'text-browser'],
    ['[                    ] Search', 'text-browser'],
    // The BBC's embedded posts: the post's text in place of the post, and the button under it.
    ['Twitter post by @AOC: Private equity groups’ predatory practices actively hurt millions of Americans.', 'caption'],
    ['Report', 'navigation'],
    // Membership and subscription pitches under the story (National Review, Space.com).
    ['If you enjoyed this article, we have a proposition for you: Join NRPLUS. Members get all of our content (including the magazine), no paywalls or content meters, an ad-free experience, and special benefits.', 'newsletter'],
    ['Need more space? Subscribe to our sister title "All About Space" Magazine for the latest amazing news from the final frontier!', 'newsletter'],
    // Pictures' file names printed for their alt text, on five sites and more of the pagedumps.
    ['FILES-US-MEDIA-NEWSPAPER-MERGER-GANNETT-TRONC', 'caption'],
    ['TOPSHOT-FBL-MEX-DORADOS-JUAREZ-MARADONA', 'caption'],
    ['NBC_OTS_CONSUMER_DFW', 'caption'],
    ['EPA_Visualisierung', 'caption'],
    ['google-stadia-pax-west-2019-1200x900', 'caption'],
    ['milano-design-week-flow-of-time-grand-seiko-cover', 'caption'],
    // Credits naming the photographer: over the outlet, before an agency, `Courtesy of`.
    ['Jason Cipriani/ZDNet', 'caption'],
    ['Amy K. Dragoo/AIMMEDIA', 'caption'],
    ['Michael Conroy, AP', 'caption'],
    ['Al Goldis, Associated Press', 'caption'],
    ['Courtesy of Andrew Vaughan', 'caption'],
    ['Getty', 'caption'],
    // Share buttons with the label w3m prints for each button's picture.
    ['Icon Facebook Icon Twitter Icon LinkedIn Icon Google Plus Icon WhatsApp Icon Email', 'share'],
    // A call to sign up as a sentence of a short line, on many sites (one rule for NBC's pitch and these).
    ['Get breaking news alerts and special reports. The news and stories that matter, delivered weekday mornings.', 'newsletter'],
    ['Let our news meet your inbox. The news and stories that matters, delivered weekday mornings.', 'newsletter'],
    ["There's plenty more where that came from. Sign up for The Water Coolest today to get the free daily newsletter delivered to your inbox daily.", 'newsletter'],
    ['Get Motor Cycle Monthly delivered through your letterbox every month. 12 issues for £11.99. Click here for more information.', 'newsletter'],
    ['pv magazine offers daily updates of the latest photovoltaics news. Stay informed. Join our newsletter.', 'newsletter'],
    ['Get Quanta Magazine delivered to your inbox', 'newsletter'],
  ])('%j is %s', (line, kind) => {
    expect(clutterKind(line)).toBe(kind);
  });

  // Every agency form of the credit patterns, as a credit, alone and in capitals after a name:
  // the cheap test they run behind must let each one through.
  const AGENCIES = ['Getty Images', 'AFP', 'Reuters', 'AP', 'EPA', 'EPA-EFE', 'EFE', 'Shutterstock', 'Alamy', 'iStock', 'iStockphoto', 'Bloomberg', 'Associated Press', 'The New York Times', 'NYT', 'Redux', 'ZUMA', 'ZUMA Press', 'ZUMA Wire', 'SIPA', 'SIPA USA', 'REX', 'SOPA Images', 'LightRocket', 'Corbis', 'Imago', 'DPA', 'Xinhua', 'Anadolu', 'Anadolu Agency', 'NurPhoto', 'TASS', 'RIA Novosti', 'Pool', 'AFP/Getty Images', 'Universal Pictures', 'Jane Doe Photos'];
  it.each(['Photo', 'Image', 'Picture', 'Photograph', 'Illustration', 'Graphic', 'Credit', 'Foto', 'Imagem', 'Bild', 'Фото'].flatMap((word) => [`${word}: Jane Doe`, `${word}s © Jane Doe`, `${word} by | Jane Doe`]))('%j is a caption', (line) => {
    expect(clutterKind(line)).toBe('caption');
  });
  it.each(AGENCIES.flatMap((agency) => [`Jane Doe/${agency}`, `Jane Doe for ${agency}`, agency, `ITV, ${agency.toUpperCase()}`, `A man walks by. (${agency})`]))('%j is a caption', (line) => {
    expect(clutterKind(line)).toBe('caption');
  });

  it.each([
    'He said the talks would go on.',
    'The photo was taken by a Reuters photographer in Kabul last week.',
    'She works for Reuters.',
    'Share prices fell 3 percent on Tuesday after the company cut its forecast for the year.',
    'Comments by the minister angered the opposition, which called for a vote.',
    'Home prices rose for the third month in a row, the data showed.',
    'In this case the court ruled against him.',
    'A spokesman said: The talks will go on.',
    'Pompeo later said:',
    'The minister wrote:',
    'The deal was first reported by Reuters (AP).',
    'The company said cookies and biscuits made up a third of its sales last year.',
    'The newsletter, which has 40,000 subscribers, was closed in March after a dispute over its editorial line.',
    'Support for the plan fell to 38 percent (Reuters/Ipsos poll).',
    'The shop is open around the clock (24/7).',
    'He is the most popular Democrat in America, a poll showed.',
    'Follow the money, the prosecutor told the jury.',
    'Support for the strike grew after the talks failed.',
    'Join the queue, he said.',
    'The band released a new Video',
    'Its followers on Twitter doubled; he asked them to follow him on Twitter too.',
    'Shares rose 3% > analysts expected, the company said.',
    'Follow the leader',
    'The officer said he had seen the footage. [VIDEO]',
    // A story's own abbreviation in brackets that spells an agency's name in other case (pagedumps
    // 57b4dafd18cf, comwrap's German page: `ePA` is no `EPA`).
    'Das Thema mit dem höchsten Potenzial aber auch mit den meisten Hindernissen wird seit Jahren intensiv diskutiert: Die elektronische Patientenakte (ePA)',
    'The app sends breaking news alerts and special reports to 40 million phones, the company said.',
    'Get breaking news alerts, the mayor urged residents as the storm neared.',
    '[1] The figure excludes seizures at sea.',
    '[Updated at 5 p.m.] The vote was delayed.',
    'Need more time? The council said it would decide in March.',
    'If you enjoyed the first film, the sequel will not disappoint, critics said.',
    'A Twitter post by the minister was deleted an hour later.',
    // Markdown task items: a box and a label one space apart that no form has.
    '[ ] buy milk',
    '- [ ] call the printer about the proofs',
    '[x] book the hall',
    // A fact-check rating is clutter only above the headline (src/core/header/clutter.ts): in a
    // story a lone `True` or `False` is an answer.
    'Mostly True',
    'True',
    'False',
    'Pants on Fire!',
    // A commission, a disclaimer, a tag in a story's own words.
    'The utilities commission is frustrated with both communications and utilities companies, saying they failed to share detailed information in real time.',
    'The governor said he was waiting for a teacher pay commission he appointed in February to make recommendations on increasing salaries by the end of 2020.',
    'Agents may earn a commission of up to 6 percent, the report found.',
    'The FDA said the supplements had not been evaluated and were not intended to treat any disease.',
    'Results vary from state to state, the survey found.',
    'Tags are sewn into every coat.',
    'Buy now, pay later plans have grown fast',
    'Also on the ballot was a measure to raise the minimum wage.',
    'Like this story, the next one ends badly.',
    'Thanks for watching the game with us, the coach told fans.',
    'x'.repeat(60),
    'abab'.repeat(10),
    'Bora Bora',
    'Pompeo says Trump wants to improve Russia relations Pompeo says Trump wants to improve Russia relations',
    // No picture's file name: a compound word, a phone number, a date, a name with a hyphen.
    'mother-in-law',
    'state-of-the-art',
    '02-751-1500',
    '2018-08-16',
    'COVID-19',
    'Jean-Claude',
    // No credit: headlines in capitals with a slash (Reuters' own), a sentence, a name and a place.
    'S.KOREA CURRENT A/C SURPLUS SEEN NEAR 10 BLN DLRS',
    'NORSK DATA A/S SEES LOWER 1987 PROFITS',
    'SOVIET INDUSTRIAL GROWTH/TRADE SLOWER IN 1987',
    'Courtesy of the museum, the paintings were shown again.',
    'John Smith, Chicago',
    'Icon',
    'Google Plus is closing.',
    // A call to sign up quoted, or sent on past a comma: story text.
    'Subscribers said the newsletter arrived late. Get it delivered, they said, or refund the fee.',
    'He said: Sign up for the alerts, and the city will text you when the river rises.',
    'The newspaper was delivered to every house in the village until 1998.',
  ])('story text %j is not clutter', (line) => {
    expect(clutterKind(line)).toBeNull();
  });
});

describe('sectionKind: the heading of an author\'s box', () => {
  it.each(['About the author', 'ABOUT THE AUTHOR', 'About the Author', 'Über den Autor', 'Sobre o autor'])('%j opens the author\'s box', (line) => {
    expect(sectionKind(line)).toBe('page');
  });
  it.each(['About my6sense', 'About Sky News', 'About the deal', 'About the author of the report, little is known.'])('%j is no such heading', (line) => {
    expect(sectionKind(line)).toBeNull();
  });
});

describe('page stage', () => {
  it('leaves wire copy and clean stories alone', () => {
    for (const folder of ['reuters', 'bbc', 'seed', 'layouts', 'reuters-unproc', 'fakebr']) {
      for (const name of readdirSync(join(fixtures, folder)).filter((file) => file.endsWith('.txt'))) {
        const result = parseArticle(read(join(folder, name)));
        if (!result.ok) continue;
        expect(findPage(normalize(new TextDecoder().decode(read(join(folder, name)))).lines), `${folder}/${name}`).toBeNull();
        expect(result.article.removed.filter((line) => line.reason === 'boilerplate'), `${folder}/${name}`).toEqual([]);
      }
    }
  });

  const pages = readdirSync(join(fixtures, 'pages')).filter((file) => file.endsWith('.txt') && !file.includes('.expected'));

  it.each(pages)('%s: every non-blank input line is in the body, or in removed with a reason', (name) => {
    const text = read(join('pages', name)).toString('utf8');
    const result = parseArticle(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { article } = result;
    const covered = new Set<number>(article.removed.map((line) => line.line));
    for (const [start, end] of article.provenance.body) for (let no = start; no <= end; no++) covered.add(no);
    normalize(text).lines.forEach((line) => {
      if (line.text !== '') expect(covered.has(line.no), `line ${line.no}: ${line.text}`).toBe(true);
    });
    for (const line of article.removed.filter((entry) => entry.reason === 'boilerplate')) expect(line.kind).toBeDefined();
  });

  it('the comwrap page: a paragraph ending in its own abbreviation in brackets, `(ePA)`, is story text, not a picture credit', () => {
    const article = articleOf('pages/full-57b4dafd18cf.txt');
    expect(article.body).toContain('Das Thema mit dem höchsten Potenzial aber auch mit den meisten Hindernissen wird seit Jahren intensiv diskutiert: Die elektronische Patientenakte (ePA)');
    expect(article.removed.filter((line) => line.kind === 'caption').map((line) => line.text)).toEqual(['EPA_Visualisierung', 'PEPA_Visualisierung']);
  });

  it('the Vox article area: headline found below the section furniture, share box and credits dropped', () => {
    const article = articleOf('pages/article-f105de6e63ca.txt');
    expect(article.title).toBe('Kindle for PCをCtrl＋Alt＋Kのショートカットキーで立ち上がらなくする方法');
  });

  it('the GiveWell blog page: 1,000 lines of menus and a long comment thread around a two-paragraph post', () => {
    const article = articleOf('pages/full-ac3c03552046.txt');
    expect(article.title).toBe('September 2018 open thread');
    expect(article.body).toHaveLength(2);
    expect(article.body[0]).toMatch(/^Our goal with hosting quarterly open threads/);
    expect(article.body[1]).toBe('You can view our June 2018 open thread here.');
    const comments = article.removed.filter((line) => line.kind === 'comments');
    expect(comments.some((line) => line.text.startsWith('Any update on how the Blattman'))).toBe(true);
  });

  it.each([
    ['article-7dfc3e359d7c.txt', "James Van Der Beek eliminated from 'Dancing with the Stars' after announcing wife suffered miscarriage", 'Dancing With the Stars'],
    ['article-9a440270bf86.txt', 'UEFA Euro 2020 qualifying: Tracking every team to clinch a spot as Wales punches ticket', "Twenty teams have punched tickets for next summer's tournament"],
    // A headline over its standfirst, both over the byline and stamp: the standfirst is no headline of its own.
    ['article-51d066b0602c.txt', "'We Got Her!': Video Shows Dramatic Rescue of Kidnapped Fort Worth Girl", 'The suspect confessed and the jury took just 15 minutes to find him guilty'],
    ['article-ecb46e3e489d.txt', "Nelson's OT goal lifts Isles", 'N.Y. completes frantic comeback to extend unbeaten streak to 15'],
    // A kicker in capitals over the headline: the headline is no standfirst of the kicker's.
    ['full-e7d77f186980.txt', 'The 10 best early Black Friday deals on Apple devices', 'Apple Black Friday 2019 Deals'],
    ['article-a078b3656adc.txt', 'How This Man’s Bedding Gave Him ‘Feather Duvet Lung’', 'Bruce Y. Lee'],
    ['article-87438a0dacbe.txt', 'Dear Abby: Husband springs for business class flight to India, but leaves wife in economy seat', '1. Advice'],
    ['article-f344ca5fb36e.txt', 'Scientists use Hawaii telescope to spot water vapor on distant moon', '• Top Local Stories'],
    ['full-8267acacb9e4.txt', 'Google Bets on the Future With Launch of Stadia Game Streaming Service', 'The Hollywood Reporter The Hollywood Reporter'],
    ['full-c13b9c0e04fb.txt', '‘Meth. We’re on it.’: Spokane ad agencies divided on South Dakota’s viral campaign', 'Materials from South Dakota’s viral “Meth. We’re on it.” campaign. (onmeth.com)'],
    ['full-7dfc3e359d7c.txt', "James Van Der Beek eliminated from 'Dancing with the Stars' after announcing wife suffered miscarriage", 'Fox News Flash top entertainment headlines for Nov. 19Video'],
    ['full-9eef8162bbb6.txt', 'The man whose duvet nearly killed him: How this medical mystery was solved', 'Why you should always close the door before you go to bed'],
  ])('%s: the headline, not the kicker, standfirst, caption, logo, teaser or author line next to it', (name, title, notTitle) => {
    const article = articleOf(`pages/${name}`);
    expect(article.title).toBe(title);
    // The other line is page furniture, accounted for in removed.
    expect(article.removed.find((line) => line.text === notTitle)?.reason).toBe('boilerplate');
  });

  it('the Washington Examiner page: the story ends where the next article loaded below it starts', () => {
    const article = articleOf('pages/full-e4c6a3b48240.txt');
    expect(article.body).toContain('In short, slaughter is likely coming to Hong Kong.');
    expect(article.body.some((paragraph) => paragraph.startsWith('Our family always celebrates anniversaries'))).toBe(false);
    const next = article.removed.find((line) => line.text === 'Carlos Ghosn and the dark side of Japanese justice');
    expect(next).toMatchObject({ reason: 'boilerplate', kind: 'page' });
  });

  it('the India Post page: bulleted teasers above the story are furniture, the story starts under its headline', () => {
    const article = articleOf('pages/full-5f9c5ed5d64d.txt');
    expect(article.title).toBe('With shattered dreams, deportees return home from US');
    expect(article.body[0]).toMatch(/^NEW DELHI: Their American dream shattered/);
    expect(article.removed.some((line) => line.text.startsWith('• Indian-origin man pleads guilty'))).toBe(true);
  });

  it('the Space.com article area: a caption printed twice is dropped, both copies; the paragraphs around it stay', () => {
    const article = articleOf('pages/article-c50845a7158a.txt');
    const caption = "An artist's concept of Blue Origin's Blue Moon lander.";
    expect(article.removed.filter((line) => line.text === caption).map((line) => line.kind)).toEqual(['caption', 'caption']);
    expect(article.body).not.toContain(caption);
    expect(article.body.length).toBeGreaterThan(10);
  });

  it('a byline with its date right above the headline is the header\'s: byline and timestamp (German page)', () => {
    const article = articleOf('pages/full-ba07d1e64775.txt');
    expect(article.title).toBe('Take C.A.R.E. - comwrap auf der DMEXCO 2018');
    expect(article.byline).toMatchObject({ names: ['Moritz Bachmann'], line: 4 });
    expect(article.timestamp).toMatchObject({ iso: '2018-07-30', label: 'published', line: 4 });
    expect(article.removed.filter((line) => line.line === 4)).toEqual([{ line: 4, reason: 'byline', text: 'Von Moritz Bachmann publiziert am 30. Juli 2018' }]);
    // The page's other lines above the headline stay furniture.
    expect(article.removed.filter((line) => line.line < 4).map((line) => line.kind)).toEqual(['page', 'page']);
  });

  it('The Verge article area: the byline-and-stamp line under the comment count and standfirst is read, not dropped as furniture', () => {
    const article = articleOf('pages/article-785affa2c34e.txt');
    expect(article.byline).toMatchObject({ names: ['Chaim Gartenberg'], text: 'By Chaim Gartenberg@cgartenberg', line: 13 });
    expect(article.timestamp).toMatchObject({ iso: '2019-11-19T19:53:00-05:00', line: 13 });
    expect(article.removed).toContainEqual({ line: 13, reason: 'byline', text: 'By Chaim Gartenberg@cgartenberg Nov 19, 2019, 7:53pm EST' });
    // The lines above it, between the header and the story, are still furniture.
    expect(article.removed.find((line) => line.line === 11)).toMatchObject({ reason: 'boilerplate', kind: 'page' });
    expect(article.body[0]).toMatch(/^After a three-year silence/);
  });

  it("Barron's article area: the stamp line under a byline split in two (`By` / `Al Root`) gives the timestamp", () => {
    const article = articleOf('pages/article-f8ff621a0b9b.txt');
    expect(article.timestamp).toMatchObject({ iso: '2019-11-19T08:02:00-05:00', line: 14 });
    expect(article.updated).toMatchObject({ iso: '2019-11-19T08:21:00-05:00', label: 'updated', line: 14 });
    expect(article.removed).toContainEqual({ line: 14, reason: 'timestamp', text: 'Updated Nov. 19, 2019 8:21 am ET / Original Nov. 19, 2019 8:02 am ET' });
  });

  it('a stamp line far under the header zone (a teaser list\'s date) is not read as the story\'s', () => {
    // The Verge's area with four more lines of furniture between the standfirst and the byline:
    // a teaser list's heading and headlines (lines of one to three words, menu items, are not
    // counted: a stamp under a row of share buttons is still read).
    const teasers = '\nMORE STORIES LIKE THIS ONE\n\nThe best streaming deals of the week\n\nWhy the new console costs more than the old one\n\nWhat to watch on TV this weekend\n\nBy Chaim';
    const text = read('pages/article-785affa2c34e.txt').toString('utf8').replace('\nBy Chaim', teasers);
    const article = parsed(text);
    expect(article.timestamp).toBeNull();
    expect(article.byline).toBeNull();
  });

  it('USA Today article area: the stamp with the time before the date is the timestamp and leaves the body', () => {
    const article = articleOf('pages/article-c58aa507c4de.txt');
    expect(article.timestamp).toMatchObject({ iso: '2019-11-19T19:07:00-05:00', label: 'published', line: 4 });
    expect(article.removed).toContainEqual({ line: 4, reason: 'timestamp', text: 'Published 7:07 PM EST Nov 19, 2019' });
    expect(article.warnings.map((warning) => warning.rule)).not.toContain('timestamp-missing');
    // Printed again under the story (the last line of the area): it leaves the body too, and so
    // the contributor line above it is read as the credit it is.
    expect(article.removed).toContainEqual({ line: 113, reason: 'timestamp', text: 'Published 7:07 PM EST Nov 19, 2019' });
    expect(article.body.some((paragraph) => paragraph.includes('Published 7:07 PM EST'))).toBe(false);
    expect(article.credits).toEqual([expect.objectContaining({ role: 'contributing', names: ['Kristine Phillips'] })]);
  });

  it('a last line that only looks like a stamp line but is not the header\'s stays in the body', () => {
    const text = ['Headline of the story', '', 'Published 7:07 PM EST Nov 19, 2019', '', 'WASHINGTON - The first paragraph of the story says what happened today.', '', 'Published 8:15 PM EST Nov 19, 2019'].join('\n');
    const article = parsed(text);
    expect(article.body.at(-1)).toBe('Published 8:15 PM EST Nov 19, 2019');
  });

  it('the CNN article area: a teaser headline printed three times in a row is dropped, every copy', () => {
    const article = articleOf('pages/article-d605bdef2cde.txt');
    const teaser = 'The United States once again kicks the Huawei can down the road';
    expect(article.removed.filter((line) => line.text === teaser).map((line) => line.kind)).toEqual(['related', 'related', 'related']);
    expect(article.body.some((paragraph) => paragraph.includes(teaser))).toBe(false);
  });

  it('a heading printed in a table of contents and again over its section far below stays in the body', () => {
    const heading = 'III. How authoritarianism works';
    const prose = (n: number) => `Paragraph ${n} of the story says what the researchers found when they asked voters about fear, order and their parties in the spring.`;
    const lines = ['Advertisement', 'Share this story', 'Skip to content', '', 'Why fear of authoritarians decided the vote', '', prose(1), '', heading, '', ...[2, 3, 4, 5, 6].flatMap((n) => [prose(n), '']), heading, '', prose(7), '', prose(8)];
    const article = parsed(lines.join('\n'));
    expect(article.body.filter((paragraph) => paragraph === heading)).toHaveLength(2);
  });

  it('the Fox Business article area: story paragraphs below an advert and a captioned photo stay in the story', () => {
    const article = articleOf('pages/article-51374560f400.txt');
    expect(article.body.some((paragraph) => paragraph.startsWith('Looking ahead, Home Depot sees fiscal year 2019 sales growth'))).toBe(true);
    expect(article.removed.find((line) => line.text.startsWith('Vicente Aguiar loads garage door trims'))?.kind).toBe('caption');
  });

  it('the Billboard article area: the tour dates the story introduces with a colon stay in the body', () => {
    const article = articleOf('pages/article-9cb8224b660f.txt');
    expect(article.body).toContain('The Doobie Brothers 50th Anniversary Tour 2020 dates:');
    expect(article.body.some((paragraph) => paragraph.includes('Oct. 10 -- The Cynthia Woods Mitchell Pavilion, Houston, TX'))).toBe(true);
    // The share box under the list is still furniture.
    expect(article.removed.filter((line) => line.text === '• FACEBOOK').map((line) => line.kind)).toEqual(['share', 'share']);
  });

  it('the CBS Sports article area: a list under a heading of its own at the end of the story stays in the body; the author lines under it do not', () => {
    const article = articleOf('pages/article-9a440270bf86.txt');
    expect(article.body).toContain('Qualified teams');
    expect(article.body).toContain('• England (Group A): 10th appearance');
    expect(article.body).toContain('• Wales (Group E): Second appearance');
    expect(article.removed.find((line) => line.text === 'Roger Gonzalez mugshot')?.kind).toBe('page');
  });

  it('the Fox Business article area: the last paragraph below capitals asking for a click stays in the story', () => {
    const article = articleOf('pages/article-51374560f400.txt');
    expect(article.body).toContain('Home Depot shares are up 39 percent year-to-date while the S&P 500 is up 24.5 percent.');
    expect(article.removed.find((line) => line.text === 'GET FOX BUSINESS ON THE GO BY CLICKING HERE')?.kind).toBe('newsletter');
    expect(article.removed.find((line) => line.text === 'READ MORE ON FOX BUSINESS BY CLICKING HERE')).toBeDefined();
  });

  it('teasers under a heading below the story are no list of the story: printed twice, or under a heading that names them', () => {
    const prose = (n: number) => `Paragraph ${n} of the story says what the council decided on Tuesday about the new parking rules for the city centre.`;
    const story = ['Skip to content', 'Advertisement', 'Share this story', '', 'Council adopts new parking rules for the city centre', '', prose(1), '', prose(2), '', prose(3), ''];
    const twice = ['Gronk tells all about the season', 'Gronk tells all about the season', 'Star recreates an iconic picture', 'Star recreates an iconic picture', 'Mayor bombed at the opera house', 'Mayor bombed at the opera house'];
    const named = ['• The strange life of a virtuoso coder', '• How to opt out of the data sellers', '• What the merger means for wearables'];
    for (const [heading, items] of [['On Our Radar', twice], ['More Great City Paper Stories', named]] as const) {
      const article = parsed([...story, heading, '', ...items.flatMap((item) => [item, '']), '© 2019 City Paper'].join('\n'));
      expect(article.body).toEqual([prose(1), prose(2), prose(3)]);
    }
  });

  it.each([
    // A menu's label over a menu's items, printed again as an item in the footer.
    ['full-b37be3535e1f.txt', 'Snooze cruise: Study sees future for hibernating astronauts', 'CTV News Channel'],
    // The site's slogan under its menu shares one or two words with the story.
    ['full-5fa5679de56c.txt', 'The Future of Apple Innovation Is Backwards', 'We come from the future'],
    // A short headline with its stamp and `• Posted by Vortex` under it; `13 Aug` above it is a date.
    ['full-95301fb7883e.txt', 'About bugs', null],
    // The headline with its byline and stamp, then a video player whose title is printed four times nearer the story.
    ['full-d605bdef2cde.txt', "Investors don't seem to know what to make of the US-China trade war", 'Trump: Trade talks between US and China going well'],
  ])('whole page %s: the headline is found, not a site label, slogan or video title', (file, title, not) => {
    const article = articleOf(`pages/${file}`);
    expect(article.title).toBe(title);
    if (not !== null) expect(article.body).not.toContain(not);
  });

  it('the comwrap page: the author\'s box under the story, headed with the name its byline signs (`Über Moritz Bachmann`), leaves with his bio', () => {
    const article = articleOf('pages/full-ba07d1e64775.txt');
    const bio = /^Als Inbound Sales Manager bildet Moritz Bachmann/u;
    expect(article.body.some((paragraph) => bio.test(paragraph))).toBe(false);
    expect(article.removed.filter((line) => ['Foto von Moritz Bachmann', 'Über Moritz Bachmann'].includes(line.text)).map((line) => line.kind)).toEqual(['page', 'page']);
    expect(article.removed.find((line) => bio.test(line.text))?.kind).toBe('page');
    // The story's last paragraph above the box stays.
    expect(article.body.at(-1)).toMatch(/^Dabei unterstützt die Software eZ Platform/u);
  });

  it('a heading `About <name>` that no byline of the text signs is no author\'s box: the paragraph under it stays', () => {
    // The comwrap page without its byline line: `Über Moritz Bachmann` may head anything (a
    // company's `About my6sense` heads boilerplate some stories keep).
    const text = read('pages/full-ba07d1e64775.txt').toString('utf8').replace('Von Moritz Bachmann publiziert am 30. Juli 2018\n', '\n');
    const article = parsed(Buffer.from(text));
    expect(article.body.some((paragraph) => paragraph.startsWith('Als Inbound Sales Manager bildet Moritz Bachmann'))).toBe(true);
  });

  it('an author\'s box over the story (under its byline, as some sites place it) takes only its heading: every story paragraph under it stays', () => {
    // The RT page with an `About the author` box put between its caption and the story: marked
    // line by line, the box's lines carried it on to the next clutter line and the story lost
    // its first paragraphs (7 -> 3 paragraphs).
    const plain = articleOf('pages/full-4a44ab3e4c41.txt');
    const text = read('pages/full-4a44ab3e4c41.txt').toString('utf8').replace('Follow RT onRT\n', 'Follow RT onRT\nAbout the author\nJane Doe covers South America for the channel and has reported from La Paz since 2015.\n');
    const article = parsed(Buffer.from(text));
    for (const paragraph of plain.body) expect(article.body).toContain(paragraph);
    expect(article.removed.find((line) => line.text === 'About the author')?.kind).toBe('page');
  });

  it('the autoracing page: a story that is a list under its stamp (a race calendar) is the story when no run of prose is worth more', () => {
    const article = articleOf('pages/full-cc03ddb5ef7d.txt');
    expect(article.body).toContain('Calendário da Stock Car 2018');
    expect(article.body).toContain('1a etapa: 10 de março – Interlagos');
    expect(article.body).toContain('12a etapa: 9 de dezembro – Interlagos');
    // The side column's blurbs, which were the block before, leave.
    expect(article.body.some((paragraph) => paragraph.startsWith('Clique e saiba os horários da TV do GP do Brasil'))).toBe(false);
  });

  it('a list with no stamp or byline a few lines above it is not taken for the story (the autoracing page without its stamp line)', () => {
    const text = read('pages/full-cc03ddb5ef7d.txt').toString('utf8').replace(/^.*segunda-feira, 22 de janeiro de 2018 às 0:13.*$/mu, '');
    const article = parsed(Buffer.from(text));
    expect(article.body).not.toContain('1a etapa: 10 de março – Interlagos');
  });

  it('the comwrap page: a German byline with its date is no headline; the headline under it is', () => {
    const article = articleOf('pages/full-ba07d1e64775.txt');
    expect(article.title).toBe('Take C.A.R.E. - comwrap auf der DMEXCO 2018');
  });

  it('a paragraph w3m wrapped at its column limit (no full stop at the end) is story text, not furniture', () => {
    const sentence = 'The council said the new rules would take effect in the spring and would apply to every district of the city.';
    const wrapped = `${Array.from({ length: 6 }, () => sentence).join(' ')} The mayor, who had opposed the plan for two years, said on Tuesday that`;
    const lines = ['Skip to content', 'Advertisement', 'Share this story', '', 'City adopts new parking rules', '', wrapped, '', 'Advertisement', '', '© 2019 City Paper'];
    const article = parsed(lines.join('\n'));
    expect(article.body).toContain(wrapped);
  });

  it('a stamp printed again inside the story leaves the body; the first copy is left to the header, and prose with a year stays', () => {
    const stamp = 'Published November 19, 2019';
    const prose = (n: number) => `Paragraph ${n} of the story says what the council decided on Tuesday about the new parking rules for the city centre.`;
    const year = 'The rules were first proposed in December 2018.';
    const lines = ['Skip to content', 'Advertisement', 'Share this story', '', 'Council adopts new parking rules for the city centre', '', stamp, '', prose(1), '', prose(2), '', stamp, '', year, '', prose(3), '', prose(4), '', prose(5), '', year, '', prose(6), '', '© 2019 City Paper'];
    const article = parsed(lines.join('\n'));
    expect(article.body).not.toContain(stamp);
    expect(article.removed.find((line) => line.line === 13)).toMatchObject({ reason: 'boilerplate', kind: 'page', text: stamp });
    expect(article.timestamp?.iso).toBe('2019-11-19');
    expect(article.removed.find((line) => line.line === 7)?.reason).toBe('timestamp');
    expect(article.body.filter((paragraph) => paragraph === year)).toHaveLength(2);
  });

  it('the Fox News article area: capitals asking for a click leave the body where they stand; the paragraphs around them stay', () => {
    const article = articleOf('pages/article-7dfc3e359d7c.txt');
    expect(article.removed.find((line) => line.text === 'CLICK HERE TO GET THE FOX NEWS APP')?.kind).toBe('newsletter');
    expect(article.body).not.toContain('CLICK HERE TO GET THE FOX NEWS APP');
    expect(article.body.some((paragraph) => paragraph.startsWith('Upon hearing the news that she would be advancing to the finals'))).toBe(true);
    expect(article.body.some((paragraph) => paragraph.startsWith('“Can I give it to James?”'))).toBe(true);
  });

  it('the Fox News article area: other stories\' headlines in capitals between the paragraphs leave as related; a short heading in capitals stays', () => {
    const article = articleOf('pages/article-7dfc3e359d7c.txt');
    for (const teaser of ["'DANCING WITH THE STARS' CARRIE ANN INABA OPENS UP ABOUT SERIOUS HEALTH CONDITION", "SEAN SPICER ELIMINATED FROM 'DANCING WITH THE STARS'"]) {
      expect(article.body).not.toContain(teaser);
      expect(article.removed.find((line) => line.text === teaser)?.kind).toBe('related');
    }
    const prose = (n: number) => `Paragraph ${n} of the story says what the council decided on Tuesday about the new parking rules for the city centre and its shops.`;
    const lines = ['Skip to content', 'Advertisement', 'Share this story', '', 'Council adopts new parking rules for the city centre', '', prose(1), '', 'HOW TO USE THE NEW PARKING METERS', '', prose(2), '', 'HD THE HOME DEPOT INC. NYSE 225.86 -12.99 -5.44%', '', prose(3), '', '© 2019 City Paper'];
    const own = parseArticle(lines.join('\n'));
    if (!own.ok) throw new Error('refused');
    expect(own.article.body).toContain('HOW TO USE THE NEW PARKING METERS');
    expect(own.article.body).toContain('HD THE HOME DEPOT INC. NYSE 225.86 -12.99 -5.44%');
    expect(own.article.body).toContain(prose(3));
  });

  it('a sentence that ends with an emoji, after its full stop or in its place, is story text', () => {
    const prose = (n: number) => `Paragraph ${n} of the post says what the theatre staged on Saturday for the festival and how the crowd took it.`;
    const emoji = ['Book your tickets through the website and come and see this performance today! 🙂', 'Try something new with your friends at the theatre this weekend 😉'];
    const lines = ['Skip to content', 'Advertisement', 'Share this story', '', 'The festival opens with a traditional dance', '', prose(1), '', prose(2), '', prose(3), '', emoji[0], '', emoji[1], '', '• Facebook', '• Twitter', '', '© 2019 The Theatre'];
    const article = parsed(lines.join('\n'));
    expect(article.body).toEqual([prose(1), prose(2), prose(3), ...emoji]);
  });

  it('a box of other stories between the paragraphs leaves as related; the story goes on below it', () => {
    const prose = (n: number) => `Paragraph ${n} of the story says what the health authority decided on Tuesday about the outbreak and the quarantine.`;
    const box = ["DON'T MISS", 'Plane passengers quarantined after plague outbreak [NEWS]', 'Holidaymakers die after eating marmot [INSIGHT]', 'Health authority names eight deadly diseases [WARNING]'];
    const lines = ['Skip to content', 'Advertisement', 'Share this story', '', 'Third case of plague reported in China', '', prose(1), '', prose(2), '', ...box, '', prose(3), '', prose(4), '', prose(5), '', '© 2019 Daily Paper'];
    const article = parsed(lines.join('\n'));
    expect(article.body).toEqual([1, 2, 3, 4, 5].map(prose));
    expect(box.map((text) => article.removed.find((line) => line.text === text)?.kind)).toEqual(['related', 'related', 'related', 'related']);
  });

  it('a Markdown task list is text, not a page of w3m form boxes: every item stays in the body', () => {
    const items = ['[ ] buy milk', '[ ] call the printer about the proofs', '[ ] book the hall for Saturday', '[ ] send the minutes to the board'];
    const article = parsed(['Things to do before the meeting', '', ...items].join('\n'));
    expect(article.body.join('\n')).toContain(items.join('\n'));
    expect(article.removed.filter((line) => line.reason === 'boilerplate')).toEqual([]);
  });

  it('the RT page: an `Also on rt.com` teaser between the paragraphs and the share pitch under the story leave the body', () => {
    const article = articleOf('pages/full-4a44ab3e4c41.txt');
    expect(article.removed.find((line) => line.text.startsWith('Also on rt.com'))?.kind).toBe('related');
    expect(article.removed.find((line) => line.text === 'Like this story? Share it with a friend!')?.kind).toBe('share');
    // The paragraphs on both sides of the teaser stay.
    expect(article.body.some((paragraph) => paragraph.startsWith('Public Ombudsman Nadia Cruz’s office said'))).toBe(true);
    expect(article.body.some((paragraph) => paragraph.startsWith('An Associated Press journalist in the area'))).toBe(true);
  });

  it.each([
    ['article-c50845a7158a.txt', "Editor's note: This story was updated at 5:45 p.m. ET to include details from the NASA telecon.", '• Moon Rush: Private Lunar Lander Plans'],
  ])('%s: an editor\'s note under a box of related links is the story\'s last paragraph; the links are not', (file, note, link) => {
    const article = articleOf(`pages/${file}`);
    expect(article.body.at(-1)).toBe(note);
    expect(article.removed.find((line) => line.text === link)?.reason).toBe('boilerplate');
  });

  it('an editor\'s note past a section heading under the story is not the story\'s', () => {
    const prose = (n: number) => `Paragraph ${n} of the story says what the council decided on Tuesday about the new parking rules for the city centre.`;
    const lines = ['Skip to content', 'Advertisement', 'Share this story', '', 'Council adopts new parking rules', '', prose(1), '', prose(2), '', 'Leave a Reply', '', "Editor's note: Comments are moderated.", '', '© 2019 City Paper'];
    const article = parsed(lines.join('\n'));
    expect(article.body).toEqual([prose(1), prose(2)]);
  });

  it('the Anti-June Cleaver article area: the recipe card under the story (its name, `Print`, Ingredients, Instructions) is the story\'s', () => {
    const article = articleOf('pages/article-4219d096902d.txt');
    expect(article.body).toContain('• 8-9 ripe pears, cored and peeled');
    expect(article.body.some((paragraph) => paragraph.startsWith('1. Fill canner with water and set it to simmer.'))).toBe(true);
    expect(article.body.some((paragraph) => paragraph.includes('6. Remove from canner and allow to cool.'))).toBe(true);
    expect(article.removed.find((line) => line.text === 'Print')?.kind).toBe('share');
    expect(article.removed.find((line) => line.text === 'You may also like:')?.reason).toBe('boilerplate');
  });

  it('the Dare to Play article area: a short sentence next to the story and a list under a heading ending in a number and a colon stay', () => {
    const article = articleOf('pages/article-a860fb5eda1a.txt');
    expect(article.body).toContain('This game will help you!');
    expect(article.body).toContain('Dare to Play 3:');
    expect(article.body).toContain('• Challenges that need to be performed within a week, even after the game is over');
    expect(article.removed.find((line) => line.text === 'dp3_1_endp3_1_en')?.kind).toBe('caption');
  });

  it('the Practical Horseman article area: the last item, below an advert and a player\'s `Thanks for watching!`, is the story\'s', () => {
    const article = articleOf('pages/article-e1cd54e5577d.txt');
    expect(article.body.at(-1)).toMatch(/^ATTEND a two-day symposium with Olympic dressage rider Steffen Peters/);
    expect(article.removed.find((line) => line.text === 'Thanks for watching!Visit Website')?.kind).toBe('player');
  });

  it('the Fox Business article area: the lead above `Continue Reading Below` and the ticker table under it are the story\'s', () => {
    const article = articleOf('pages/article-51374560f400.txt');
    expect(article.body[0]).toMatch(/^Dow component Home Depot reported third-quarter earnings that topped estimates/);
    expect(article.body.some((paragraph) => paragraph.includes('THE HOME DEPOT INC.'))).toBe(true);
    expect(article.removed.find((line) => line.text === 'Continue Reading Below')?.kind).toBe('advert');
    expect(article.title).toBe('Home Depot sales miss, shares plunge');
    // Not the video's caption above it, printed twice (once with `video` glued on).
    expect(article.removed.find((line) => line.text.startsWith('Home Depot co-founder Ken Langone discusses') && !line.text.endsWith('video'))?.kind).toBe('player');
  });

  it('the Rolling Stone article area: two `Related` boxes one under the other between the paragraphs leave, links and all; the story goes on below them', () => {
    const article = articleOf('pages/article-ac1bfdd4c510.txt');
    expect(article.body.some((paragraph) => paragraph.startsWith('Following a performance of their sing-along jam'))).toBe(true);
    expect(article.body.some((paragraph) => paragraph.startsWith('Dressed in black pants, an untucked black shirt'))).toBe(true);
    expect(article.body).toContain('June 9 – West Palm Beach, FL @ Coral Sky Amphitheatre');
    for (const link of ["Dave Grohl's Guest List: 21 Amazing Musical Cameos", "Michael McDonald Talks Doobie Brothers' New Album, Donna Summer and Retirement"]) {
      expect(article.removed.find((line) => line.text === link)?.kind, link).toBe('related');
    }
  });

  it('the Windows Central page: the story above `Related` and `Read these next` wins over the longer deals teasers below them', () => {
    const article = articleOf('pages/full-aade2ec8d1e7.txt');
    expect(article.body[0]).toMatch(/^The promise of Google Stadia: high quality visuals/);
    expect(article.body.some((paragraph) => paragraph.startsWith('We recently traveled to Google’s offices in London'))).toBe(true);
    expect(article.body.some((paragraph) => paragraph.includes('Apple AirPods Pro already discounted'))).toBe(false);
    expect(article.removed.find((line) => line.text === 'Read these next')?.kind).toBe('related');
  });

  it('the Beachbody meal plan page: the story goes on in short lines under its paragraphs up to `Related Articles`', () => {
    const article = articleOf('pages/full-5f03fc173ebc.txt');
    expect(article.title).toBe('Meal Prep for A Little More Obsessed');
    expect(article.body).toContain('Meal Prep Menu for Eating Plan A');
    expect(article.body).toContain('Portion Fix Containers: 1 Green, 1 Red, 1 Yellow, 1 tsp.');
    expect(article.body.at(-1)).toBe('Portion Fix Containers: 1 tsp.');
    // The meals the plan repeats on several days are the plan's, every copy (until 2026-11-29 they left as teasers).
    const zoodles = article.body.filter((paragraph) => paragraph.includes('Asian Chicken Zoodles [1 cup zucchini noodles'));
    expect(zoodles.length).toBeGreaterThanOrEqual(6);
    expect(article.removed.some((line) => line.text.startsWith('Asian Chicken Zoodles'))).toBe(false);
    // Not the teasers under `Related Articles`, nor the menus and disclaimers around the page.
    expect(article.body).not.toContain('Why Breakfast Really Does Matter – But Only if You’re Doing It Right');
    expect(article.removed.find((line) => line.text.startsWith('*These statements have not been evaluated'))?.kind).toBe('legal');
  });

  it.each([
    ['no section heading closes them', ['Eat 60 minutes before your workout', 'Drink during your workout'], null],
    ['a menu of one- and two-word items', ['Recipes', 'Fitness'], 'Related Articles'],
  ])('lines under a story are not its short lines when %s', (_, words, closing) => {
    const prose = (n: number) => `Paragraph ${n} of the story says what the council decided on Tuesday about the new parking rules for the city centre and the suburbs.`;
    const tail = Array.from({ length: 12 }, (__, n) => `${words[n % 2]!} ${n + 1}`);
    const lines = ['Skip to content', 'Advertisement', 'Share this story', '', 'Council adopts new parking rules', '', prose(1), '', prose(2), '', ...tail, '', ...(closing === null ? [] : [closing, '']), '© 2019 City Paper'];
    const article = parsed(lines.join('\n'));
    expect(article.body).toEqual([prose(1), prose(2)]);
  });

  it('the BGR article area: the deals list the story announces below it stays in the body; its buttons and commission notices leave as advert', () => {
    const article = articleOf('pages/article-e7d77f186980.txt');
    // The paragraph ends `… Check out our picks for the 10 best early Black Friday 2019 deals on Apple products below.`
    expect(article.body.some((paragraph) => paragraph.startsWith('AirPods 2 dropped to an all-time low'))).toBe(true);
    expect(article.body).toContain('• Active noise cancellation for immersive sound');
    expect(article.body.some((paragraph) => paragraph.startsWith('Powerbeats3 Wireless Earphones - Black'))).toBe(true);
    const kinds = (text: string) => [...new Set(article.removed.filter((line) => line.text === text).map((line) => line.kind))];
    expect(kinds('BGR may receive a commission')).toEqual(['advert']);
    expect(kinds('Buy Now')).toEqual(['advert']);
    expect(article.removed.find((line) => line.text.startsWith('Follow @BGRDeals on Twitter'))?.kind).toBe('advert');
    expect(kinds('Tags: BGR Deals')).toEqual(['navigation']);
  });

  it('the whole BGR page: the deals list ends where the small print under it starts; the teasers below stay out', () => {
    const article = articleOf('pages/full-e7d77f186980.txt');
    expect(article.body).toContain('• Active noise cancellation for immersive sound');
    expect(article.body.some((paragraph) => paragraph.includes('Amazon’s blowing out Anker charging accessories'))).toBe(false);
    expect(article.removed.find((line) => line.text === 'BGR Top Deals')?.reason).toBe('boilerplate');
  });

  it('The Hill article area: a tag list, a credit and an advert make it a page; the tweet the story quotes stays in the body', () => {
    const text = read('pages/article-6ebac05f637e.txt').toString('utf8');
    expect(findPage(normalize(text).lines)).not.toBeNull();
    const article = parsed(text);
    expect(article.body).toContain('— Rep. Ilhan Omar (@Ilhan) November 19, 2019');
    expect(article.body.some((paragraph) => paragraph.endsWith('pic.twitter.com/s96jjh8AlD'))).toBe(true);
    expect(article.removed.find((line) => line.text.startsWith('Tags Alexandria'))?.kind).toBe('navigation');
    expect(article.removed.find((line) => line.text === 'ADVERTISEMENT')?.kind).toBe('advert');
  });

  it('The Hill article area: the name cards glued into the paragraphs leave as related; the paragraph keeps the name once', () => {
    const article = articleOf('pages/article-6ebac05f637e.txt');
    expect(article.body[0]).toBe(
      'A New York man pleaded guilty to charges he threatened to kill Rep. Ilhan Omar (D-Minn.), the U.S. Attorney’s Office for the Western District of New York announced Monday.',
    );
    const cards = article.removed.filter((entry) => entry.kind === 'related' && entry.text.endsWith(' MORE'));
    expect(cards.map((entry) => [entry.line, entry.text.slice(0, 30)])).toEqual([
      [4, 'Ilhan OmarHillicon Valley: Pro'],
      [20, 'Alexandria Ocasio-CortezSander'],
    ]);
    expect(article.body.join('\n')).not.toMatch(/Hillicon Valley| MORE /);
  });

  it('several name cards on one line are cut in one pass, left to right: each leaves whole, the names stay once', () => {
    const card = (name: string, n: number) => `${name}${name}Teaser headline number ${n} | Another teaser ${n} MORE (D-${n})`;
    const line = `Lawmakers including Rep. ${card('Jane Doe', 1)}, Sen. ${card('John Roe', 2)} and ${card('Jane Doe', 3)} spoke.`;
    expect(withoutNameCards(line)).toEqual({
      text: 'Lawmakers including Rep. Jane Doe (D-1), Sen. John Roe (D-2) and Jane Doe (D-3) spoke.',
      cards: ['Jane DoeTeaser headline number 1 | Another teaser 1 MORE', 'John RoeTeaser headline number 2 | Another teaser 2 MORE', 'Jane DoeTeaser headline number 3 | Another teaser 3 MORE'],
    });
    // A line of thousands of cards (the old cut searched the joined text again from its start
    // after each card, and ran out of memory at 8,000 of them).
    const many = withoutNameCards(Array.from({ length: 5000 }, (_, n) => `Rep. ${card('Jane Doe', n)} said.`).join(' '));
    expect(many?.cards).toHaveLength(5000);
    expect(many?.text.startsWith('Rep. Jane Doe (D-0) said. Rep. Jane Doe (D-1) said.')).toBe(true);
    expect(many?.text).not.toMatch(/Teaser| MORE/);
  });

  it('no name card without both its marks: the name printed twice at once, and `MORE (` closing it', () => {
    expect(withoutNameCards('The senator, Jane Doe, asked for MORE (not less) funding for the program.')).toBeNull();
    expect(withoutNameCards('Jane DoeJane Doe is how the form printed her name, and it asked for more (not less).')).toBeNull();
  });

  it('the Beachbody Blog page: the health and results disclaimers under the post leave as legal, not as story text', () => {
    const article = articleOf('pages/full-ec3878db7e49.txt');
    expect(article.body.at(-2)).toMatch(/^My goal is for you to have a great time watching the game/);
    expect(article.body.at(-1)).toBe('Get started with 2B Mindset here.');
    for (const start of ['The information provided on this website', '+Results vary', '*These statements have not been evaluated', 'Consult your physician']) {
      expect(article.removed.find((line) => line.text.startsWith(start))?.kind, start).toBe('legal');
    }
  });

  // A wrong headline is worse than none: on article areas whose headline is not in the text,
  // the line that scored best was a sentence, a teaser's blurb or a picture's alt text.
  it.each([
    // Al Bawaba: a story sentence printed above it under `Highlights`, again among the paragraphs.
    ['article-833caf3bdba5.txt', 'Israeli courts, however, have declared most major settlements legal.'],
    // ZDNet: a teaser's blurb over `Read More` (it leaves as related), and the byline line with its stamp.
    ['article-5fbc7ccb504c.txt', 'The very best Black Friday deals and sales.'],
    // LA Times: a picture's alt text over its caption and `(Jacquelyn Martin / Associated Press)`.
    ['article-8634d1211c3f.txt', 'Gannett headquarters building'],
  ])('%s: no headline in the text, so title null and title-missing, not %j', (name, notTitle) => {
    const article = articleOf(`pages/${name}`);
    expect(article.title).toBeNull();
    expect(article.warnings.map((warning) => warning.rule)).toContain('title-missing');
    expect(article.removed.some((line) => line.reason === 'title')).toBe(false);
    expect(article.title).not.toBe(notTitle);
  });

  it('the ZDNet article area: a teaser\'s blurb over `Read More` leaves as related; the byline line with a stamp is no headline', () => {
    const article = articleOf('pages/article-5fbc7ccb504c.txt');
    expect(article.removed.find((line) => line.text === 'The very best Black Friday deals and sales.')).toMatchObject({ reason: 'boilerplate', kind: 'related' });
    expect(article.body[0]).toMatch(/^As the year comes to an end/u);
  });

  it('the Al Bawaba article area: with no headline, the stamp on its first line is read past the caption and `Highlights` under it', () => {
    const article = articleOf('pages/article-833caf3bdba5.txt');
    expect(article.timestamp).toMatchObject({ iso: '2019-11-20T07:29:00Z', line: 1 });
    expect(article.removed.find((line) => line.text === 'Highlights')).toMatchObject({ reason: 'boilerplate', kind: 'page' });
  });

  it('the LA Times article area: its share box is share clutter, so the stamp above it is read with no headline', () => {
    const article = articleOf('pages/article-8634d1211c3f.txt');
    for (const text of ['• Show more sharing options', 'Share Close extra sharing options', '• Copy Link URLCopied!']) {
      expect(article.removed.find((line) => line.text === text)).toMatchObject({ reason: 'boilerplate', kind: 'share' });
    }
    expect(article.timestamp?.iso).toBe('2019-11-19');
  });

  it('the Florida Today page: the headline over a name and a stamp (USA TODAY\'s sites), not the first result line of the roundup', () => {
    const article = articleOf('pages/full-c81e134ed499.txt');
    expect(article.title).toBe('High School Roundup: Viera defeats Rockledge to remain undefeated');
    expect(article.timestamp?.text).toBe('2:16 AM EST Nov 20, 2019');
  });

  it('a Russian page: the headline under its breadcrumb, not the site\'s name over its search box', () => {
    const article = articleOf('pages/full-c4a3637c6696.txt');
    expect(article.title).toBe('Скайрим (skyrim) скорость бега как увеличить');
    expect(article.removed.find((line) => line.text === 'Нормы ГТО и знаний')?.reason).toBe('boilerplate');
  });

  it('the chron.com article area: the headline printed again over the gallery is not the title line; the first copy, with its byline and stamp, is', () => {
    const article = articleOf('pages/article-db6b0816c612.txt');
    expect(article.title).toBe('Esper accuses China of intimidating smaller Asian nations');
    expect(article.provenance.title).toBe(3);
    expect(article.timestamp).toMatchObject({ iso: '2019-11-20T05:27:00-06:00', label: 'updated' });
  });

  it('the CBS Detroit page: menus of teasers whose headlines are glued to their blurbs leave as related; the story under them is the block', () => {
    const article = articleOf('pages/full-c467d507551a.txt');
    expect(article.title).toBe('Michigan Officials: 6th Fatality Linked To Eastern Equine Encephalitis Reported');
    expect(article.body).toHaveLength(4);
    expect(article.body[0]).toMatch(/^ST\. JOSEPH, Mich\. \(AP\) — Michigan health authorities/u);
    for (const start of ['Customers Leave Without Paying $690 Bill At Troy SteakhouseA party', 'Is Violence In Sports On The Rise?Violence', 'Your Weather Today In Detroit for 11/15You can']) {
      expect(article.removed.find((line) => line.text.startsWith(start))).toMatchObject({ reason: 'boilerplate' });
    }
    expect(article.removed.find((line) => line.text.startsWith('Customers Leave Without Paying'))?.kind).toBe('related');
  });

  it('a story with a name or a heading glued to a sentence, once or twice, keeps them: glued teasers come three or more to a page', () => {
    const story = [
      'Storm Season Hits the Coast',
      '',
      'Advertisement',
      'Share this story',
      'Skip to content',
      '',
      'The storm reached the coast on Monday night and brought heavy rain to the towns along the bay, where most schools stayed closed.',
      '',
      'What Happens Next For The TownsOfficials said the repairs would take weeks and that the roads would open in stages.',
      '',
      'Residents were told to stay indoors until the water went down, and the ferry service was stopped until further notice.',
      '',
    ].join('\n');
    const article = parsed(story);
    expect(article.body.some((paragraph) => paragraph.startsWith('What Happens Next For The TownsOfficials'))).toBe(true);
  });

  it('a Japanese article area: the steps under an advert slot and a subheading, short sentences cut across lines, stay in the story', () => {
    const article = articleOf('pages/article-f105de6e63ca.txt');
    const body = article.body.join('\n');
    for (const text of ['以下、その手順。', 'ショートカットタブを開き、ショートカットの欄を', '再起動して完了', 'これでようやく元の操作性を取り戻せました。']) {
      expect(body).toContain(text);
    }
    expect(article.removed.filter((line) => line.text === '[INS::INS]').length).toBeGreaterThan(0);
    expect(body).not.toContain('関連記事');
  });

  it('the Digg page: the sources the round-up cites in brackets stay in the story; its lists of teasers printed twice do not', () => {
    const article = articleOf('pages/full-680c2848e94a.txt');
    const { body, removed } = article;
    expect(body.filter((paragraph) => /^\[[^\]]+\]$/u.test(paragraph))).toEqual([
      '[Engadget]', "[Tom's Guide]", '[PC World]', '[CNET]', '[The Verge]', '[Wired]', '[Inverse]', "[Tom's Guide]",
      '[The Guardian]', '[CNBC]', '[CNET]', '[CNBC]', '[The Verge]', '[PC World]', '[Engadget]', '[Wired]',
    ]);
    // Teasers printed twice over their blurbs, below the story: not the story's.
    expect(body.some((paragraph) => paragraph.startsWith('Berlin is about to begin a groundbreaking rental law'))).toBe(false);
    expect(removed.find((line) => line.text === 'Berlin Wants To Freeze Rents For 5 Years. Can It Really Do That?')?.reason).toBe('boilerplate');
  });

  it('the pv magazine page: share buttons each with its picture\'s `Icon` label leave as share; the paragraphs around them stay', () => {
    const article = articleOf('pages/full-b0cf2bbf0192.txt');
    const icons = 'Icon Facebook Icon Twitter Icon LinkedIn Icon Google Plus Icon WhatsApp Icon Email';
    expect(article.removed.filter((line) => line.text === icons).map((line) => line.kind)).toEqual(['share', 'share']);
    expect(article.body).not.toContain(icons);
    expect(article.body).toContain('South Korea’s Ministry of Trade, Industry and Energy (MOTIE) has unveiled a plan to help the PV industry further reduce the costs of solar module technology and to increase product efficiency.');
  });

  it('the Forbes article area: the pictures\' `Getty` credits leave as caption, and the block starts at the story\'s lead', () => {
    const article = articleOf('pages/article-a078b3656adc.txt');
    expect(article.removed.filter((line) => line.text === 'Getty').map((line) => line.kind)).toEqual(['caption', 'caption']);
    expect(article.body[0]).toMatch(/^The Corrs’ song “Breathless” probably doesn’t refer to a duvet\./u);
    expect(article.body).not.toContain('• Share to facebook');
  });

  it.each([
    // LA Times: an agency's slug for the picture's alt text, between the teasers and the story.
    ['article-8634d1211c3f.txt', 'FILES-US-MEDIA-NEWSPAPER-MERGER-GANNETT-TRONC'],
    // ZDNet: the photographer over the site, under each deal's picture.
    ['article-5fbc7ccb504c.txt', 'Jason Cipriani/ZDNet'],
    // CBS Sports: an agency's slug in capitals under the story.
    ['article-9a440270bf86.txt', 'TOPSHOT-FBL-MEX-DORADOS-JUAREZ-MARADONA'],
  ])('%s: a picture\'s file name or its photographer\'s credit %j leaves as caption', (name, text) => {
    const article = articleOf(`pages/${name}`);
    expect(article.body).not.toContain(text);
    expect(article.removed.filter((line) => line.text === text).length).toBeGreaterThan(0);
    expect(article.removed.filter((line) => line.text === text).every((line) => line.kind === 'caption')).toBe(true);
  });

  it('the moneycontrol article area: two clutter lines of different kinds make a page, so `Close` and the `related news` box leave; the paragraphs stay', () => {
    const article = articleOf('pages/article-65408257dbe4.txt');
    for (const text of ['Close', 'related news', '• Taking Stock: Historic day on D-St! Here\'s what is driving the rally']) {
      expect(article.body, text).not.toContain(text);
      expect(article.removed.find((line) => line.text === text)?.reason, text).toBe('boilerplate');
    }
    expect(article.body).toContain('Experts and brokerages are of the view that the market is factoring in a recovery in the economy.');
  });

  it('wire copy with a `___` separator and a copyright footer (two kinds clean stories carry) is no page: its tail is read as wire furniture', () => {
    const article = parsed('Storm hits coast\n\nMIAMI (AP) — A storm hit the coast on Monday.\n\nThousands lost power.\n\n___\n\nAssociated Press writer Jane Roe in Atlanta contributed to this report.\n\nCopyright 2019 The Associated Press. All rights reserved.\n');
    expect(article.removed.filter((line) => line.line > 1).map((line) => line.reason)).toEqual(['separator', 'credit', 'boilerplate']);
  });

  // A story copied from its site with a `Related: …` link after its fifth block and a newsletter
  // pitch right above its last paragraph (the seed story, a real RT story, with both set in).
  const withPromos = (share: boolean) => {
    const blocks = read('seed/pompeo-lavrov-sochi.txt').toString('utf8').split('\n\n');
    blocks.splice(blocks.length - 1, 0, 'Sign up for our newsletter');
    blocks.splice(5, 0, 'Related: Lavrov says Moscow is ready to talk arms control');
    if (share) blocks.splice(4, 0, 'Share this story');
    return blocks.join('\n\n');
  };
  const storyBody = () => articleOf('seed/pompeo-lavrov-sochi.txt').body;

  it('a story carrying a `Related: …` link and a newsletter pitch (two kinds set inside stories, no site control) is no page: every story line stays', () => {
    const text = withPromos(false);
    expect(findPage(normalize(text).lines)).toBeNull();
    const article = parsed(text);
    expect(article.removed.some((line) => line.reason === 'boilerplate')).toBe(false);
    for (const paragraph of storyBody()) expect(article.body, paragraph.slice(0, 40)).toContain(paragraph);
  });

  it('on a page, a newsletter line right between two paragraphs leaves where it stands and does not end the story: the last paragraph stays', () => {
    const article = parsed(withPromos(true));
    for (const paragraph of storyBody()) expect(article.body, paragraph.slice(0, 40)).toContain(paragraph);
    expect(article.removed.filter((line) => line.reason === 'boilerplate').map((line) => [line.kind, line.text])).toEqual([
      ['share', 'Share this story'],
      ['related', 'Related: Lavrov says Moscow is ready to talk arms control'],
      ['newsletter', 'Sign up for our newsletter'],
    ]);
  });

  it('on a page, a newsletter box after the story (heading, blurb, form) is no pitch inside the story: its blurb leaves with it, the story stays', () => {
    const blocks = read('seed/pompeo-lavrov-sochi.txt').toString('utf8').trimEnd().split('\n\n');
    blocks.splice(4, 0, 'Share this story');
    blocks.push('Sign up for our newsletter', 'Get the day\'s big stories and the fun stuff you love, like our picks, polls and power rankings, in your inbox.', '[                    ][Subscribe]', 'Thanks for signing up!');
    const article = parsed(blocks.join('\n\n') + '\n');
    for (const paragraph of storyBody()) expect(article.body, paragraph.slice(0, 40)).toContain(paragraph);
    expect(article.body).not.toContain('Get the day\'s big stories and the fun stuff you love, like our picks, polls and power rankings, in your inbox.');
    expect(article.removed.find((line) => line.text.startsWith('Get the day'))?.reason).toBe('boilerplate');
  });

  it('on a page, a story line introducing a quote (`Pompeo later said:`) is no comment author\'s line: the paragraphs under it stay', () => {
    const blocks = withPromos(true).split('\n\n');
    blocks.splice(blocks.findIndex((block) => block.startsWith('“I’m here today')), 0, 'Pompeo later said:');
    const article = parsed(blocks.join('\n\n'));
    expect(article.body).toContain('Pompeo later said:');
    for (const paragraph of storyBody()) expect(article.body, paragraph.slice(0, 40)).toContain(paragraph);
    expect(article.removed.some((line) => line.kind === 'comments')).toBe(false);
  });

  it('a clean story with two `***` separators (one kind of clutter-like line) is no page: its epigraph stays in the body', () => {
    const article = articleOf('fakebr/280.txt');
    expect(article.body[0]).toMatch(/^“Invocar dispositivos de leis descoladas/u);
    expect(article.removed.some((line) => line.reason === 'boilerplate')).toBe(false);
  });

  it('the Smithsonian page: a newsletter box\'s heading ends the story, so the author\'s bio under it leaves', () => {
    const article = articleOf('pages/full-ea25dd7edff4.txt');
    expect(article.body.at(-1)).toMatch(/^In the wake of that outbreak, China “vastly improved its detection/u);
    expect(article.body).not.toContain('About Brigit Katz');
    expect(article.removed.find((line) => line.text === 'SIGN UP for our newsletter')?.kind).toBe('newsletter');
  });

  it('the Dealbreaker article area: the name under an `Author:` label is no headline; the sponsor\'s pitch over the story leaves as newsletter', () => {
    const article = articleOf('pages/article-55bb6340e3d7.txt');
    expect(article.title).not.toBe('The Water Coolest');
    expect(article.body.some((paragraph) => paragraph.startsWith('Start your day with the Opening Bell'))).toBe(false);
    expect(article.removed.find((line) => line.text.startsWith('There\'s plenty more where that came from.'))?.kind).toBe('newsletter');
  });

  it('keepBoilerplate keeps every line: nothing removed as boilerplate', () => {
    const text = read('pages/full-8cad00dc22de.txt');
    const kept = parseArticle(text, { keepBoilerplate: true });
    const dropped = parseArticle(text);
    if (!kept.ok || !dropped.ok) throw new Error('refused');
    expect(kept.article.removed.some((line) => line.reason === 'boilerplate')).toBe(false);
    expect(dropped.article.removed.filter((line) => line.reason === 'boilerplate').length).toBeGreaterThan(100);
    expect(kept.article.stats.words).toBeGreaterThan(dropped.article.stats.words * 2);
  });

  it('a bad keepBoilerplate value is refused as a bad option', () => {
    const result = parseArticle('Title\n\nBody text.', { keepBoilerplate: 'yes' as unknown as boolean });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toBe('Bad options.keepBoilerplate `yes`, expected true or false');
  });
});

describe('round 10: the lead and captions around a story\'s first picture', () => {
  it('SFGate article area: an AP lead opening with its dateline (`HAYWARD, Calif. (AP) —`) over a time heading is the story\'s first paragraph', () => {
    const article = articleOf('pages/article-5caf91b8a442.txt');
    expect(article.body[0]).toMatch(/^HAYWARD, Calif\. \(AP\) — The Latest on a deadly stabbing/u);
    expect(article.body[1]).toBe('10 p.m.');
    expect(article.dateline?.agency).toBe('AP');
    expect(article.removed.some((line) => line.text.startsWith('HAYWARD, Calif.'))).toBe(false);
  });

  it('AP article area: the dateline lead above the story\'s pictures stays, the long `In this photo issued by ITV, …` captions between leave as captions', () => {
    const article = articleOf('pages/article-e7994d550087.txt');
    expect(article.body[0]).toMatch(/^LONDON \(AP\) — Britain's Conservative Party was accused Wednesday/u);
    const captions = article.removed.filter((line) => line.text.startsWith('In this photo issued by ITV'));
    expect(captions.map((line) => line.kind)).toEqual(['page', 'caption', 'caption', 'caption']);
  });

  it('a dateline lead naming no agency, above a picture and a time heading, is not taken in (with its agency it is)', () => {
    const lead = 'LONDON — Britain\'s Conservative Party was accused Wednesday of trying to deceive voters by changing its name';
    const story = 'The council said the new rules would take effect in the spring and would apply to every district of the city, officials said on Tuesday.';
    const lines = ['Skip to content', 'Advertisement', 'Share this story', '', 'City adopts new parking rules', '', lead, '', 'Photo: Jane Doe/Getty Images', '', '10 p.m.', '', story, '', story.replace('council', 'mayor'), '', 'Advertisement', '', '© 2019 City Paper'];
    expect(parsed(lines.join('\n')).body).not.toContain(lead);
    // With its agency it is the lead.
    expect(parsed(lines.join('\n').replace('LONDON —', 'LONDON (AP) —')).body[0]).toMatch(/^LONDON \(AP\) —/u);
  });

  it('captions by their opening are captions over 200 characters too (AP `In this photo …`, MSN `a hand holding a blue object: …`)', () => {
    const ap = 'In this photo issued by ITV, Jeremy Corbyn reacts during the election head-to-head debate live on TV, in Salford, Manchester, England, Tuesday, Nov. 19, 2019. Prime Minister Boris Johnson and opposition Labour Party leader Jeremy Corbyn went head-to-head. (ITV via AP)';
    expect(ap.length).toBeGreaterThan(200);
    expect(clutterKind(ap)).toBe('caption');
    const article = articleOf('pages/article-abd9d6291b6b.txt');
    const msn = article.removed.find((line) => line.text.startsWith('a hand holding a blue object: Needle poking skin'));
    expect(msn?.kind).toBe('caption');
    expect(article.body.some((paragraph) => paragraph.startsWith('a group of people standing in a room:'))).toBe(false);
  });

  it('a caption cut short over the whole caption with its credit leaves as a caption too (USA Today in Horne, the Sun)', () => {
    const horne = articleOf('horne/random-166.txt');
    expect(horne.removed.find((line) => line.text === 'Michael Hayden is a retired Air Force four-star general,')?.kind).toBe('caption');
    expect(horne.body).not.toContain('Deputy National Security Adviser for Strategic Communication');
    const sun = articleOf('pages/article-8b1945303082.txt');
    expect(sun.removed.find((line) => line.text === 'The latest case of bubonic plague was reported after a hunter killed and ate a rabbit')?.kind).toBe('caption');
  });

  it('a line that starts the next line, which is no caption, stays', () => {
    const opening = 'The council said the new rules would take effect';
    const story = `${opening} in the spring and would apply to every district of the city, officials said on Tuesday.`;
    const lines = ['Skip to content', 'Advertisement', 'Share this story', '', 'City adopts new parking rules', '', story.replace('council', 'mayor'), '', opening, '', story, '', story.replace('council', 'board'), '', 'Advertisement', '', '© 2019 City Paper'];
    expect(parsed(lines.join('\n')).body).toContain(opening);
  });
});

describe('round 10: AP\'s dated captions, and the headline over a story that is a list', () => {
  it('a caption opening with the date AP gives its picture is a caption (USA Today, CTV, the Houston Chronicle)', () => {
    // Lines copied from pagedumps full/c58aa507c4de, full/b37be3535e1f and article/9ebb3af65694.
    expect(clutterKind('This March 28, 2017, file photo, provided by the New York State Sex Offender Registry shows Jeffrey Epstein.')).toBe('caption');
    const ctv = read('pages/full-b37be3535e1f.txt').toString('utf8').split('\n').find((line) => line.startsWith('In this Dec. 12, 2006, file photo'))!;
    expect(clutterKind(ctv)).toBe('caption');
    expect(clutterKind('In this Sunday, Nov. 10, 2019, photograph, a long row of unsold E-Pace sports-utility vehicles sits at a Jaguar dealership in Littleton, Colo.')).toBe('caption');
    const usaToday = articleOf('pages/full-c58aa507c4de.txt');
    expect(usaToday.removed.find((line) => line.text.startsWith('This March 28, 2017, file photo'))?.kind).toBe('caption');
    expect(usaToday.body.some((paragraph) => paragraph.startsWith('This March 28, 2017, file photo'))).toBe(false);
  });

  it('a sentence of story that opens on a date after `In this` is no caption', () => {
    expect(clutterKind('In this March 28, 2017, ruling, the court said the photos were evidence of the crime.')).toBeNull();
    expect(clutterKind('This March 28, 2017, decision shows how far the court has come.')).toBeNull();
  });

  it('the autoracing page: the headline over the stamp above a story that is a list is the title, and the stamp is read', () => {
    const article = articleOf('pages/full-cc03ddb5ef7d.txt');
    expect(article.title).toBe('Calendário Stock Car 2018');
    expect(article.timestamp?.iso).toBe('2018-01-22T00:13:00');
    expect(article.body).toContain('1a etapa: 10 de março – Interlagos');
  });
});

describe('wirestory parse --keep-boilerplate', () => {
  it('keeps the clutter in the body; without it the clutter is in removed with its kind', async () => {
    const file = 'fixtures/pages/full-8cad00dc22de.txt';
    const plain = await runCli(['parse', file]);
    const kept = await runCli(['parse', '--keep-boilerplate', file]);
    expect(plain.code).toBe(0);
    expect(kept.code).toBe(0);
    const a = JSON.parse(plain.stdout) as { body: string[]; removed: Array<{ reason: string; kind?: string; text: string }> };
    const b = JSON.parse(kept.stdout) as { body: string[]; removed: Array<{ reason: string }> };
    expect(a.removed.find((line) => line.text === '• Facebook')).toMatchObject({ reason: 'boilerplate', kind: 'share' });
    expect(b.removed.some((line) => line.reason === 'boilerplate')).toBe(false);
    expect(b.body.length).toBeGreaterThan(a.body.length);
  });
});

describe('body-only stories (Horne files whose headline is kept apart)', () => {
  it.each(['horne-random-1017.txt', 'horne-buzzfeed-123_Real.txt', 'horne-buzzfeed-134_Real.txt'])('%s: title null, title-missing, the lead stays first in the body', (name) => {
    const bytes = read(join('body-only', name));
    const article = parsed(bytes);
    const firstLine = normalize(new TextDecoder('windows-1252').decode(bytes)).lines.find((line) => line.text !== '')!;
    expect(article.title).toBeNull();
    expect(article.warnings.map((warning) => warning.rule)).toContain('title-missing');
    expect(article.provenance.body[0]![0]).toBe(firstLine.no);
    expect(article.removed).toEqual([]);
  });
});

describe('a text whose first line is a sentence of prose, not a headline', () => {
  it('the Experience article area (no clutter, no headline): the one-sentence lead ending in a full stop stays first in the body; title null, title-missing', () => {
    const article = articleOf('pages/article-4648a420af99.txt');
    expect(article.title).toBeNull();
    expect(article.warnings.map((warning) => warning.rule)).toContain('title-missing');
    expect(article.body[0]).toBe('Experience is thrilled to have Junior Gaspard, long time ExpApper, as our new President and CEO.');
    expect(article.provenance.body[0]![0]).toBe(1);
  });

  it('headlines that end in a full stop stay titles: Title Case, two sentences, or short with few stopwords', () => {
    for (const title of [
      'Home Depot Stock Is Falling After Its Earnings Release. Why You Shouldn’t Worry.',
      'Dwayne Johnson says he might want to run for president. He could actually win.',
      "Google Stadia Red Dead Redemption 2 doesn't run at a stable 60fps.",
    ]) {
      expect(parsed(`${title}\n\nThe story starts here with a sentence of its own, long enough to be a paragraph of prose.\n`).title).toBe(title);
    }
  });
});

describe('a page laid out in columns side by side (w3m pads them with hundreds of spaces)', () => {
  it('the PanARMENIAN page: the headline, stamp and lead keep only the story\'s column; the other column leaves as boilerplate, part by part', () => {
    const article = articleOf('pages/full-d90bda7ed14d.txt');
    expect(article.title).toBe('Amnesty. More than 100 protesters killed in Iran unrest');
    expect(article.timestamp?.text).toBe('November 20, 2019 - 11:28 AMT');
    expect(article.removed.filter((entry) => entry.line === 41)).toEqual([
      { line: 41, reason: 'duplicate-headline', text: 'Amnesty. More than 100 protesters killed in Iran unrest' },
      { line: 41, reason: 'boilerplate', kind: 'related', text: 'Latest news' },
    ]);
    // The right column's teasers beside the stamp and the lead, on its lines and on lines of their own.
    expect(article.removed.find((entry) => entry.line === 42 && entry.reason === 'boilerplate')?.text).toMatch(/^Armenia named most popular spot/);
    for (const line of [43, 45]) expect(article.removed.find((entry) => entry.line === line)?.kind).toBe('page');
    expect(article.body[0]).toMatch(/^PanARMENIAN\.Net - Verified video footage/);
    expect(article.body.join('\n')).not.toMatch(/Kim Kardashian|Historic Armenian church|Biletix/);
  });

  it('a line of the other column that holds a name card leaves whole, as the other column\'s lines do (no card is cut out of it to keep the rest)', () => {
    const lines = read('pages/full-d90bda7ed14d.txt').toString('utf8').split('\n');
    const teaser = 'Kim Kardashian, Christian Bale support UCLA Promise Institute';
    expect(lines[42]).toContain(teaser);
    lines[42] = lines[42]!.replace(teaser, 'Side teaser about Rep. Ilhan OmarIlhan OmarHillicon Valley: Ransomware attack MORE (D-Minn.) today');
    const article = parsed(lines.join('\n'));
    expect(article.body.join('\n')).not.toMatch(/Side teaser|Ilhan/);
    expect(article.removed.find((entry) => entry.line === 43)).toMatchObject({ reason: 'boilerplate', kind: 'page' });
  });

  it('the Browns article area: a table of the story with wide cells stays whole, a row a line (its cells never stand alone)', () => {
    const article = articleOf('pages/article-6a72de37e8f9.txt');
    expect(article.title).toBe('Browns’ defensive snap counts, stats, and notes: Week 11');
    expect(article.body).toContain('DL Larry Ogunjobi 63 85% 1 tackle (1 combined). 1 sack, 1 TFL, 2 QH.');
    expect(article.removed.filter((entry) => entry.reason === 'boilerplate' && /Ogunjobi/.test(entry.text))).toEqual([]);
  });
});

describe('the Fox News article area: a credit line over the author\'s bio, captions naming their photographer', () => {
  const article = articleOf('pages/article-eb62ac8425e5.txt');

  it('the bio under the story leaves as page furniture, so the credit above it goes to credits and the story ends on its last sentence', () => {
    expect(article.credits).toEqual([{ role: 'contributed', names: ['Jessica Napoli'], text: 'Fox News’ Jessica Napoli contributed to this report.', line: 76 }]);
    expect(article.removed).toContainEqual({ line: 78, reason: 'boilerplate', kind: 'page', text: 'Julius is an LA Entertainment Reporter for Fox News.' });
    expect(article.body.at(-1)).toBe('A rep for Braun did not immediately respond to Fox News’ request for comment.');
  });

  it('a caption of 265 characters or so ending in `(Photos by …)`, printed twice, leaves as caption, both copies', () => {
    const captions = article.removed.filter((entry) => entry.kind === 'caption' && entry.text.endsWith('(Photos by Richard Shotwell, left, and Mark Von Holden/Invision/AP)'));
    expect(captions.map((entry) => entry.line)).toEqual([48, 50]);
    expect(article.body.join('\n')).not.toMatch(/Photos by Richard Shotwell/);
  });

  it('a long paragraph ending in a parenthesis that names no photographer is no caption', () => {
    const paragraph = `${'The committee heard from several witnesses over the course of a long day of testimony, and each of them was asked about the call. '.repeat(2)}(The hearing resumes on Thursday at 9 a.m. in Washington)`;
    expect(paragraph.length).toBeGreaterThan(200);
    expect(clutterKind(paragraph)).toBeNull();
  });
});

describe('boxes of other things between and under the paragraphs', () => {
  it('the Snopes article area: a long menu of names (its staff list) under the story ends it; the reader pitch beyond it leaves as page', () => {
    const article = articleOf('pages/article-8380689f358c.txt');
    expect(article.body.at(-1)).toMatch(/^In sum, the claim that Yovanovitch has a net worth of \$17 million/);
    expect(article.removed).toContainEqual({ line: 69, reason: 'boilerplate', kind: 'page', text: '• David Mikkelson' });
    expect(article.removed.find((entry) => entry.line === 88)?.text).toMatch(/^Most Snopes assignments begin when readers ask us/);
    expect(article.body.join('\n')).not.toMatch(/Most Snopes assignments|no cost to you/);
  });

  it('the Sun article area: a `Most read in world news` box of fourteen lines between the paragraphs leaves as related; the story goes on below it', () => {
    const article = articleOf('pages/article-8b1945303082.txt');
    const box = article.removed.filter((entry) => entry.line >= 46 && entry.line <= 83);
    expect(box.map((entry) => entry.kind)).toEqual(Array(14).fill('related'));
    expect(box[0]!.text).toBe('Most read in world news');
    expect(article.body).toContain(
      'Authorities in western Mongolia, which is close to the Russian frontier, instituted a quarantine to prevent the disease from spreading.',
    );
  });

  it('a quotes page: the cards under `Você pode gostar...`, each a quote over the same row of share buttons, are not the story; the quote above the heading is', () => {
    const article = articleOf('pages/full-b3c19dd5f061.txt');
    expect(article.body[0]).toMatch(/^Viver uma verdadeira experiência amorosa é um dos maiores prazeres da vida\./);
    expect(article.body.join('\n')).not.toMatch(/A vida requer da gente otimismo|Gratidão pela vida está nos detalhes/);
    expect(article.removed.find((entry) => entry.line === 61)?.kind).toBe('page');
  });

  it('the Houston Chronicle article area: its `On HoustonChronicle.com: …` teasers between the paragraphs and `More Business News` under the story leave as related', () => {
    const article = articleOf('pages/article-9ebb3af65694.txt');
    const related = article.removed.filter((entry) => entry.kind === 'related').map((entry) => entry.line);
    expect(related).toEqual(expect.arrayContaining([65, 73, 87]));
    expect(article.body.join('\n')).not.toMatch(/On HoustonChronicle\.com:|More Business News/);
  });

  it('teaser links and box headings of several sites and languages are related; navigation in Russian', () => {
    for (const text of ['SEE MORE: Hong Kong protests: 800 students under siege in university', 'More Business News', 'Материалы по теме', 'On HoustonChronicle.com: Group 1 Auto makes inroads in online sales']) {
      expect(clutterKind(text), text).toBe('related');
    }
    expect(clutterKind('Теги')).toBe('navigation');
    // MoreBikes' advert slots (612cd2982662), CBS News' box footer (7a664e40d256).
    expect(clutterKind('Advert')).toBe('advert');
    expect(clutterKind('More in Trump Impeachment Inquiry')).toBe('related');
    expect(clutterKind('Adverts are shown to readers who are not signed in.')).toBeNull();
    for (const text of ['More business news is expected on Monday.', 'On Monday: the vote, then the count.', 'See more of the city on foot.']) expect(clutterKind(text), text).toBeNull();
  });

  it('`Most read in …` names a box of other stories, as `Most read` does', () => {
    for (const heading of ['Most read in world news', 'Most popular in Sport', 'Most read']) expect(clutterKind(heading), heading).toBe('related');
    expect(clutterKind('Most read in the morning papers, the story says, was the weather')).toBeNull();
  });
});

describe('caption shapes that are no sign of a page (review of round 7)', () => {
  // A name over an outlet, `Courtesy …` and a file name are a picture's credit on a page; in a
  // clean story they are its text. Before: the three names below made this wire story a page,
  // and its lead went as `page` with its dateline; the headline went as a caption.
  const story = (head: string, lines: string[]) =>
    parsed(Buffer.from([head, '', 'By Jane Smith', '', 'SAN FRANCISCO (Reuters) - Attackers scanned public code repositories for cloud credentials, researchers said on Tuesday.', '', 'The researchers said the scans looked for three names in particular:', '', ...lines, '', 'Once a key was found, the attackers mined cryptocurrency within minutes, the researchers said.', ''].join('\n')));
  it('three environment variables leave a wire story whole, its dateline read', () => {
    const article = story('Hackers stole cloud keys from public code repositories', ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN']);
    expect(article.dateline?.place).toBe('SAN FRANCISCO');
    expect(article.body).toContain('AWS_SECRET_ACCESS_KEY');
    expect(article.removed.filter((removed) => removed.reason === 'boilerplate')).toEqual([]);
  });
  it('names over their papers and model names stay in the body', () => {
    for (const lines of [['Anna Kowalska/Gazeta Wyborcza', 'Jan Novak/Lidove Noviny', 'Maria Rossi/La Stampa'], ['GPT-4-Turbo', 'Claude-3-Opus', 'Llama-3-70B']]) {
      const article = story('Five names on the list', lines);
      for (const line of lines) expect(article.body).toContain(line);
      expect(article.body.at(-1)).toMatch(/^Once a key was found/);
    }
  });
  it('a headline shaped like a credit is still the headline', () => {
    for (const head of ['Courtesy Calls Are Making a Comeback', 'Lewis Hamilton/Mercedes']) expect(story(head, ['AWS_SECRET_ACCESS_KEY']).title).toBe(head);
  });
});

describe('round 10 review: story paragraphs that open as captions, and a headline over a caption that opens with its words', () => {
  // AP's hosted page (pagedumps full/82b6d780c792, see fixtures/SOURCES.md), lines as printed.
  const page = read('pages/full-82b6d780c792.txt').toString('utf8').split('\n');
  const after = (line: string, paragraph: string) => {
    const at = page.indexOf(line);
    expect(at).toBeGreaterThan(0);
    return [...page.slice(0, at + 1), '', paragraph, ...page.slice(at + 1)].join('\n');
  };
  const trumpLine = 'Trump has recently tried to suggest that he barely knows his hand-picked ambassador, but Sondland has said he has spoken several times with the president and was acting on his direction.';

  it.each([
    'In a photo posted on Twitter on Tuesday evening, Sondland was seen shaking hands with the president at a Florida fundraiser in 2018, a picture that Democrats said showed the two men were far closer than the White House had acknowledged in recent weeks of testimony.',
    'In a picture-perfect bit of political theater, Sondland arrived at the Capitol on Wednesday morning flanked by lawyers and aides, waved to a crowd of reporters and photographers, and told them he was looking forward to setting the record straight about his role.',
    'These photographs, released by the House Intelligence Committee on Tuesday evening, show Sondland shaking hands with the president at a Florida fundraiser in 2018, which Democrats said proved the two men were far closer than the White House had acknowledged in weeks of testimony.',
  ])('a story paragraph over 200 characters that opens as a caption, with no credit, stays: %s', (paragraph) => {
    expect(paragraph.length).toBeGreaterThan(200);
    expect(clutterKind(paragraph)).toBeNull();
    const story = parsed(after(trumpLine, paragraph));
    expect(story.body).toContain(paragraph);
    expect(story.body).toHaveLength(articleOf('pages/full-82b6d780c792.txt').body.length + 1);
  });

  it('the same openings over 200 characters with a caption\'s credit are captions (AP, ITV via AP, NASA via AP, Reuters glued on)', () => {
    const caption = page.find((line) => line.startsWith('FILE - In this Monday, Oct. 28, 2019, file photo'))!;
    expect(caption.length).toBeGreaterThan(200);
    expect(clutterKind(caption)).toBe('caption');
    const taken = 'In a photo posted on Twitter on Tuesday evening, Sondland is seen shaking hands with President Donald Trump at a Florida fundraiser in 2018, in a picture Democrats said showed the two men were far closer than the White House had acknowledged in recent weeks.';
    for (const credit of [' (AP Photo/Andrew Harnik)', ' (ITV via AP)', ' (NASA via AP, File)', ' (Photo by Jane Doe)', ' Reuters']) {
      expect(clutterKind(`${taken}${credit}`), credit).toBe('caption');
    }
    expect(clutterKind(`FILE PHOTO: The WeWork logo is displayed outside of a co-working space in New York City, where the company was founded in 2010 and has grown to occupy more office space than any other private tenant, according to the commercial property firm CBRE, which tracks the market.Reuters`)).toBe('caption');
  });

  it('a headline over a caption opening with its words is the title; the caption leaves', () => {
    const headline = 'Sondland arrives at the Capitol to testify on Ukraine';
    const caption = `${headline} in Washington, Wednesday, Nov. 20, 2019. (AP Photo/Andrew Harnik)`;
    const lines = [...page];
    const at = lines.indexOf('Unpredictable Sondland faces questions about Trump, Ukraine');
    lines.splice(at, 2, headline, '', caption);
    const story = parsed(lines.join('\n'));
    expect(story.title).toBe(headline);
    expect(story.removed.find((line) => line.text === caption)?.kind).toBe('caption');
    expect(story.body).not.toContain(caption);
    expect(story.body).toEqual(articleOf('pages/full-82b6d780c792.txt').body);
  });
});
