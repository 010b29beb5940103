import JSZip from 'jszip';

// Reads what ExcelJS does not read back from an XLSX: which cells carry the quote-prefix style,
// and the first sheet's print setup as written.

const decode = (xml: string) =>
  xml
    .replaceAll('&apos;', "'")
    .replaceAll('&quot;', '"')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');

export async function inspectXlsx(file: Buffer | Uint8Array) {
  const zip = await JSZip.loadAsync(file);
  const styles = (await zip.file('xl/styles.xml')?.async('string')) ?? '';
  const sheet = (await zip.file('xl/worksheets/sheet1.xml')?.async('string')) ?? '';
  const workbook = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
  const cellXfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? '';
  const quoted = new Set<number>();
  [...cellXfs.matchAll(/<xf\b[^>]*?(\/>|>)/g)].forEach((m, i) => {
    if (/quotePrefix="1"/.test(m[0])) quoted.add(i);
  });
  const quotePrefixed = [...sheet.matchAll(/<c r="([A-Z]+\d+)"[^>]*?\ss="(\d+)"/g)]
    .filter((m) => quoted.has(Number(m[2])))
    .map((m) => m[1]!);
  return {
    quotePrefixed,
    pageSetup: /<pageSetup\b[^>]*\/>/.exec(sheet)?.[0] ?? '',
    fitToPage: /<pageSetUpPr\b[^>]*fitToPage="1"/.test(sheet),
    header: decode(/<oddHeader>([\s\S]*?)<\/oddHeader>/.exec(sheet)?.[1] ?? ''),
    printTitles: decode(/<definedName name="_xlnm.Print_Titles"[^>]*>([^<]*)<\/definedName>/.exec(workbook)?.[1] ?? ''),
  };
}
