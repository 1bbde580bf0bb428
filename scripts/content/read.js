// File readers that turn every parse problem into a ContentError naming the file.
import fs from 'node:fs';
import YAML from 'yaml';
import { ContentError, fromZod } from './errors.js';

export function readYaml(file) {
  let text;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    throw new ContentError(file, '(file)', 'file is missing');
  }
  try {
    return YAML.parse(text);
  } catch (e) {
    throw new ContentError(file, '(file)', `not valid YAML: ${e.message.split('\n')[0]}`);
  }
}

/** Split "---\nyaml\n---\nbody" into data and body (and keep the raw text, for line numbers). */
export function readFrontMatter(file) {
  let text;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    throw new ContentError(file, '(file)', 'file is missing');
  }
  const match = text.replace(/^\uFEFF/, '').match(/^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/);
  if (!match) throw new ContentError(file, '(front matter)', 'must start with a "---" block and close it with "---"');
  let data;
  try {
    data = YAML.parse(match[1]);
  } catch (e) {
    throw new ContentError(file, '(front matter)', `not valid YAML: ${e.message.split('\n')[0]}`);
  }
  return { data: data ?? {}, body: match[2], raw: text };
}

export function validate(file, schema, value, prefix) {
  const result = schema.safeParse(value);
  if (!result.success) throw fromZod(file, result.error, prefix);
  return result.data;
}
