// What the task quick pick is sent for the text typed (see src/search/pickFilter.ts).
import * as assert from 'node:assert/strict';
import { PickFilter } from '../../../src/search/pickFilter';
import { mayMatchQuery, matchesQuery, pickQuery } from '../../../src/search/pickQuery';

interface Item { label: string; description?: string }
const item = (label: string, description?: string): Item => ({ label, description });
const labels = (items: readonly Item[]) => items.map((i) => i.label);

describe('pickQuery: VS Code\'s quick pick matching, mirrored', () => {
  const matches = (typed: string, text: string) => matchesQuery(pickQuery(typed)!, text.toLowerCase());
  const mayMatch = (typed: string, text: string) => mayMatchQuery(pickQuery(typed)!, text.toLowerCase());

  it('nothing typed (or only spaces) is no query: every item is shown', () => {
    assert.equal(pickQuery(''), undefined);
    assert.equal(pickQuery('   '), undefined);
  });

  it('matches the trimmed text anywhere, ignoring case', () => {
    assert.ok(matches('  Hotel ', 'daily-hotel-rates'));
    assert.ok(matches('RATES', 'daily-hotel-rates'));
    assert.ok(!matches('hotels', 'daily-hotel-rates'));
    assert.ok(matches('hotel rates', 'Hotel Rates EU'), 'inner spaces are kept and matched');
    assert.ok(!matches('hotel rates', 'hotel-rates'));
  });

  it('reads * as any run of characters, its parts in order', () => {
    assert.ok(matches('ho*ra', 'daily-hotel-rates'));
    assert.ok(!matches('ra*ho', 'daily-hotel-rates'));
    assert.ok(matches('*', 'anything'));
    assert.ok(matches('hotel*', 'hotel'), 'a trailing * also matches nothing');
    assert.ok(!matches('aa*a', 'aa'), 'the parts may not overlap');
  });

  it('may match: the characters in order, not together (what prefix and camel-case matches need)', () => {
    assert.ok(mayMatch('gss', 'google-search-scraper'));
    assert.ok(mayMatch('wSc', 'apify/webScraper'));
    assert.ok(mayMatch('h*r', 'hotel-rates'));
    assert.ok(!mayMatch('gss', 'google-scraper'));
    assert.ok(!mayMatch('sg', 'google-search'), 'order matters');
    assert.ok(mayMatch('hotel', 'HOTEL'), 'a match is always a may-match');
  });

  it('handles characters outside the basic plane as one character each', () => {
    assert.ok(matches('📦', 'box 📦 tasks'));
    assert.ok(mayMatch('b📦t', 'box 📦 tasks'));
  });
});

