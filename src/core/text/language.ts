/**
 * Language detection by script and stopword ratios: enough to tell English from the languages
 * whose rules we do not have. Returns a BCP-47 primary subtag or "und".
 */
const STOPWORDS: Record<string, string> = {
  // Function words and the commonest verbs of news ("said", "will"): enough that a three-sentence brief full of
  // foreign names ("Xi Jinping met Kim Jong Un in Beijing") still outweighs the words it shares with Dutch ("met", "in").
  en: 'the of and to in is that for it was on with as by at from his her he she they said have has be not are this which an but a were will been would their its who or after about than into up out over also there what when could had him them our we you one all if no says told',
  fr: 'le la les de des du et en un une est que qui dans pour pas au sur par ne se il elle ce avec son sont',
  de: 'der die das und ist nicht zu den von mit sich des auf für ein eine im dem auch es an als wird sie',
  es: 'el la los las de del y en que un una es por con para se no su al lo como más pero sus le ha',
  it: 'il la le di e che un una è per non del della in si con da sono gli al nel lo ha come',
  pt: 'o a os as de do da e que um uma é para com não em no na por se dos das ao mais foi',
  nl: 'de het een en van in is dat op te zijn met voor niet aan er die ook als bij door',
};
const SETS = Object.fromEntries(Object.entries(STOPWORDS).map(([k, v]) => [k, new Set(v.split(' '))]));

const SCRIPTS: [RegExp, string][] = [
  [/\p{Script=Arabic}/u, 'ar'],
  [/\p{Script=Cyrillic}/u, 'ru'],
  [/\p{Script=Han}/u, 'zh'],
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/u, 'ja'],
  [/\p{Script=Hangul}/u, 'ko'],
  [/\p{Script=Devanagari}/u, 'hi'],
  [/\p{Script=Hebrew}/u, 'he'],
  [/\p{Script=Greek}/u, 'el'],
  [/\p{Script=Thai}/u, 'th'],
];

export function detectLanguage(text: string): string {
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters < 3) return 'und';
  const latin = sample.match(/\p{Script=Latin}/gu)?.length ?? 0;
  if (latin / letters < 0.5) {
    const counts = SCRIPTS.map(([re, lang]) => [lang, sample.match(new RegExp(re.source, 'gu'))?.length ?? 0] as const);
    counts.sort((a, b) => b[1] - a[1]);
    return counts[0] && counts[0][1] > 0 ? counts[0][0] : 'und';
  }
  const tokens = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (tokens.length === 0) return 'und';
  let best = 'und';
  let bestScore = 0;
  for (const [lang, set] of Object.entries(SETS)) {
    let n = 0;
    for (const t of tokens) if (set.has(t)) n++;
    const score = n / tokens.length;
    if (score > bestScore) {
      bestScore = score;
      best = lang;
    }
  }
  // Too few function words of any language: a list, code or garbage.
  return bestScore >= 0.08 || (tokens.length < 12 && bestScore > 0) ? best : 'und';
}
