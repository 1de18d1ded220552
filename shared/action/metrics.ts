import { translate, type Lang } from '../i18n';
import type { suggestions } from '../i18n/catalog/es/suggestions';
import type { KpiFrequency } from '../model/action';

/** Codes come from the catalog, so a metric without a name (or a name without a metric) does not compile. */
export type KpiMetricCode = keyof typeof suggestions.metrics;
export type KpiUnit = keyof typeof suggestions.units;

export interface KpiMetric {
  code: KpiMetricCode;
  unit: KpiUnit;
  /** How often it is usually measured: a default the planner may change. */
  frequency: KpiFrequency;
  /** Whether moving up is progress: response times, dormant accounts and incidents go down. */
  higherIsBetter: boolean;
}

const METRICS: Record<KpiMetricCode, Omit<KpiMetric, 'code'>> = {
  followerGrowth: { unit: 'percent', frequency: 'monthly', higherIsBetter: true },
  engagementRate: { unit: 'percent', frequency: 'monthly', higherIsBetter: true },
  reach: { unit: 'people', frequency: 'monthly', higherIsBetter: true },
  impressions: { unit: 'impressions', frequency: 'monthly', higherIsBetter: true },
  responseTime: { unit: 'hours', frequency: 'monthly', higherIsBetter: false },
  answeredShare: { unit: 'percent', frequency: 'monthly', higherIsBetter: true },
  accountsWithOwner: { unit: 'percent', frequency: 'quarterly', higherIsBetter: true },
  accountsWith2fa: { unit: 'percent', frequency: 'quarterly', higherIsBetter: true },
  dormantAccounts: { unit: 'accounts', frequency: 'quarterly', higherIsBetter: false },
  mentions: { unit: 'mentions', frequency: 'monthly', higherIsBetter: true },
  mentionSentiment: { unit: 'percent', frequency: 'monthly', higherIsBetter: true },
  postsPerWeek: { unit: 'postsPerWeek', frequency: 'weekly', higherIsBetter: true },
  altTextShare: { unit: 'percent', frequency: 'monthly', higherIsBetter: true },
  captionedVideoShare: { unit: 'percent', frequency: 'monthly', higherIsBetter: true },
  webTrafficFromSocial: { unit: 'visits', frequency: 'monthly', higherIsBetter: true },
  staffTrained: { unit: 'people', frequency: 'half_yearly', higherIsBetter: true },
  crisisDrills: { unit: 'drills', frequency: 'yearly', higherIsBetter: true },
  reportsDelivered: { unit: 'reports', frequency: 'quarterly', higherIsBetter: true },
  coOfficialLanguageShare: { unit: 'percent', frequency: 'monthly', higherIsBetter: true },
  dataProtectionIncidents: { unit: 'incidents', frequency: 'quarterly', higherIsBetter: false },
  impostorAccounts: { unit: 'accounts', frequency: 'quarterly', higherIsBetter: false },
  alertDelay: { unit: 'minutes', frequency: 'quarterly', higherIsBetter: false },
  assignedHours: { unit: 'hoursPerWeek', frequency: 'half_yearly', higherIsBetter: true },
};

/** The KPI metric catalogue, in the order a picker shows it. */
export const KPI_METRICS: readonly KpiMetric[] = Object.entries(METRICS).map(([code, metric]) => ({ code: code as KpiMetricCode, ...metric }));

/** A KPI stores its metric as free text ('custom' or a code from an older or newer library), so look-ups take any string. */
export function isKpiMetricCode(code: string): code is KpiMetricCode {
  return Object.hasOwn(METRICS, code);
}

export function findMetric(code: string): KpiMetric | null {
  return isKpiMetricCode(code) ? { code, ...METRICS[code] } : null;
}

/** The catalogue name of a metric, or null for 'custom' and unknown codes (the KPI's own name applies). */
export function metricName(lang: Lang, code: string): string | null {
  return isKpiMetricCode(code) ? translate(lang, `suggestions.metrics.${code}.name`) : null;
}

export function metricDescription(lang: Lang, code: string): string | null {
  return isKpiMetricCode(code) ? translate(lang, `suggestions.metrics.${code}.description`) : null;
}

/** The unit as it is written into a KPI ('%', 'horas'...). */
export function unitLabel(lang: Lang, unit: KpiUnit): string {
  return translate(lang, `suggestions.units.${unit}`);
}
