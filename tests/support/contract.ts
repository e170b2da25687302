import { readFile } from 'node:fs/promises';

/** The role ids every taxonomy version must keep (schemas/role-ids.json). */
export async function contractRoleIds(): Promise<string[]> {
  const text = await readFile(new URL('../../schemas/role-ids.json', import.meta.url), 'utf8');
  return (JSON.parse(text) as { roleIds: string[] }).roleIds;
}
