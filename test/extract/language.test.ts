/**
 * Language detection on real text: the `fixtures/languages/` stories (pagedumps truth bodies and
 * other published stories, see fixtures/SOURCES.md), the BBC and Fake.br fixtures, and Reuters tables that have no
 * language to tell.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it, test } from 'vitest';
import { parseArticle } from '../../src/index.js';
import { detectLanguage, guessLanguage, sampleOf, SAMPLE_CHARACTERS } from '../../src/extract/language.js';
import { checkLanguage } from '../../src/options.js';

const fixtures = new URL('../../fixtures/', import.meta.url);

function body(folder: string, name: string, options: Record<string, unknown> = {}) {
  const result = parseArticle(readFileSync(new URL(`${folder}/${name}`, fixtures)), options);
  if (!result.ok) throw new Error(result.error.message);
  return result.article;
}

describe('stories in other languages (fixtures/languages)', () => {
  const names = readdirSync(new URL('languages/', fixtures)).filter((name) => name.endsWith('.txt'));
  it('has the ten languages', () =>
    expect([...new Set(names.map((name) => name.slice(0, 2)))].sort()).toEqual(['de', 'es', 'fr', 'id', 'it', 'ja', 'ko', 'pt', 'ru', 'tr']));
  test.each(names)('%s', (name) => {
    const language = body('languages', name).language;
    expect(language?.code).toBe(name.slice(0, 2));
    expect(language?.source).toBe('detected');
    expect(language!.confidence).toBeGreaterThanOrEqual(0.1);
  });
});

describe('corpus fixtures', () => {
  test.each(readdirSync(new URL('bbc/', fixtures)).filter((name) => name.endsWith('.txt')))('BBC %s is English', (name) => {
    expect(body('bbc', name).language?.code).toBe('en');
  });
  test.each(readdirSync(new URL('fakebr/', fixtures)).filter((name) => name.endsWith('.txt')))('Fake.br %s is Portuguese', (name) => {
    expect(body('fakebr', name).language?.code).toBe('pt');
  });
});

describe('too short or nothing to tell by: null', () => {
  test.each([
    ['an empty body', []],
    ['a short line', ['Markets closed.']],
    // Reuters-21578 earnings tables (fixtures/reuters): figures and abbreviations only.
    ['an earnings table', ['Shr 43 cts vs 63 cts Net 16,362,000 vs 24,325,000 Revs 210.5 mln vs 198.3 mln Nine mths Shr 1.29 dlrs vs 1.63 dlrs Net 49,062,000 vs 62,906,000']],
    ['a dividend notice', ['Qtly div 27-1/2 cts vs 27-1/2 cts prior Pay December 31 Record December 15']],
  ])('%s', (_, paragraphs) => {
    expect(detectLanguage(paragraphs)).toBeNull();
  });
});

describe('clear cases: Cyrillic, CJK and English prose', () => {
  // Sentences from the fixtures above and from the BBC set.
  test.each([
    ['ru', ['Ты – женщина, а значит, должна всегда оставаться привлекательной. Это мнение навязывает нам общество, и многие из нас постоянно ищут способы сохранить молодость.']],
    ['uk', ['Президент України підписав закон про державний бюджет на наступний рік, повідомляє пресслужба глави держави. Документ набуде чинності з першого січня.']],
    ['ja', ['商品の改造が商標法違反になるかどうかが争われた事件について、裁判所の判断を紹介します。']],
    ['ko', ['이유리는 이번 드라마에서 악녀 역할을 맡아 시청자들의 관심을 모으고 있다. 남상미는 의외로 막장극에 어울리는 배우라는 평가를 받았다.']],
    ['zh', ['国务院总理在北京人民大会堂会见了来访的外国代表团，双方就经济合作等问题交换了意见。']],
    ['en', ['Ink helps drive democracy in Asia. The Kyrgyz Republic, a small, mountainous state of the former Soviet republic, is using invisible ink and ultraviolet readers in the country\'s elections as part of a drive to prevent multiple voting.']],
  ])('%s', (code, paragraphs) => {
    const language = detectLanguage(paragraphs);
    expect(language).toMatchObject({ code, source: 'detected' });
  });
});

describe('bounded work', () => {
  it(`looks at the first ${SAMPLE_CHARACTERS} characters only`, () => {
    const long = Array.from({ length: 200 }, () => 'The minister said on Tuesday that the talks would go on.');
    expect(sampleOf(long)).toHaveLength(SAMPLE_CHARACTERS);
    // What follows the sample cannot change the answer.
    expect(detectLanguage([...long, 'Der Minister sagte am Dienstag, dass die Gespräche weitergehen würden.'.repeat(100)])?.code).toBe('en');
  });
  it.each([
    ['nothing', [], ''],
    ['empty paragraphs before the text (no line break for them)', ['', '', 'Talks go on.', 'They said so.'], 'Talks go on.\nThey said so.'],
    ['an empty paragraph inside', ['Talks go on.', '', 'They said so.'], 'Talks go on.\n\nThey said so.'],
    ['the paragraph that fills it, cut', ['a'.repeat(1499), 'bc', 'never'], `${'a'.repeat(1499)}\nbc`.slice(0, SAMPLE_CHARACTERS)],
    ['one long paragraph', ['x'.repeat(2000)], 'x'.repeat(SAMPLE_CHARACTERS)],
  ])('is the first paragraphs joined by line breaks: %s', (_, paragraphs, sample) => {
    expect(sampleOf(paragraphs)).toBe(sample);
  });
});

describe('lang option', () => {
  it('overrides detection: confidence 1, source option', () => {
    expect(body('bbc', 'business-007.txt', { lang: 'de' }).language).toEqual({ code: 'de', confidence: 1, source: 'option' });
  });
  test.each(['xx', 'EN', 'eng', 'english', '', 'e'])('refuses %j', (value) => {
    const result = parseArticle('Title\n\nBody text here.', { lang: value });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.rule).toBe('bad-option');
      expect(result.error.message).toContain('options.lang');
    }
  });
  test.each(['en', 'de', 'pt', 'ru', 'uk', 'ja', 'zh', 'ar'])('accepts %s', (value) => {
    expect(checkLanguage(value, '--lang')).toBeNull();
  });
});

/**
 * Danish and Norwegian, which franc-min does not know and which came out as Swedish: paragraphs of
 * public GitHub text (find_string ids; Markdown and code marks taken out, sentences as written).
 * Nine paragraphs, all looked at while the check was written: a measure of the rule, not a held-out one.
 */
