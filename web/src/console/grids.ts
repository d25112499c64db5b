import { ref } from 'vue';
import { api, type Schemas } from '@/api/client';
import { session } from '@/api/session';

/** The community's grids, read once per page load (they change rarely). */
export const grids = ref<Schemas['GridView'][]>([]);
let loading: Promise<void> | null = null;

export function loadGrids(force = false): Promise<void> {
  const id = session.me?.community?.id;
  if (!id) return Promise.resolve();
  if (!loading || force)
    loading = api.GET('/api/v1/communities/{id}/grids', { params: { path: { id } } }).then(({ data }) => {
      grids.value = data?.items ?? [];
    });
  return loading;
}

export const gridName = (id: string | null | undefined): string =>
  grids.value.find((g) => g.id === id)?.name ?? '';
