import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import { type CheckText, checkText, type ContentProblem } from './problems';

/**
 * YAML as authors write it, read for the check: its data and the line of each field, or the
 * problems that stop it from being read, in words (the likely cause rather than the parser's
 * term where it can be told).
 */

/** The line of a field (a missing field points at its parent), for messages. */
export type LineOf = (path: string | (string | number)[]) => number | undefined;

/** YAML errors in words for authors; the parser's own words otherwise. */
const yamlErrors: Record<string, { message: CheckText; fix: CheckText }> = {
  MULTIPLE_DOCS: { message: checkText('yaml.multipleDocs'), fix: checkText('yaml.multipleDocsFix') },
  DUPLICATE_KEY: { message: checkText('yaml.duplicateKey'), fix: checkText('yaml.duplicateKeyFix') },
  TAB_AS_INDENT: { message: checkText('yaml.tab'), fix: checkText('yaml.tabFix') },
  BAD_ALIAS: { message: checkText('yaml.badAlias'), fix: checkText('yaml.aliasFix') },
};

/**
 * When the parser's complaint is on a line that is right, the likely cause in words: a list
 * written empty ("statements: []") with items below it, or curly quotes where YAML needs straight
 * ones. Returns the line that causes it (0-based) with the message and fix.
 */
function likelyYamlCause(lines: string[], errorLine: number): { line: number; message: CheckText; fix: CheckText } | undefined {
  const shown = (i: number) => lines[i]!.replace(/\s+#.*$/, '').trim();
  const text = lines[errorLine] ?? '';
  if (/[“”«»]/.test(text)) return { line: errorLine, message: checkText('yaml.curlyQuotes'), fix: checkText('yaml.curlyQuotesFix') };
  // The nearest line above that is not blank or a comment.
  let above = errorLine;
  do above -= 1;
  while (above >= 0 && /^\s*(#.*)?$/.test(lines[above]!));
  for (let i = errorLine; i > above && i >= 0; i -= 1) if (!/^\s*(-|#|$)/.test(lines[i]!)) return undefined;
  const firstBelow = lines.slice(above + 1).find((l) => !/^\s*(#.*)?$/.test(l)) ?? '';
  if (above >= 0 && /^\s*[\w-]+:\s*(\[\s*\]|\{\s*\})\s*(#.*)?$/.test(lines[above]!) && /^\s*-/.test(firstBelow)) {
    const key = shown(above).replace(/:.*$/, '');
    const empty = shown(above).replace(/^[^:]*:\s*/, '');
    return { line: above, message: checkText('yaml.emptyListWithItems', { line: shown(above) }), fix: checkText('yaml.emptyListWithItemsFix', { empty, key: `${key}:` }) };
  }
  return undefined;
}

export function parseYaml(text: string, file: string, problems: ContentProblem[], lineOffset = 0): { data: unknown; lineOf: LineOf } | null {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const lines = text.split('\n');
    const at = (error: (typeof doc.errors)[number]) => lineCounter.linePos(error.pos[0]).line;
    // One cause (an empty list with items below it, curly quotes) makes several parser errors:
    // when one is found, it alone is reported, once.
    const causes = doc.errors.flatMap((error) => (yamlErrors[error.code] ? [] : (likelyYamlCause(lines, at(error) - 1) ?? [])));
    const found: ContentProblem[] =
      causes.length > 0
        ? causes.map((cause) => ({ file, line: cause.line + 1 + lineOffset, message: cause.message, fix: cause.fix }))
        : doc.errors.map((error) => {
            // Never the parser's own words: the author is told what to look at.
            const known = yamlErrors[error.code];
            return { file, line: at(error) + lineOffset, message: known?.message ?? checkText('yaml.unreadable'), fix: known?.fix ?? checkText('yaml.unreadableFix') };
          });
    const reported = new Set<string>();
    for (const problem of found) {
      const key = `${problem.line}:${JSON.stringify(problem.message)}`;
      if (!reported.has(key)) problems.push(problem);
      reported.add(key);
    }
    return null;
  }
  let data: unknown;
  try {
    // A few aliases are legal YAML; thousands (an "alias bomb") would take the check down.
    data = doc.toJS({ maxAliasCount: 50 });
  } catch (error) {
    const aliases = /alias/i.test((error as Error).message);
    problems.push({ file, line: 1 + lineOffset, message: checkText(aliases ? 'yaml.tooManyAliases' : 'yaml.unreadable'), fix: checkText(aliases ? 'yaml.aliasFix' : 'yaml.unreadableFix') });
    return null;
  }
  // The line of the deepest node that exists on the path (a missing field points at its parent).
  const lineOf: LineOf = (path) => {
    const keys = typeof path === 'string' ? [path] : path;
    let node: unknown = doc.contents;
    let offset: number | undefined;
    for (const key of keys) {
      if (isMap(node)) {
        const pair = node.items.find((item) => isScalar(item.key) && item.key.value === key);
        if (!pair) break;
        offset = isScalar(pair.key) ? pair.key.range?.[0] : offset;
        node = pair.value;
      } else if (isSeq(node) && typeof key === 'number' && node.items[key]) {
        node = node.items[key];
        offset = (node as { range?: [number] }).range?.[0] ?? offset;
      } else break;
    }
    return offset === undefined ? undefined : lineCounter.linePos(offset).line + lineOffset;
  };
  return { data, lineOf };
}