describe('Danish and Norwegian are not Swedish', () => {
  const paragraphs: Array<[string, string, string]> = [
    ["da1", "54780024566", "AI-systemet kan konkludere: Dette er et sandsynligt Blind Spot med høj signalstyrke. AI-systemet konkluderer ikke alene: Dette er sandheden, og sådan publicerer vi det. Et Blind Spot er et dokumenterbart emne, signal eller framingmønster med væsentlig erhvervsmæssig betydning, som i den relevante periode ikke er blevet dækket selvstændigt, proportionelt eller perspektivmæssigt balanceret af det definerede konkurrentunivers — og hvor fraværet eller skævheden kan forklares med en identificerbar redaktionel, strukturel, institutionel eller ideologisk mekanisme. Et væsentligt emne dækkes ikke. Eksempel: En ny myndighedsvejledning får stor betydning for danske SMV'er, men ingen erhvervsmedier omtaler den."],
    ["da2", "42902556761", "Indstillingen \"Bitlocker enabled\" i intune compliance policy anvender DHA-klienten (Windows Device Health Attestation). Denne klient måler kun enhedens tilstand på starttidspunktet. Så hvis en enhed ikke er blevet genstartet, da bitlocker kryptering blev afsluttet DHA klienttjeneste vil ikke rapportere bitlocker som værende aktiv. Hvis en enhed er krypteret som følge af anvendelsen af Intune politik vil det blive dekrypteret, når denne politik er fjernet? Fjernelse af kryptering relateret politik ikke resulterer i dekryptering af de drev, der blev konfigureret."],
    ["da3", "34166718101", "Når du åbner en eksisterende PBIX- eller PBIT-fil, der ikke er blevet opgraderet, mislykkes opgraderingen, hvis datasættet indeholder en af følgende funktioner eller connectors. Hvis denne fejl opstår, påvirker det normalt ikke brugeroplevelsen med det samme, og Power BI Desktop fortsætter med at bruge det tidligere metadataformat. I prøveversionen gælder følgende begrænsninger, når prøveversionsfunktionen er aktiveret."],
    ["nb1", "42524713119", "La oss snakke om linjeskift. Litt kjapt, en fil har ikke linjer. Det er bare en strøm med bytes. Når en som bruker macOS eller Linux sjekker in den fila, og jeg puller git-repoet ditt, så endrer git hvordan fila ser ut på disk. Det er en så hinsides dårlig default at det er rart at noen ikke har blitt bøtelagt. Så du må gjøre dette på Windows 10. Dette forteller git at den skal sjekke ut fila på disk sånn den faktisk ser ut i repoet. Det er en grunn til at det er sånn. I alle år har linjeskift på Windows vært representert som to tegn, ikke bare ett. Og alle apper støtter begge deler, så du vil kanskje ikke se det en gang."],
    ["nb2", "61177810359", "Et panel med tre bolker, åpnet fra en knapp ved datoen på Hjem. Alt regnes ut av data som finnes; ingenting lagres. Radene er klikkbare inn til oppgaven eller prosjektet. Respekterer Jobb/Privat-filteret, som resten av appen. Er det fullførte oppgaver uten tidsstempel og ingen med, viser panelet en merknad om at tidspunktet ikke har blitt lagret før i dag, med antallet — i stedet for en tom liste som leses som «du gjorde ingenting». Den er avvergt inne i felt og når en dialog er åpen, men den er nå reservert. Det er den vanlige konvensjonen, og alternativet — ingen hurtigtast — var problemet."],
    ["nb3", "35978935854", "Deretter er det staged funksjoner, som er nesten fullførte funksjoner som ikke har blitt fullstendig testet eller oppdatert i henhold til den siste spesifikasjonen enda, følgelig er de ikke ansett som stabile av V8 laget (f.eks. kan det være noen 'edge cases' som ikke har blitt oppdaget). Dette er mest sannsynlig ekvivalent med tilstanden til generators i 3.26. Disse er \"bruk på egen risiko\" funksjoner som nå krever flagget. Avsluttende kan alle in progress funksjoner bli aktivert individuelt av deres respektive harmony-flagg, selv om dette ikke er anbefalt - ved mindre det brukes til testing."],
    ["sv1", "58410903457", "Det här spelet befinner sig i Early Access. Jag är en ensam utvecklare — ja, bara jag, mitt tangentbord och liter av kaffe — vilket innebär att jag gör allt jag kan, men ibland hinner jag inte med allt. Jag ber om ursäkt i förväg om det tar tid att fixa en svåråtkomlig bugg, implementera den där funktionen du längtar efter, eller svara omedelbart på Discord. Jag jonglerar, men jag har ännu inte fått extra tentakler. Här finns två sätt att spela, och din upplevelse beror på vilket du väljer. Om du vill köra AI:n på din egen PC är kraven från butiken heliga för att få en bra start."],
    ["sv2", "35456861152", "SFTY är säkerhetsnivån i meddelandet, den första siffran (9) innebär att meddelandet är nätfiske och andra uppsättningen med siffror efter punkten (11) innebär att det är en intra-organisatorisk förfalskning. Det finns ingen särskild orsakskod för sammansatt autentisering för intra-organisatorisk förfalskning som kommer att stämplas senare i 2018 (tidslinje har ännu inte definierats). Detta inträffar när den sändande domänen i Från: adress är en extern domän till den mottagande organisationen. Meddelanden som inte klarade sammansatt autentisering på grund av förfalskning med flera domäner innehåller följande värden i huvudena."],
    ["sv3", "52331215762", "Er organisation befinner sig i ett tidigt skede av den digitala mognaden. Det saknas en gemensam riktning och ledningen har ännu inte tagit ett aktivt ägarskap. Det är viktigt att börja med att skapa en gemensam bild i ledningsgruppen. Medvetenheten om digitaliseringens betydelse finns, men strukturer och styrning saknas. Enskilda initiativ riskerar att bli isolerade utan en sammanhållen plan. Grunden är lagd — ni har strategi och struktur på plats."],
  ];
  const answers = Object.fromEntries(paragraphs.map(([name, , text]) => [name, detectLanguage([text])?.code ?? null]));
  it('Swedish stays Swedish', () => expect([answers.sv1, answers.sv2, answers.sv3]).toEqual(['sv', 'sv', 'sv']));
  it('no Danish or Norwegian paragraph is Swedish any more (before: five of six)', () => {
    for (const name of ['da1', 'da2', 'da3', 'nb1', 'nb2', 'nb3']) expect(answers[name], name).not.toBe('sv');
  });
  it('Danish or Norwegian when one has clearly more of its own stopwords, else null', () =>
    expect([answers.da1, answers.da2, answers.da3, answers.nb1, answers.nb2, answers.nb3]).toEqual(['da', null, null, null, 'nb', 'nb']));
});

