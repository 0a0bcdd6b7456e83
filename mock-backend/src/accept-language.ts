export type SiteLocale = 'zh' | 'en';

/**
 * The site's language for a visitor. English only when the client clearly prefers it: a higher
 * q-value for English than for Chinese. A tie, a missing or an unreadable header gives Chinese,
 * the city's language.
 */
export function preferredLocale(header: string | undefined): SiteLocale {
  if (!header) return 'zh';
  let zh: number | undefined;
  let en: number | undefined;
  let any: number | undefined;
  for (const entry of header.split(',')) {
    const [rawTag, ...params] = entry.trim().split(';');
    const tag = rawTag?.trim().toLowerCase();
    if (!tag) continue;
    let q = 1;
    for (const param of params) {
      const [name, value] = param.trim().split('=');
      if (name?.trim().toLowerCase() !== 'q') continue;
      q = /^(0(\.\d{0,3})?|1(\.0{0,3})?)$/.test(value?.trim() ?? '') ? Number(value) : Number.NaN;
    }
    if (Number.isNaN(q)) continue;
    const primary = tag.split('-')[0];
    if (primary === 'zh') zh = Math.max(zh ?? 0, q);
    else if (primary === 'en') en = Math.max(en ?? 0, q);
    else if (tag === '*') any = Math.max(any ?? 0, q);
  }
  // "*" stands for every language the header does not name.
  const zhQ = zh ?? any ?? 0;
  const enQ = en ?? any ?? 0;
  return enQ > zhQ ? 'en' : 'zh';
}
