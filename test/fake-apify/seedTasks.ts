// Deterministic task lists for the fake API: the same options always give the same tasks,
// ordered by createdAt ascending like the real endpoint's default order.
import type { TaskShort } from '../../src/api/types';
import { applyEdgeCase, edgeCasePositions, type EdgeCase } from './edgeCaseTasks';
import { apifyId, pick, seededRandom, type Random } from './seededRandom';

export type TaskStyle = 'edge-cases' | 'demo';

export interface SeedOptions {
  seed?: number | string;
  /** Owner of most tasks. */
  username?: string;
  /** 'edge-cases' (default) mixes in hostile and null-heavy tasks; 'demo' has only realistic ones. */
  style?: TaskStyle;
}

const FIRST_CREATED_AT = Date.parse('2022-01-03T08:00:00.000Z');
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Keeps even very long lists inside about three years. */
const SPAN = 3 * 365 * DAY;

const ACTORS = [
  { actName: 'web-scraper', actUsername: 'apify' },
  { actName: 'google-search-scraper', actUsername: 'apify' },
  { actName: 'website-content-crawler', actUsername: 'apify' },
  { actName: 'instagram-scraper', actUsername: 'apify' },
  { actName: 'price-monitor', actUsername: 'janedoe' },
  { actName: 'my-custom-crawler', actUsername: null },
] as const;

const TOPICS = ['amazon-prices', 'news-headlines', 'job-listings', 'hotel-rates', 'competitor-blog', 'real-estate', 'product-reviews', 'flight-fares', 'docs-crawl', 'seo-serp'];
const CADENCES = ['daily', 'weekly', 'hourly', 'monthly', 'eu', 'us', 'test', 'backfill'];

/** Produces tasks one after another; `next()` after the initial list continues it (for addTasks). */
export class TaskGenerator {
  private readonly random: Random;
  private readonly style: TaskStyle;
  private readonly username: string;
  /** The account that owns most tasks (GET /v2/users/me answers with it). */
  readonly userId: string;
  private readonly otherUserId: string;
  readonly actors: { actId: string; actName: string; actUsername: string | null }[];
  private readonly edgeCases: Map<number, EdgeCase>;
  private readonly stepMs: number;
  private index = 0;
  private lastCreatedAt = FIRST_CREATED_AT;

  constructor(plannedCount: number, options: SeedOptions = {}) {
    this.random = seededRandom(options.seed ?? 1);
    this.style = options.style ?? 'edge-cases';
    this.username = options.username ?? 'demo-user';
    this.userId = apifyId(this.random);
    this.otherUserId = apifyId(this.random);
    this.actors = ACTORS.map((actor) => ({ ...actor, actUsername: actor.actUsername ?? this.username, actId: apifyId(this.random) }));
    this.edgeCases = this.style === 'edge-cases' ? edgeCasePositions(plannedCount) : new Map();
    this.stepMs = Math.min(12 * HOUR, SPAN / Math.max(1, plannedCount));
  }

  next(): TaskShort {
    const index = this.index++;
    const r = this.random;
    // Strictly increasing createdAt; the step varies so timestamps look organic.
    this.lastCreatedAt += Math.max(1, Math.round(this.stepMs * (0.5 + r())));
    const createdAt = new Date(this.lastCreatedAt).toISOString();
    const modifiedAt = new Date(this.lastCreatedAt + Math.round(r() * r() * 60 * DAY)).toISOString();
    const actor = pick(r, this.actors);
    // A few tasks belong to a teammate: the endpoint lists tasks the user created or used.
    const shared = r() < 0.1;
    const task: TaskShort = {
      id: apifyId(r),
      userId: shared ? this.otherUserId : this.userId,
      actId: actor.actId,
      actName: actor.actName,
      name: `${pick(r, TOPICS)}-${pick(r, CADENCES)}-${index + 1}`,
      username: shared ? 'janedoe' : this.username,
      actUsername: actor.actUsername,
      createdAt,
      modifiedAt,
      stats: { totalRuns: Math.floor(r() * r() * 500) },
    };
    const edgeCase = this.edgeCases.get(index);
    return edgeCase ? applyEdgeCase(task, edgeCase) : task;
  }
}

/** `count` tasks, createdAt ascending. */
export function generateTasks(count: number, options: SeedOptions = {}): TaskShort[] {
  const generator = new TaskGenerator(count, options);
  return Array.from({ length: count }, () => generator.next());
}

/** Realistic tasks only, for screenshots and `npm start`. */
export function demoTasks(count: number, seed: number | string = 1): TaskShort[] {
  return generateTasks(count, { seed, style: 'demo' });
}