describe('a short Swedish text with no Swedish-only stopword (review of round 7)', () => {
  // `ny` (new) and `se` (see) are Swedish too; with no word only Danish or Norwegian has, Swedish stays.
  it('stays Swedish, and its stamp is read', () => {
    expect(detectLanguage(['Regeringen presenterar en ny budget på tisdag. Ministern vill se lägre skatter för pensionärer.'])?.code).toBe('sv');
    const result = parseArticle(Buffer.from('Regeringen presenterar ny budget\n\nPublicerad: 12 maj 2026 | Lästid: 2 min\n\nRegeringen presenterar en ny budget på tisdag. Ministern vill se lägre skatter för pensionärer.\n'));
    expect(result.ok && result.article.timestamp?.iso).toBe('2026-05-12');
  });
});

/**
 * Finnish, which franc-min does not know and which came out as null: paragraphs of Finnish news and
 * parliament pages (the search tool's pages corpus; addresses below), one story's lines each. All
 * five were looked at while ./finnish.ts was written: a measure of the rule, not a held-out one.
 */
describe('Finnish (round 9)', () => {
  const paragraphs: Array<[string, string, string]> = [
    ["yle", "yle.fi/uutiset/3-11900534", "Hallituspuolueiden puheenjohtajat jatkavat neuvotteluja Säätytalossa tänään kello 11. Yle näyttää paikalle saapuvien ministerien kommentit suorana lähetyksenä Yle Areenassa alkaen klo 10.15.\nKaksipäiväisiksi kaavaillut neuvottelut ovat venyneet. Ne aloitettiin jo keskiviikkona. Pääministeri Sanna Marin (sd.) on esittänyt kompromissia, jolla hallitus saisi täyteen tavoitteen 80 000 uudesta työpaikasta. Keskustan mielestä esitys ei tasapainota riittävästi julkista taloutta. Vihreät on syyttänyt keskustaa neuvottelujen pitkittämisestä."],
    ["suomenmaa", "www.suomenmaa.fi/uutiset/vakavat-tartuntaluvut-eivat-yllattaneet-ministereita-\u2026", "Hallituksen ministerit vetosivat keskiviikkona suomalaisiin koronarajoitusten noudattamiseksi.\nSuomessa raportoitiin keskiviikkona lähes 800 uutta koronavirustartuntaa, mikä on jälleen epidemian aikainen uusi ennätys. Tämä ei kuitenkaan monen ministerin mukaan tullut yllätyksenä.\n–  Tässä on useita viikkoja varoiteltu siitä, että tautitilanne tulee pahenemaan. Meillä on nyt muitakin kuin Husin (Helsingin ja Uudenmaan sairaanhoitopiirin) alue, joissa on aika isoja ongelmia, perhe- ja peruspalveluministeri Krista Kiuru (sd.) sanoi toimittajille."],
    ["rssing", "luetuimmat1.rssing.com/chan-4892182/all_p2179.html", "Liikkeiden siirtyminen kauppakeskuksiin ja verkkokaupan nousu ovat näivettäneet kaupunkien keskustoja vuosien ajan. Alkuvuodesta vaikutti siltä, että keskustojen hiljentyminen olisi pysähtynyt, mutta sitten alkoi koronakevät.\nElävät kaupunkikeskustat ry:n mukaan poikkeustilanne kadotti esimerkiksi Helsingin normaalisti vakaasta keskustan elinvoimasta huhtikuun aikana 48 prosenttia."],
    ["eduskunta", "www.eduskunta.fi/SV/vaski/PoytakirjaAsiakohta/Sidor/PR_18+2026+2.1.aspx", "Arvoisa puhemies! Orpon hallituksella on ollut monia kunnianhimoisia tavoitteita. Säätytalolla lupasitte, että julkisen talouden alijäämä olisi hallituskautenne jälkeen korkeintaan yksi prosentti. Valtiovarainministeriön mukaan se on tällä hetkellä neljä ja puoli prosenttia. Lupasitte myös 100 000 uutta työllistä, mutta saimmekin ennätystyöttömyyden."],
    ["docplayer", "docplayer.fi/amp/105956875-\u2026", "SOSTEa pyydettiin tarkastelemaan hallituksen vuoden 2017 vuosikertomusta ja siinä esiin nostettuja toimenpiteitä sekä saavutuksia hyvinvointitalouden näkökulmasta. SOSTEn määrittelyn mukaan hyvinvointitalous on yhteiskunnan alue, jossa tuotetaan ja jaetaan hyvinvointia sekä investoidaan hyvinvointiin ja hyvän elämän edellytyksiin."],
  ];
  const answers = Object.fromEntries(paragraphs.map(([name, , text]) => [name, detectLanguage(text.split('\n'))?.code ?? null]));
  it('four of five are Finnish, the shortest (two sentences with three stopwords) null; none another language', () =>
    expect(paragraphs.map(([name]) => answers[name])).toEqual([null, 'fi', 'fi', 'fi', 'fi']));
  it('the guess the header asks for finds it too', () => expect(guessLanguage(paragraphs[2]![2].split('\n'))?.code).toBe('fi'));
  // The Danish and Norwegian paragraphs above that are null stay null: the Finnish check does not take them.
});
