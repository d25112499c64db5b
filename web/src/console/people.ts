import { reactive } from 'vue';
import { api } from '@/api/client';
import { session } from '@/api/session';

/** Names of the community's members by id, fetched in batches of up to 100 and remembered. */
const known = reactive(new Map<string, { name: string; phone: string }>());
const asked = new Set<string>();

/** Fetches the names of any of these ids not yet known (one request per 100). */
export async function learnPeople(ids: (string | null | undefined)[]): Promise<void> {
  const communityId = session.me?.community?.id;
  const wanted = [...new Set(ids.filter((id): id is string => !!id && !asked.has(id)))];
  if (!communityId || !wanted.length) return;
  wanted.forEach((id) => asked.add(id));
  for (let i = 0; i < wanted.length; i += 100) {
    const { data } = await api.GET('/api/v1/communities/{id}/people', {
      params: { path: { id: communityId }, query: { ids: wanted.slice(i, i + 100).join(',') } },
    });
    for (const p of data?.items ?? []) known.set(p.id, { name: p.name, phone: p.phone });
  }
}

/** 张三（138****5678）, or 张三 alone with `short`; an empty string while unknown. */
export function person(id: string | null | undefined, short = false): string {
  const p = id ? known.get(id) : undefined;
  if (!p) return '';
  return short ? p.name : `${p.name}（${p.phone}）`;
}
