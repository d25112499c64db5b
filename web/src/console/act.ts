import { ElMessage } from 'element-plus';
import { useSubmit } from '@/api/submit';
import type { problem } from '@/api/errors';

type Overrides = Parameters<typeof problem>[1];

/**
 * A staff action (approve, dispatch, save) in the console: the phone app's one-submission
 * discipline (`useSubmit`: one request at a time, an Idempotency-Key kept until an answer), plus
 * a short message on success and the Chinese reason on failure. Answers the data, or null.
 */
export function useAction() {
  const { busy, failure, fields, run: submit } = useSubmit();

  async function run<T>(
    send: (headers: { 'Idempotency-Key': string }) => Promise<{ data?: T; error?: unknown }>,
    done?: string,
    overrides?: Overrides,
  ): Promise<T | null> {
    const res = await submit(send, overrides);
    if (!res) {
      if (failure.value) ElMessage.error(failure.value.text);
      return null;
    }
    if (done) ElMessage.success(done);
    return res.data;
  }
  return { busy, failure, fields, run };
}
