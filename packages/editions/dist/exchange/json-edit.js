/**
 * Writes translations into a locale file's JSON text without reformatting it:
 * a changed value is replaced where it stands, a new key is added at the end
 * of its object in the file's own indentation and line endings, so a diff
 * shows exactly the strings that changed. Positions come from momoa's tree.
 */
import { parse } from '@humanwhocodes/momoa';
/**
 * `setStrings('{\n  "a": "x"\n}\n', [["a", "y"], ["b.c", "z"]])` →
 * '{\n  "a": "y",\n  "b": {\n    "c": "z"\n  }\n}\n'
 */
export function setStrings(text, entries) {
    const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
    let body = bom ? text.slice(1) : text;
    for (const [key, value] of entries)
        body = setString(body, key.split('.'), value);
    return bom + body;
}
/** A new file holding the given strings, nested at their dots, two-space indented. */
export function newJsonFile(entries) {
    const root = {};
    for (const [key, value] of entries) {
        const path = key.split('.');
        let obj = root;
        for (const name of path.slice(0, -1))
            obj = (obj[name] ??= {});
        obj[path.at(-1)] = value;
    }
    return `${JSON.stringify(root, null, 2)}\n`;
}
function setString(text, path, value) {
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    const unit = indentUnit(text);
    let node = parse(text, { mode: 'json', ranges: true }).body;
    for (let depth = 0; depth < path.length; depth++) {
        const member = node.members.find((m) => memberName(m.name) === path[depth]);
        if (!member)
            return insert(text, node, path.slice(depth), value, eol, unit);
        if (depth === path.length - 1)
            return replace(text, member.value, JSON.stringify(value));
        if (member.value.type !== 'Object')
            return replace(text, member.value, nested(path.slice(depth + 1), value, lineIndent(text, member.range[0]), unit, eol));
        node = member.value;
    }
    return text;
}
function memberName(name) {
    return name.type === 'String' ? name.value : name.type === 'Identifier' ? name.name : '';
}
function replace(text, node, replacement) {
    const [start, end] = node.range;
    return text.slice(0, start) + replacement + text.slice(end);
}
/** Adds `"path[0]": …` as the last member of `obj`. */
function insert(text, obj, path, value, eol, unit) {
    const objIndent = lineIndent(text, obj.range[0]);
    const last = obj.members.at(-1);
    const indent = last ? lineIndent(text, last.range[0]) : objIndent + unit;
    const member = `${JSON.stringify(path[0])}: ${path.length === 1 ? JSON.stringify(value) : nested(path.slice(1), value, indent, unit, eol)}`;
    if (last) {
        const at = last.range[1];
        return `${text.slice(0, at)},${eol}${indent}${member}${text.slice(at)}`;
    }
    // An empty object: `{}` becomes `{ member }` across lines.
    const [start, end] = obj.range;
    return `${text.slice(0, start)}{${eol}${indent}${member}${eol}${objIndent}}${text.slice(end)}`;
}
/** `{ "path…": value }` written at `indent` in the file's style. */
function nested(path, value, indent, unit, eol) {
    if (path.length === 0)
        return JSON.stringify(value);
    const inner = indent + unit;
    return `{${eol}${inner}${JSON.stringify(path[0])}: ${nested(path.slice(1), value, inner, unit, eol)}${eol}${indent}}`;
}
/** The whitespace that starts the line holding `offset`. */
function lineIndent(text, offset) {
    const start = text.lastIndexOf('\n', offset - 1) + 1;
    return /^[ \t]*/.exec(text.slice(start))[0];
}
/** The file's indentation step: the indent of its first indented line (two spaces if none). */
function indentUnit(text) {
    return /\n([ \t]+)\S/.exec(text)?.[1] ?? '  ';
}
//# sourceMappingURL=json-edit.js.map