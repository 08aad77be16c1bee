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

/**
 * Catalan, which franc-min does not know (Spanish and French within a few hundredths: null), and
 * Hindi, which franc-min ranks right above Magahi or Bhojpuri (within 0.05: null), round 10: news
 * paragraphs of the search tool's pages corpus (addresses below). The first six were looked at while
 * ./catalan.ts and the Hindi margin were written; the `-a` ones were found after and measured once
 * (a Catalan one stays null; a Marathi one, Devanagari too, is Marathi, not Hindi).
 */
describe('Catalan and Hindi (round 10)', () => {
  const looked: Array<[string, string, string]> = [
    ["ca1", "www.naciodigital.cat/noticia/257303/eleccions-municipals-28m-directe", "Els ciutadans dels 947 municipis de Catalunya voten avui qui volen que siguin els seus alcaldes i alcaldesses per als pròxims quatre anys. El punt d' atenció principal serà a Barcelona , amb una pugna entre Ada Colau, Jaume Collboni i Xavier Trias que es podria decidir per la mínima. A l'Estat, on diferents territoris com el País Valencià, les Illes Balears o Madrid celebren també eleccions autonòmiques, l'interès se situa en el pols Sánchez-Feijóo i amb l'horitzó en els comicis espanyols de finals d'any."],
    ["ca2", "valenciadiari.com/aragones-eleccions-anticipades-catalunya", "El president de la Generalitat, Pere Aragonès, ha anunciat la convocatòria d’eleccions anticipades a Catalunya per al 12 de maig, després que el Parlament haja rebutjat el projecte de llei de Pressupostos de la Generalitat del 2024.\nEn una declaració institucional des del Palau de la Generalitat després d’una reunió del Consell Executiu extraordinari, el president de la Generalitat de Catalunya ha explicat que el Govern ha retirat el projecte de llei de mesures fiscals i financeres, coneguda com a llei d’acompanyament dels Pressupostos, després del rebuig dels comptes."],
    ["ca3", "www.rtve.es/television/20230615/constitucio-ajuntaments-catalunya-17j/2449734.shtml", "Després de setmanes de negociacions aquest dissabte es constitueixen els ajuntaments a Catalunya. Tot i la petició d'un front sobiranista comú contra l'extrema dreta per part del president de la Generalitat, Pere Aragonès, després dels resultats del 28M, la majoria de pactes d'ERC i Junts han estat amb el PSC per separat. En el cas de Barcelona, Xavier Trias i Ernest Maragall han tancat un acord per governar, però estaran pendents fins a darrera hora de la possibilitat que Jaume Collboni aconsegueixi el suport dels comuns i el PP."],
    ["hi1", "www.newsonair.gov.in/hi/\u2026 (World Hindi Day)", "स्वास्थ्य और परिवार कल्याण राज्य मंत्री अनुप्रिया पटेल ने कहा है कि विभिन्न देशों के अधिक से अधिक लोग अब हिंदी सीखना चाहते हैं, जिससे भाषा का वैश्विक विस्तार हो रहा है। विश्व हिंदी दिवस के अवसर पर आज नई दिल्ली में एक कार्यक्रम में उन्होंने कहा कि हिंदी, केवल भाषा का माध्यम नहीं है, बल्कि यह एकता ऐसा सूत्र है जिसने देश को एक साथ रखा है। उन्होंने कहा कि सूचना के बेहतर प्रसार के लिए सरकार के कामकाज में हिंदी को सक्रिय रूप से बढ़ावा दिया जा रहा है।"],
    ["hi2", "vnmtvnews.com/pm-\u2026-nda-\u2026", "प्रधानमंत्री नरेंद्र मोदी ने बुधवार रात को राष्ट्रीय जनतांत्रिक गठबंधन यानि NDA के 48 सांसदों के साथ मीटिंग की। रिपोर्ट्स के मुताबिक संसद की एनेक्सी बिल्डिंग में हुई इस बैठक में प्रधानमंत्री ने सांसदों से कहा है कि गरीब ही सबसे बड़ी जाति है, उनके लिए काम करो।\nउन्होंने यह भी कि केंद्र सरकार ने आम लोगों के लिए कई कल्याणकारी योजनाएं शुरू की हैं। सरकार का लक्ष्य गैर-बीजेपी शासित राज्यों में राज्य मशीनरी की मदद के बिना इन योजनाओं का लाभ जनता को देना है।"],
    ["hi3", "hindi.globalgovernancenews.com/\u0915\u0932-\u0938\u0941\u092c\u0939-11-\u092c\u091c\u0947-\u2026", "प्रधानमंत्री नरेंद्र मोदी कल 25 अक्तूबर को फिर मन की बात बात करेंगे। प्रधानमंत्री के हर महीने होने वाले इस कार्यक्रम का हिन्दी में आकाशवाणी से सीधा प्रसारण किया जाएगा।\nहिंदी में प्रसारण होने के बाद अन्य भारतीय भाषाओं में भी प्रसारण होगा। आकाशवाणी से इसका प्रसारण दिन में 11 बजे किया जायेगा। इस दौरान मोदी उत्तर प्रदेश की राजधानी लखनऊ के तीन पटरी दुकानदारों से भी बात करेंगे।"],
    ["hi4", "prakharprahari.com/2021/01/31/modi-mentioned-the-insult-of-the-tricolor-\u2026", "प्रधानमंत्री नरेद्र मोदी ने रविवार को दूरदर्शन तथा आकाशवाणी के माध्यम से देशवासियों से मन की बात की। इस दौरान उन्होंने किसानों की ट्रैक्टर परेड के दौरान लाल किला पर घटित घटना का उल्लेख किया और कहा कि 26 जनवरी यानी गणतंत्र दिवस के मौके पर लाल किले पर तिरंगें के अपमान से समस्त देश बहुत दुखी हुआ, लेकिन हमें आने वाले समय को नई आशा और नवीनता से भरना है।"],
  ];
  const after: Array<[string, string, string]> = [
    ["ca-a1", "www.diaridegirona.cat/girona/2019/11/07/consulta-projectes-que-podran-votar/1012424.html", "La consulta dels pressupostos participats dels barris de Girona d'aquest any començarà el dilluns 18 de novembre i es tancarà el dilluns 2 de desembre a les dotze de la nit. La votació serà, un any més, exclusivament electrònica i la ciutadania podrà escollir la proposta que més li agradi a través d'un portal al qual s'accedirà des del web de la consulta.\nEnguany són 90 les propostes que van a consulta per als 30 barris en què es divideix la ciutat, de les quals més de 60 depenen dels serveis d'Urbanisme o de Mobilitat i Via Pública."],
    ["ca-a2", "www.diaridegirona.cat/girona/2024/02/27/girona-augmenta-les-inversions-milions-98714022.html", "L'Ajuntament de Girona ha presentat avui una sèrie de canvis en el pressupost que han de servir per augmentar en més de dos milions (2.137.000 euros) les inversions previstes per aquest any 2024. Aquests 2,1 milions se sumen al pla d’inversions de 5,8 milions aprovat el desembre i que eleva l’import total d’inversions a quasi vuit milions d’euros."],
    ["ca-a3", "web.girona.cat/noticies?id=11251699", "Dilluns dia 12 de desembre va tenir lloc al Saló de Plens de l’Ajuntament de Girona la sessió plenària ordinària corresponent al mes de desembre del 2022. L’alcaldessa, Marta Madrenas, va presidir el Ple i va donar el tret de sortida de la sessió. Un cop aprovades les actes anteriors, l’alcaldessa va exposar els informes de Presidència amb dades d’ocupació a Girona."],
    ["hi-a1", "livegorakhpur.com/?p=21807", "नई दिल्ली। पूरा देश कोरोना महामारी से जूझ रहा है। पूरे देश में 17 मई तक लॉकडाउन भी बढ़ा दिया गया है। लोग अपने घरों में कैद हैं। ऐसे में मौसम भी रोज नए नए रूप दिखा रहा है।\nमौसम विभाग की जानकारी के अनुसार मई के पहले हफ्ते में 1 या 2 दिन तेज गर्मी के बाद उत्तर भारत के कई राज्यों में तेज हवाओं के साथ झमाझम बारिश की संभावना है।"],
    ["hi-a2", "www.patrika.com/lucknow-news/heavy-rains-lash-23-districts-in-up-\u2026", "मौसम वैज्ञानिकों के अनुसार, बंगाल की खाड़ी से उठी नमी भरी हवाओं और पश्चिमी विक्षोभ के असर से राज्य में भारी बारिश हो रही है। विभाग ने अगले 24 से 48 घंटे तक भारी वर्षा, आकाशीय बिजली गिरने और तेज हवाओं की चेतावनी जारी की है। ग्रामीण क्षेत्रों में किसानों को सलाह दी गई है कि वे खुले स्थान पर काम करने से बचें और अपने पशुओं को सुरक्षित स्थानों पर रखें।"],
    ["hi-a3", "khulasaonline.com/meteorological-department-issued-a-warning-\u2026", "बीकानेर. मौसम विभाग ने अगले चार- पांच दिनों के लिए बीकानेर सहित राजस्थान के विभिन्न क्षेत्रों में भारी बारिश की चेतावनी जारी दी है। प्रदेश में मानसून की बारिश का तीसरा दौर शुरू हो चुका है। प्रदेश अलसुबह से ही प्रदेश के अधिकतर हिस्सों में झमाझम बारिश का दौर जारी है।"],
    ["hi-a4", "scnnewsindia.com/archives/12523", "10 से 17 अक्टूबर के बाद पूरे भारत में भारी से बहुत भारी बारिश होने की 99 प्रतिशत संभावना है। किसानों को सावधान रहने की चेतावनी दी जा रही है।\nमौसम विभाग द्वारा किसानों को चेतावनी दी जा रही है कि वे अपनी फसलों की देखभाल करें और समय पर उन पर नजर रखें। अगर बारिश कम से कम 30 प्रतिशत या उससे अधिक होती है तो फसल को नुकसान की कोई सीमा नहीं है।"],
    ["mr-a1", "www.superfastbatmi.com/2023/03/blog-post_70.html", "मागील काही दिवसांपासून राज्यातील तापमानात चढ-उतार होत आहे. हवामान विभागाने दिलेल्या माहितीनुसार महाराष्ट्रासह, गुजरात, मध्य प्रदेश आणि छत्तीसगड या राज्यांनाही अवकळी पावसाचा फटका बसणार आहे.\nराज्यातील मध्य महाराष्ट्र आणि मराठवाड्यात १३ ते १६ मार्च दरम्यान ढगांच्या गडगडाटांसह हलका पाऊस पडेल. तसेच १४ ते १६ मार्च दरम्यान विदर्भासह, पूर्व मध्य प्रदेश आणि छत्तीसगडमध्ये देखील पावसाची शक्यता आहे."],
  ];
  const answer = (text: string) => detectLanguage(text.split('\n'))?.code ?? null;
  it('the paragraphs looked at: Catalan is ca, Hindi hi', () =>
    expect(looked.map(([, , text]) => answer(text))).toEqual(['ca', 'ca', 'ca', 'hi', 'hi', 'hi', 'hi']));
  it('the paragraphs found after: two of three Catalan ones ca (one null), the Hindi ones hi, the Marathi one mr', () =>
    expect(after.map(([, , text]) => answer(text))).toEqual(['ca', 'ca', null, 'hi', 'hi', 'hi', 'hi', 'mr']));
  it('the guess the header asks for finds Catalan too (no franc)', () => expect(guessLanguage(looked[0]![2].split('\n'))?.code).toBe('ca'));
  // A Spanish story quoting one sentence of Catalan (review of round 10): constructed in the shape of
  // an EFE regional story (headline, `BARCELONA, 30 nov (EFE).-` dateline, four paragraphs), with the
  // quote in Catalan, left out, and in Spanish. franc finds nothing in the first, so only Catalan's
  // list was asked: it shares `el`, `la`, `de`, `que`, `es`, `un`, `en` with Spanish, and six words
  // of its own in the quote (`els`, `també`, `seva`, `però`, `amb`, `més`) made it `ca` (0.64).
  // Spanish's list covers more of the story's words (53) than Catalan's (45): not Catalan.
  const efe = (quote: string) =>
    [
      'El Govern aprueba un plan de vivienda para los jóvenes catalanes',
      '',
      'BARCELONA, 30 nov (EFE).- El Gobierno catalán aprobó este martes un plan de vivienda dirigido a los jóvenes menores de 35 años, con ayudas directas al alquiler y avales para la compra de la primera vivienda, según informó la consejera de Territorio en rueda de prensa.',
      '',
      `${quote}dijo la consejera, que añadió que el plan es una prioridad para el ejecutivo.`,
      '',
      'La oposición criticó que el plan llega tarde y que no resolverá el problema del acceso a la vivienda en las grandes ciudades, donde los precios del alquiler han subido más de un veinte por ciento en los últimos cinco años.',
      '',
    ].join('\n');
  const story = (text: string) => {
    const result = parseArticle(text);
    if (!result.ok) throw new Error(result.error.message);
    return result.article.language?.code ?? null;
  };
  it('a Spanish story quoting a Catalan sentence is not ca (null, as before round 10); without the quote or with it in Spanish, es', () =>
    expect([
      story(efe('"Els joves també han de poder viure a la seva ciutat, però amb més ajudes", ')),
      story(efe('Según ')),
      story(efe('"Los jóvenes también tienen que poder vivir en su ciudad, pero con más ayudas", ')),
    ]).toEqual([null, 'es', 'es']));
  it('a Catalan paragraph whose Spanish and French words come nearest its Catalan ones (ca-a2: 21 Catalan, 17 French) is still ca', () =>
    expect(answer(after[1]![2])).toBe('ca'));
  // Spanish, French, Italian and Portuguese stories stay as they were: fixtures/languages above, and
  // every corpus story and fixture answered the same before and after (README, Language detection).
});
