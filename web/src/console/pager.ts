import { ref, type Ref } from 'vue';

interface Page<T> {
  items: T[];
  nextCursor?: string | null;
}

/**
 * A keyset-paginated list: `reload()` fetches the first page, `more()` the next; `items` holds
 * what has been read. `fetchPage` is called with the cursor (undefined for the first page).
 */
export function usePager<T>(fetchPage: (cursor?: string) => Promise<Page<T> | undefined>) {
  const items = ref<T[]>([]) as Ref<T[]>;
  const next = ref<string | null>(null);
  const loading = ref(false);

  async function load(cursor?: string) {
    loading.value = true;
    try {
      const page = await fetchPage(cursor);
      if (!page) return;
      items.value = cursor ? [...items.value, ...page.items] : page.items;
      next.value = page.nextCursor ?? null;
    } finally {
      loading.value = false;
    }
  }
  return {
    items,
    next,
    loading,
    reload: () => load(),
    more: () => (next.value ? load(next.value) : Promise.resolve()),
  };
}
