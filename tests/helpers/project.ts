/** Test helpers: a throwaway copy of the publication's content/ and locales/ to break. */
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const projectDir = path.resolve(import.meta.dirname, '../..');

/** Copies content/ and locales/ (or a named fixture folder over them) into a new temp folder. */
export async function copyProject(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'editions-'));
  await cp(path.join(projectDir, 'content'), path.join(dir, 'content'), { recursive: true });
  await cp(path.join(projectDir, 'locales'), path.join(dir, 'locales'), { recursive: true });
  return dir;
}

/** Edits one JSON file of the copy in place. */
export async function editJson(dir: string, file: string, edit: (data: any) => void): Promise<void> {
  const full = path.join(dir, file);
  const data = JSON.parse(await readFile(full, 'utf8'));
  edit(data);
  await writeFile(full, JSON.stringify(data, null, 2));
}

export async function editText(dir: string, file: string, edit: (text: string) => string): Promise<void> {
  const full = path.join(dir, file);
  await writeFile(full, edit(await readFile(full, 'utf8')));
}