describe('PickFilter', () => {
  it('with nothing typed, shows the first items up to the limit and counts every item', () => {
    const filter = new PickFilter<Item>(3);
    assert.equal(filter.add([item('a'), item('b')]), true);
    assert.deepEqual(labels(filter.shown), ['a', 'b']);
    assert.equal(filter.add([item('c'), item('d')]), true);
    assert.equal(filter.add([item('e')]), false, 'a full list does not change');
    assert.deepEqual(labels(filter.shown), ['a', 'b', 'c']);
    assert.equal(filter.size, 5);
    assert.equal(filter.matching, 5);
    assert.equal(filter.limited, true);
  });

  it('finds matches among every item loaded, by label or by description, in list order', () => {
    const filter = new PickFilter<Item>(10);
    filter.add([item('amazon-prices', 'apify/web-scraper'), item('hotel-rates', 'janedoe/price-monitor'), item('flight-fares', 'apify/web-scraper'), item('hotel-eu', 'apify/web-scraper')]);
    filter.setQuery('hotel');
    assert.deepEqual(labels(filter.shown), ['hotel-rates', 'hotel-eu']);
    assert.equal(filter.matching, 2);
    filter.setQuery('PRICE');
    assert.deepEqual(labels(filter.shown), ['amazon-prices', 'hotel-rates'], 'the label of one, the description of the other');
    assert.equal(filter.searching, true);
    filter.setQuery('  ');
    assert.equal(filter.searching, false, 'spaces alone are no search');
    assert.deepEqual(labels(filter.shown), ['amazon-prices', 'hotel-rates', 'flight-fares', 'hotel-eu']);
  });

  it('does not match across the label and the description', () => {
    const filter = new PickFilter<Item>(10);
    filter.add([item('hotel', 'rates')]);
    filter.setQuery('hotel rates');
    assert.deepEqual(filter.shown, []);
    assert.equal(filter.matching, 0);
  });

  it('fills the room the matches leave with items that may match, after the matches', () => {
    const filter = new PickFilter<Item>(10);
    filter.add([item('google-search-scraper'), item('gss-monitor'), item('unrelated')]);
    filter.setQuery('gss');
    assert.deepEqual(labels(filter.shown), ['gss-monitor', 'google-search-scraper']);
    assert.equal(filter.matching, 1, 'only real matches are counted');
  });

  it('keeps at most the limit, counts every match, and says when matches were left out', () => {
    const filter = new PickFilter<Item>(2);
    filter.add(['hotel-1', 'x', 'hotel-2', 'hotel-3', 'hotel-4'].map((label) => item(label)));
    filter.setQuery('hotel');
    assert.deepEqual(labels(filter.shown), ['hotel-1', 'hotel-2']);
    assert.equal(filter.matching, 4);
    assert.equal(filter.limited, true);
    filter.setQuery('hotel-3');
    assert.deepEqual(labels(filter.shown), ['hotel-3']);
    assert.equal(filter.limited, false);
  });

  it('while pages arrive, adds their matches to the query typed, and a match displaces a may-match', () => {
    const filter = new PickFilter<Item>(2);
    filter.add([item('h-o-t-e-l'), item('hxoxtxexl')]);
    filter.setQuery('hotel');
    assert.deepEqual(labels(filter.shown), ['h-o-t-e-l', 'hxoxtxexl'], 'two may-matches fill the room');
    assert.equal(filter.add([item('other')]), false, 'a page with nothing for the query changes nothing');
    assert.equal(filter.add([item('hotel-rates')]), true);
    assert.deepEqual(labels(filter.shown), ['hotel-rates', 'h-o-t-e-l']);
    assert.equal(filter.add([item('hotel-eu'), item('hotel-us')]), true);
    assert.deepEqual(labels(filter.shown), ['hotel-rates', 'hotel-eu']);
    assert.equal(filter.matching, 3);
  });

  it('sends the same item objects it was given, so the quick pick can keep the active one', () => {
    const filter = new PickFilter<Item>(5);
    const items = [item('a'), item('b')];
    filter.add(items);
    filter.setQuery('b');
    assert.equal(filter.shown[0], items[1]);
  });

  it('at 100,000 items, finds the matches of a query typed late (the picker\'s scale)', () => {
    const filter = new PickFilter<Item>(1000);
    const topics = ['amazon-prices', 'news-headlines', 'hotel-rates', 'docs-crawl'];
    const all = Array.from({ length: 100_000 }, (_, i) => item(`${topics[i % 4]}-${i}`, 'apify/web-scraper'));
    for (let page = 0; page < 100; page++) filter.add(all.slice(page * 1000, (page + 1) * 1000));
    filter.setQuery('hotel-rates-9998');
    assert.deepEqual(labels(filter.shown).slice(0, 3), ['hotel-rates-9998', 'hotel-rates-99982', 'hotel-rates-99986']);
    assert.equal(filter.matching, 3, 'hotel-rates-9998 and 9998x (x = 2, 6)');
    filter.setQuery('rates');
    assert.equal(filter.shown.length, 1000);
    assert.equal(filter.matching, 25_000);
  });
});
