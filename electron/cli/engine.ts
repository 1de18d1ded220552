import os from 'node:os';
import type { Lang } from '../../shared/i18n';
import { PlanEngine } from '../../shared/engine/engine';
import { rasterizeForNode } from '../node/rasterize';
import { loadSqlJsForNode } from '../node/sqljs';

/** The same engine the desktop app runs in its Worker, hosted in plain Node. */
export async function createEngine(lang: Lang): Promise<PlanEngine> {
  return new PlanEngine({ SQL: await loadSqlJsForNode(), author: currentUser(), lang, rasterize: rasterizeForNode });
}

/** The name stamped on what this user creates; userInfo() throws when the uid has no passwd entry (containers). */
export function currentUser(): string {
  try {
    const name = os.userInfo().username.trim();
    if (name) return name;
  } catch {
    // fall through to the environment
  }
  return process.env.USER || process.env.USERNAME || 'Rumbo';
}
