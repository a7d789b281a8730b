// @ts-check
/**
 * What the reader typed → what Pagefind searches. Pagefind matches each query
 * word as a prefix of indexed words, so a Korean word searched without its
 * particle (드론이 → 드론) finds every form of it (드론을, 드론과, 드론에).
 * Shared with the unit tests (tests/unit/search/query.test.ts).
 */

/**
 * Korean particles (조사), longest first so 에서는 goes before 는. Stripped
 * only when two or more characters remain, so short nouns that end like a
 * particle (포로, 수도) stay whole.
 */
const particles = [
  '으로부터', '에서부터', '으로서는', '으로써는',
  '에게서', '한테서', '으로서', '으로써', '로부터', '에서는', '에서도', '에서의', '에게는', '에게도', '으로는', '으로도',
  '이라고', '이라는', '까지는', '까지도', '부터는', '처럼은',
  '에서', '에게', '한테', '께서', '으로', '로서', '로써', '까지', '부터', '처럼', '보다', '마다', '조차', '마저',
  '이나', '이랑', '과의', '와의', '에는', '에도', '에의', '라고', '라는', '이며', '이고', '만의', '하고',
  '이', '가', '은', '는', '을', '를', '의', '에', '와', '과', '로', '도', '만', '나', '랑',
];

/**
 * `stripParticle("병사들의")` → "병사"; `stripParticle("포로")` → "포로"
 * @param {string} word
 */
export function stripParticle(word) {
  if (!/\p{Script=Hangul}$/u.test(word)) return word;
  let stem = word;
  const particle = particles.find((p) => stem.endsWith(p) && [...stem].length - [...p].length >= 2);
  if (particle) stem = stem.slice(0, -particle.length);
  // The plural suffix: 병사들 → 병사.
  if (stem.endsWith('들') && [...stem].length >= 3) stem = stem.slice(0, -1);
  return stem;
}

/**
 * `normalizeQuery("１万人")` → "1万人": NFKC folds the full-width digits and
 * Latin letters of Japanese input methods, and half-width kana, to the forms
 * the text uses. Korean words lose their particles in every edition: a
 * Korean original quoted in another edition is searched the same way.
 * @param {string} text
 */
export function normalizeQuery(text) {
  return text.normalize('NFKC').split(/\s+/).filter(Boolean).map(stripParticle).join(' ');
}

/**
 * A looser query to try when nothing matched: each word of four or more
 * characters loses its last one ("zelensky" → "zelensk" finds "Zelenskyy",
 * whose stem differs). Null when no word can be shortened.
 * @param {string} query
 */
export function relaxQuery(query) {
  let changed = false;
  const words = query.split(' ').map((w) => {
    const chars = [...w];
    if (chars.length < 4) return w;
    changed = true;
    return chars.slice(0, -1).join('');
  });
  return changed ? words.join(' ') : null;
}
