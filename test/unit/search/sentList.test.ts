// What the task quick pick is sent as the user searches (see src/search/sentList.ts).
import * as assert from 'node:assert/strict';
import { SentList } from '../../../src/search/sentList';

describe('SentList', () => {
  let clock = 0;
  const now = () => clock;
  beforeEach(() => (clock = 0));

  it('only ever adds at the end: items already held keep their places', () => {
    const sent = new SentList<string>(10, now);
    assert.deepEqual(sent.update(['a', 'b', 'c']), { items: ['a', 'b', 'c'], replaced: false });
    assert.deepEqual(sent.update(['c', 'd', 'a', 'e']), { items: ['a', 'b', 'c', 'd', 'e'], replaced: false });
  });

  it('sends nothing when the quick pick holds everything shown already', () => {
    const sent = new SentList<string>(10, now);
    sent.update(['a', 'b', 'c']);
    assert.equal(sent.update(['b', 'a']), undefined);
    assert.equal(sent.update([]), undefined);
  });

  it('past the limit, replaces the list with what is shown', () => {
    const sent = new SentList<string>(4, now);
    sent.update(['a', 'b', 'c']);
    assert.deepEqual(sent.update(['d']), { items: ['a', 'b', 'c', 'd'], replaced: false }, 'up to the limit it still adds');
    assert.deepEqual(sent.update(['e', 'a']), { items: ['e', 'a'], replaced: true });
    assert.deepEqual(sent.update(['f']), { items: ['e', 'a', 'f'], replaced: false }, 'and adds to the new list from then on');
  });

  it('after a replacement, an item picked at once may have been meant as the one at its place before', () => {
    const sent = new SentList<string>(3, now);
    sent.update(['a', 'b', 'c']);
    clock = 100;
    sent.update(['x', 'b']);
    clock = 600;
    assert.equal(sent.mayBeMisread('x', 1000), true, '"a" was at index 0 before');
    assert.equal(sent.mayBeMisread('b', 1000), false, '"b" was at its place before too');
    clock = 1100;
    assert.equal(sent.mayBeMisread('x', 1000), false, 'a second after the replacement the window holds the new list');
  });

  it('without a replacement nothing is in doubt', () => {
    const sent = new SentList<string>(10, now);
    sent.update(['a', 'b']);
    sent.update(['c']);
    assert.equal(sent.mayBeMisread('c', 1000), false);
    assert.equal(sent.mayBeMisread('a', 1000), false);
  });

  it('an item beyond the end of the list before is not in doubt', () => {
    const sent = new SentList<string>(2, now);
    sent.update(['a']);
    sent.update(['x', 'y', 'z']);
    assert.equal(sent.mayBeMisread('z', 1000), false);
    assert.equal(sent.mayBeMisread('x', 1000), true);
  });
});
