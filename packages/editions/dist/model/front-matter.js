/** Front matter: the `---` YAML block a chapter or story file starts with. */
import { problems } from '../errors.js';
import { parseYaml } from './yaml.js';
/** Splits `---\nyaml\n---\nbody`; reports a missing or broken block. */
export function splitFrontMatter(text, file, findings) {
    const clean = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
    const lines = clean.split('\n');
    if (lines[0]?.trim() !== '---') {
        findings.push(problems.frontMatter({ file, line: 1 }, 'the file does not start with "---"'));
        return null;
    }
    const end = lines.indexOf('---', 1);
    if (end === -1) {
        findings.push(problems.frontMatter({ file, line: 1 }, 'the closing "---" is missing'));
        return null;
    }
    const parsed = parseYaml(lines.slice(1, end).join('\n'), file, 1, findings);
    if (!parsed)
        return null;
    const data = parsed.value;
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
        findings.push(problems.frontMatter({ file, line: 2 }, 'it is not a list of "key: value" lines'));
        return null;
    }
    return { data: data, lineOf: parsed.lineOf, body: lines.slice(end + 1).join('\n'), bodyLine: end + 1 };
}
//# sourceMappingURL=front-matter.js.map