import { defaultErrorMessage, errorBody } from './errorBodies';

/** An answer the fake has decided on, before faults change how (or whether) it is delivered. */
export interface PreparedResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export function jsonResponse(status: number, value: unknown, headers: Record<string, string> = {}): PreparedResponse {
  return { status, headers: { 'content-type': 'application/json; charset=utf-8', ...headers }, body: JSON.stringify(value) };
}

/** An Apify error answer: {"error":{"type","message"}}. */
export function errorResponse(status: number, type: string, message = defaultErrorMessage(type), headers: Record<string, string> = {}): PreparedResponse {
  return jsonResponse(status, errorBody(type, message), headers);
}

/** A route's answer: at once, or later for a long poll. */
export type Answer = PreparedResponse | Promise<PreparedResponse>;
