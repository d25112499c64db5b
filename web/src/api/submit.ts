import { computed, ref } from 'vue';
import { newKey } from '@/api/client';
import { problem, type Problem } from '@/api/errors';

/**
 * One form's submission: a synchronous in-flight flag (a double tap in the same moment is one
 * request) and an Idempotency-Key that stays the same until an answer arrives (so even a
 * resent request has one effect). The button shows `busy` as its loading state; `fields` has
 * the message of each field the server refused.
 */
export function useSubmit() {
  const busy = ref(false);
  const failure = ref<Problem | null>(null);
  let key = newKey();
  let inFlight = false;

  async function run<T>(
    send: (headers: { 'Idempotency-Key': string }) => Promise<{ data?: T; error?: unknown }>,
    overrides?: Parameters<typeof problem>[1],
  ): Promise<{ data: T } | null> {
    if (inFlight) return null;
    inFlight = true;
    busy.value = true;
    failure.value = null;
    try {
      const { data, error } = await send({ 'Idempotency-Key': key });
      key = newKey();
      if (error !== undefined) {
        failure.value = problem(error, overrides);
        return null;
      }
      return { data: data as T };
    } catch {
      failure.value = problem(undefined);
      return null;
    } finally {
      inFlight = false;
      busy.value = false;
    }
  }

  const fields = computed(() => failure.value?.fields ?? {});
  return { busy, failure, fields, run };
}
