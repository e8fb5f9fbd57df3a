/** The closed set of errors the API answers with, and the HTTP status of each. */
export const errorStatuses = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  gone: 410,
  payload_too_large: 413,
  unsupported_media_type: 415,
  internal_error: 500,
  not_implemented: 501,
} as const;

export type ErrorCode = keyof typeof errorStatuses;

/** An expected failure of a request: it leaves the API as `{ error: { code, message } }` with its status. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }

  get status(): number {
    return errorStatuses[this.code];
  }
}
