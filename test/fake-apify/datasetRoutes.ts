// GET /v2/datasets/{id}/items: a JSON array, ordered as inserted (desc=1 reverses), with
// offset/limit and the X-Apify-Pagination-* headers; clean=1 drops hidden fields (#…) and
// empty items, as the real API does.
import type { DatasetStore } from './datasetStore';
import { isPaging, readPaging } from './pagingQuery';
import { errorResponse, jsonResponse, type PreparedResponse } from './preparedResponse';
import type { RecordedRequest } from './recordedRequest';

/** The real API has no fixed cap on items per request; this keeps a runaway test finite. */
const MAX_ITEMS = 250_000;

export function datasetItems(datasets: DatasetStore, datasetId: string, record: RecordedRequest): PreparedResponse {
  const stored = datasets.items(datasetId);
  if (!stored) return errorResponse(404, 'record-not-found', 'Dataset was not found');
  const paging = readPaging(record.query, MAX_ITEMS);
  if (!isPaging(paging)) return paging;
  const clean = isOn(record.query.clean) || isOn(record.query.skipEmpty);
  const skipHidden = isOn(record.query.clean) || isOn(record.query.skipHidden);
  let items = clean ? stored.filter((item) => !isEmpty(item)) : stored;
  if (paging.desc) items = [...items].reverse();
  const page = items.slice(paging.offset, paging.offset + paging.limit).map((item) => (skipHidden ? withoutHidden(item) : item));
  return jsonResponse(200, page, {
    'x-apify-pagination-offset': String(paging.offset),
    'x-apify-pagination-limit': String(paging.limit),
    'x-apify-pagination-count': String(page.length),
    'x-apify-pagination-total': String(items.length),
  });
}

function isOn(value: string | undefined): boolean {
  return value === '1' || value?.toLowerCase() === 'true';
}

function isEmpty(item: unknown): boolean {
  return item !== null && typeof item === 'object' && Object.keys(item).length === 0;
}

function withoutHidden(item: unknown): unknown {
  if (item === null || typeof item !== 'object' || Array.isArray(item)) return item;
  return Object.fromEntries(Object.entries(item).filter(([key]) => !key.startsWith('#')));
}
