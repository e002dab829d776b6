import type { z } from 'zod';
import { contract, isChannel } from '../../shared/contract';
import { type AppError, type ApiResult, type ErrorParams } from '../../shared/errors';
import { invalidRequestParams, reportInput } from '../../shared/requestIssues';
import { storageError } from '../db/storageErrors';
import type { Handlers } from './handlers';

export type DispatchOptions = {
  /** Also check each answer against the contract (tests turn this on). */
  validateResponses?: boolean;
  /** Where unexpected errors are reported; the caller only sees a generic message. */
  log?: (error: unknown) => void;
};

/**
 * Validates a request from outside against the contract, runs its handler and wraps the
 * outcome in the `{ ok }` envelope. Nothing runs for an unknown channel or a payload that
 * does not match its schema exactly. Imports nothing from Electron, so the browser host and
 * tests use this very function.
 */
export async function dispatch(
  handlers: Handlers,
  channel: unknown,
  payload: unknown,
  options: DispatchOptions = {},
): Promise<ApiResult<unknown>> {
  if (!isChannel(channel)) {
    return failure('UNKNOWN_CHANNEL', `Unknown channel: ${describe(channel)}.`);
  }
  const { request, response } = contract[channel];
  const parsed = request.safeParse(payload, reportInput);
  if (!parsed.success) {
    // The English summary is for logs; the params say the same in words the renderer translates.
    return failure(
      'INVALID_REQUEST',
      `Invalid request for ${channel}: ${summarise(parsed.error)}`,
      invalidRequestParams(parsed.error),
    );
  }
  try {
    const handler = handlers[channel] as (request: unknown) => unknown;
    const data = await handler(parsed.data);
    if (options.validateResponses) {
      const checked = response.safeParse(data);
      if (!checked.success) {
        throw new Error(`Answer of ${channel} breaks the contract: ${summarise(checked.error)}`);
      }
    }
    return { ok: true, data };
  } catch (error) {
    // A full disk, a lock or a read-only file is named to the user, never "something went wrong".
    const known = storageError(error);
    if (known) return failure(known.code, known.message, known.params);
    (options.log ?? console.error)(error);
    return failure('INTERNAL', 'Something went wrong inside RoleFlow; nothing was changed.');
  }
}

function failure(code: AppError['code'], message: string, params?: ErrorParams): ApiResult<never> {
  return { ok: false, error: params ? { code, message, params } : { code, message } };
}

function summarise(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.length ? issue.path.join('.') : '(payload)'}: ${issue.message}`)
    .join('; ');
}

function describe(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value.slice(0, 80)) : typeof value;
}
