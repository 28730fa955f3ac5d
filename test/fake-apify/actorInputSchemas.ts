// Apify input schemas (not JSON Schema: editor, sectionCaption, prefill, enumTitles, isSecret…)
// for the fake's actors, and a task input that fits each.

export const CRAWLER_INPUT_SCHEMA = {
  title: 'Web crawler input',
  type: 'object',
  description: 'Where to start, how far to go and what to keep.',
  schemaVersion: 1,
  properties: {
    startUrls: {
      title: 'Start URLs',
      type: 'array',
      description: 'URLs to start with. <b>HTML here</b> must be shown as text.',
      editor: 'requestListSources',
      prefill: [{ url: 'https://crawlee.dev' }],
      items: { type: 'object' },
    },
    maxRequestsPerCrawl: {
      title: 'Max pages',
      type: 'integer',
      description: 'The crawl stops after this many pages.',
      minimum: 0,
      maximum: 100000,
      default: 100,
      unit: 'pages',
    },
    crawlerType: {
      title: 'Crawler type',
      type: 'string',
      description: 'How pages are loaded.',
      editor: 'select',
      enum: ['cheerio', 'playwright:firefox', 'playwright:chrome'],
      enumTitles: ['Raw HTTP (fast)', 'Firefox', 'Chrome'],
      default: 'cheerio',
      sectionCaption: 'Crawler settings',
      sectionDescription: 'Advanced options.',
    },
    saveMarkdown: { title: 'Save Markdown', type: 'boolean', description: 'Also store each page as Markdown.', default: true },
    proxyConfiguration: { title: 'Proxy', type: 'object', description: 'Proxy servers to use.', editor: 'proxy', prefill: { useApifyProxy: true } },
    apiKey: { title: 'API key of the target site', type: 'string', description: 'Stored encrypted.', editor: 'textfield', isSecret: true },
    excludeGlobs: { title: 'Exclude URLs (globs)', type: 'array', description: 'Pages to skip.', editor: 'stringList', items: { type: 'string' }, default: [] },
  },
  required: ['startUrls'],
};

export const SEARCH_INPUT_SCHEMA = {
  title: 'Search input',
  type: 'object',
  schemaVersion: 1,
  properties: {
    queries: { title: 'Search terms', type: 'string', description: 'One query per line.', editor: 'textarea', prefill: 'apify\nweb scraping' },
    maxPagesPerQuery: { title: 'Pages per query', type: 'integer', description: 'Result pages to read.', minimum: 1, maximum: 100, default: 1 },
    countryCode: { title: 'Country', type: 'string', description: 'Search from this country.', editor: 'select', enum: ['us', 'de', 'cz', 'jp'], enumTitles: ['United States', 'Germany', 'Czechia', 'Japan'], nullable: true },
  },
  required: ['queries'],
  additionalProperties: false,
};

/** A stored task input matching `schema` (undefined: none), with an encrypted secret in some. */
export function taskInputFor(schema: object | undefined, index: number): Record<string, unknown> {
  if (schema === SEARCH_INPUT_SCHEMA) return { queries: `apify\nquery ${index}`, maxPagesPerQuery: 1 + (index % 5), countryCode: 'us' };
  if (schema === CRAWLER_INPUT_SCHEMA) {
    const input: Record<string, unknown> = { startUrls: [{ url: `https://example.com/${index}` }], maxRequestsPerCrawl: 50 + index, crawlerType: 'cheerio' };
    if (index % 2 === 0) input.apiKey = 'ENCRYPTED_VALUE:Zm9vYmFyYmF6:cXV4cXV1eA==';
    return input;
  }
  return { note: 'This actor has no input schema.', depth: index % 3 };
}
