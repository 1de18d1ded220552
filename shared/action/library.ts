import { translate, type Lang } from '../i18n';
import type { suggestions } from '../i18n/catalog/es/suggestions';
import type { SwotQuadrant } from '../model/action';
import type { KpiMetricCode } from './metrics';

/**
 * The suggestion library: what a planner inserts with one action. Only metadata lives here; the
 * texts are in the catalogs under `suggestions.*`. Ids are the catalog keys, so an entry without
 * texts, or texts without an entry, is a compile error rather than a blank card.
 */
export type SwotSuggestionId = keyof typeof suggestions.swot;
export type ObjectiveSuggestionId = keyof typeof suggestions.objectives;
export type TacticSuggestionId = keyof typeof suggestions.tactics;
export type TacticRole = keyof typeof suggestions.roles;

export interface SwotSuggestion {
  id: SwotSuggestionId;
  quadrant: SwotQuadrant;
  /** Default weight 1–5: how much it usually matters in a public body; the planner adjusts it. */
  weight: number;
}

export interface ObjectiveSuggestion {
  id: ObjectiveSuggestionId;
  /** SWOT suggestions it typically answers: inserting both can link them. */
  answers: SwotSuggestionId[];
  /** Metrics for its KPIs, the first being the main one. */
  metrics: KpiMetricCode[];
}

export interface TacticSuggestion {
  id: TacticSuggestionId;
  /** Default effort; "it is not free" needs a first estimate even before the planner knows better. */
  hoursOnce: number;
  hoursPerWeek: number;
  role: TacticRole;
  /** SWOT suggestions it typically helps to answer. */
  answers: SwotSuggestionId[];
}

const SWOT: Record<SwotSuggestionId, Omit<SwotSuggestion, 'id'>> = {
  noObjectives: { quadrant: 'weakness', weight: 5 },
  noStrategy: { quadrant: 'weakness', weight: 5 },
  uncoordinatedAccounts: { quadrant: 'weakness', weight: 4 },
  noAccountOwner: { quadrant: 'weakness', weight: 5 },
  noAccountProcedure: { quadrant: 'weakness', weight: 4 },
  noCrisisTraining: { quadrant: 'weakness', weight: 4 },
  noMeasurement: { quadrant: 'weakness', weight: 5 },
  personalCredentials: { quadrant: 'weakness', weight: 5 },
  noStyleGuide: { quadrant: 'weakness', weight: 3 },
  selfCentredContent: { quadrant: 'weakness', weight: 3 },
  noTimeAllocated: { quadrant: 'weakness', weight: 4 },
  dormantAccounts: { quadrant: 'weakness', weight: 3 },
  noResponseCriteria: { quadrant: 'weakness', weight: 4 },
  noListening: { quadrant: 'weakness', weight: 3 },
  postingAloneAchievesNothing: { quadrant: 'threat', weight: 4 },
  followersRarelyRead: { quadrant: 'threat', weight: 3 },
  governmentConfusion: { quadrant: 'threat', weight: 4 },
  complaintsNotConversation: { quadrant: 'threat', weight: 3 },
  conversationElsewhere: { quadrant: 'threat', weight: 3 },
  slowGrowth: { quadrant: 'threat', weight: 2 },
  followerCountMisleads: { quadrant: 'threat', weight: 2 },
  notFree: { quadrant: 'threat', weight: 4 },
  notReplacingTraditional: { quadrant: 'threat', weight: 3 },
  badPlanningHarmsImage: { quadrant: 'threat', weight: 4 },
  personalDataLeaks: { quadrant: 'threat', weight: 5 },
  impersonation: { quadrant: 'threat', weight: 4 },
  accountTakeover: { quadrant: 'threat', weight: 5 },
  platformChanges: { quadrant: 'threat', weight: 3 },
  platformDependence: { quadrant: 'threat', weight: 3 },
  misinformation: { quadrant: 'threat', weight: 4 },
  reliableInformation: { quadrant: 'strength', weight: 4 },
  localKnowledge: { quadrant: 'strength', weight: 3 },
  staffCloseToCitizens: { quadrant: 'strength', weight: 4 },
  existingAudience: { quadrant: 'strength', weight: 3 },
  officialData: { quadrant: 'strength', weight: 3 },
  committedStaff: { quadrant: 'strength', weight: 3 },
  establishedChannels: { quadrant: 'strength', weight: 3 },
  ownVisualMaterial: { quadrant: 'strength', weight: 2 },
  managementSupport: { quadrant: 'strength', weight: 4 },
  serviceInformation: { quadrant: 'opportunity', weight: 4 },
  emergencyAlerts: { quadrant: 'opportunity', weight: 5 },
  transparencyOpenData: { quadrant: 'opportunity', weight: 3 },
  interagencyCollaboration: { quadrant: 'opportunity', weight: 3 },
  coOfficialLanguages: { quadrant: 'opportunity', weight: 3 },
  accessibleContent: { quadrant: 'opportunity', weight: 3 },
  citizenParticipation: { quadrant: 'opportunity', weight: 3 },
  publicSectorGuides: { quadrant: 'opportunity', weight: 2 },
  platformAnalytics: { quadrant: 'opportunity', weight: 3 },
  localPartners: { quadrant: 'opportunity', weight: 2 },
};

const OBJECTIVES: Record<ObjectiveSuggestionId, Omit<ObjectiveSuggestion, 'id'>> = {
  responseTime: { answers: ['noResponseCriteria', 'complaintsNotConversation', 'badPlanningHarmsImage'], metrics: ['responseTime', 'answeredShare'] },
  accountOwnership: { answers: ['noAccountOwner', 'uncoordinatedAccounts'], metrics: ['accountsWithOwner'] },
  secureAccess: { answers: ['personalCredentials', 'accountTakeover'], metrics: ['accountsWith2fa'] },
  rationaliseAccounts: { answers: ['dormantAccounts', 'uncoordinatedAccounts', 'badPlanningHarmsImage'], metrics: ['dormantAccounts'] },
  accountProcedure: { answers: ['noAccountProcedure', 'uncoordinatedAccounts'], metrics: ['accountsWithOwner', 'dormantAccounts'] },
  measurementReports: { answers: ['noMeasurement', 'postingAloneAchievesNothing', 'followerCountMisleads'], metrics: ['reportsDelivered'] },
  engagement: { answers: ['followersRarelyRead', 'postingAloneAchievesNothing', 'selfCentredContent'], metrics: ['engagementRate', 'reach'] },
  audienceGrowth: { answers: ['slowGrowth', 'postingAloneAchievesNothing', 'existingAudience'], metrics: ['followerGrowth', 'reach', 'engagementRate'] },
  crisisReadiness: { answers: ['noCrisisTraining', 'misinformation', 'badPlanningHarmsImage'], metrics: ['staffTrained', 'crisisDrills'] },
  listening: { answers: ['noListening', 'conversationElsewhere', 'governmentConfusion', 'misinformation'], metrics: ['mentions', 'mentionSentiment'] },
  accessibility: { answers: ['accessibleContent'], metrics: ['altTextShare', 'captionedVideoShare'] },
  webTraffic: { answers: ['notReplacingTraditional', 'serviceInformation', 'establishedChannels'], metrics: ['webTrafficFromSocial'] },
  styleGuide: { answers: ['noStyleGuide', 'governmentConfusion', 'badPlanningHarmsImage'], metrics: ['staffTrained'] },
  editorialPlanning: { answers: ['noStrategy', 'noObjectives', 'selfCentredContent'], metrics: ['postsPerWeek', 'engagementRate'] },
  dedicatedTime: { answers: ['noTimeAllocated', 'notFree'], metrics: ['assignedHours'] },
  languages: { answers: ['coOfficialLanguages'], metrics: ['coOfficialLanguageShare'] },
  dataProtection: { answers: ['personalDataLeaks'], metrics: ['dataProtectionIncidents'] },
  officialDirectory: { answers: ['impersonation', 'uncoordinatedAccounts', 'governmentConfusion'], metrics: ['impostorAccounts'] },
  emergencyAlerts: { answers: ['emergencyAlerts', 'misinformation', 'interagencyCollaboration'], metrics: ['alertDelay', 'reach'] },
};

const TACTICS: Record<TacticSuggestionId, Omit<TacticSuggestion, 'id'>> = {
  contentPillars: { hoursOnce: 16, hoursPerWeek: 0, role: 'communicationOfficer', answers: ['noStrategy', 'selfCentredContent'] },
  editorialCalendar: { hoursOnce: 8, hoursPerWeek: 2, role: 'communicationOfficer', answers: ['noStrategy', 'selfCentredContent', 'postingAloneAchievesNothing'] },
  accountModel: { hoursOnce: 24, hoursPerWeek: 0, role: 'communicationHead', answers: ['uncoordinatedAccounts', 'noStrategy', 'slowGrowth'] },
  hashtagInsteadOfAccount: { hoursOnce: 2, hoursPerWeek: 0, role: 'communicationOfficer', answers: ['uncoordinatedAccounts', 'slowGrowth', 'dormantAccounts'] },
  accountRequestForm: { hoursOnce: 12, hoursPerWeek: 0.5, role: 'communicationHead', answers: ['noAccountProcedure', 'uncoordinatedAccounts'] },
  closeDormantAccounts: { hoursOnce: 16, hoursPerWeek: 0, role: 'communicationOfficer', answers: ['dormantAccounts', 'uncoordinatedAccounts', 'badPlanningHarmsImage'] },
  assignOwners: { hoursOnce: 8, hoursPerWeek: 0, role: 'communicationHead', answers: ['noAccountOwner'] },
  enableTwoStep: { hoursOnce: 12, hoursPerWeek: 0, role: 'itSecurity', answers: ['personalCredentials', 'accountTakeover'] },
  credentialCustody: { hoursOnce: 6, hoursPerWeek: 0.5, role: 'itSecurity', answers: ['personalCredentials', 'accountTakeover', 'noAccountOwner'] },
  managerTraining: { hoursOnce: 40, hoursPerWeek: 0, role: 'trainer', answers: ['noCrisisTraining', 'noStyleGuide', 'noResponseCriteria'] },
  crisisProtocol: { hoursOnce: 24, hoursPerWeek: 0, role: 'communicationHead', answers: ['noCrisisTraining', 'misinformation', 'badPlanningHarmsImage', 'accountTakeover'] },
  crisisDrill: { hoursOnce: 16, hoursPerWeek: 0, role: 'communicationHead', answers: ['noCrisisTraining'] },
  monthlyReport: { hoursOnce: 8, hoursPerWeek: 2, role: 'communicationOfficer', answers: ['noMeasurement', 'postingAloneAchievesNothing', 'followerCountMisleads'] },
  socialListening: { hoursOnce: 6, hoursPerWeek: 3, role: 'accountManager', answers: ['noListening', 'conversationElsewhere', 'misinformation', 'impersonation'] },
  participationPolicy: { hoursOnce: 12, hoursPerWeek: 0, role: 'communicationHead', answers: ['complaintsNotConversation', 'badPlanningHarmsImage', 'governmentConfusion'] },
  responseProtocol: { hoursOnce: 16, hoursPerWeek: 0, role: 'communicationOfficer', answers: ['noResponseCriteria', 'complaintsNotConversation', 'badPlanningHarmsImage'] },
  accessibilityChecks: { hoursOnce: 8, hoursPerWeek: 1, role: 'accountManager', answers: ['accessibleContent'] },
  languageCriteria: { hoursOnce: 8, hoursPerWeek: 0, role: 'languageService', answers: ['coOfficialLanguages'] },
  dataProtectionChecklist: { hoursOnce: 12, hoursPerWeek: 0.5, role: 'dataProtectionOfficer', answers: ['personalDataLeaks'] },
  styleGuideRefresh: { hoursOnce: 30, hoursPerWeek: 0, role: 'communicationOfficer', answers: ['noStyleGuide', 'governmentConfusion'] },
  institutionalTone: { hoursOnce: 6, hoursPerWeek: 0, role: 'communicationHead', answers: ['governmentConfusion'] },
  officialAccountDirectory: { hoursOnce: 8, hoursPerWeek: 0.25, role: 'communicationOfficer', answers: ['impersonation', 'governmentConfusion', 'uncoordinatedAccounts'] },
  impostorResponse: { hoursOnce: 4, hoursPerWeek: 0.25, role: 'accountManager', answers: ['impersonation'] },
  trackedLinks: { hoursOnce: 4, hoursPerWeek: 0.5, role: 'communicationOfficer', answers: ['notReplacingTraditional', 'establishedChannels', 'noMeasurement'] },
  citizenServiceCoordination: { hoursOnce: 8, hoursPerWeek: 1, role: 'citizenServiceStaff', answers: ['notReplacingTraditional', 'staffCloseToCitizens', 'noResponseCriteria'] },
  contentArchive: { hoursOnce: 4, hoursPerWeek: 0.5, role: 'accountManager', answers: ['platformDependence', 'noMeasurement'] },
  platformReview: { hoursOnce: 4, hoursPerWeek: 0.25, role: 'communicationOfficer', answers: ['platformChanges', 'platformDependence'] },
  agencyNetwork: { hoursOnce: 6, hoursPerWeek: 0.5, role: 'communicationHead', answers: ['interagencyCollaboration', 'emergencyAlerts', 'misinformation'] },
  openDataContent: { hoursOnce: 8, hoursPerWeek: 1, role: 'communicationOfficer', answers: ['transparencyOpenData', 'officialData', 'reliableInformation'] },
  allocateTime: { hoursOnce: 8, hoursPerWeek: 0, role: 'communicationHead', answers: ['noTimeAllocated', 'notFree'] },
  participationOutreach: { hoursOnce: 6, hoursPerWeek: 1, role: 'communicationOfficer', answers: ['citizenParticipation', 'complaintsNotConversation'] },
};

function withIds<Id extends string, T>(entries: Record<Id, T>): (T & { id: Id })[] {
  return (Object.entries(entries) as [Id, T][]).map(([id, value]) => ({ id, ...value }));
}

export const SWOT_SUGGESTIONS: readonly SwotSuggestion[] = withIds(SWOT);
export const OBJECTIVE_SUGGESTIONS: readonly ObjectiveSuggestion[] = withIds(OBJECTIVES);
export const TACTIC_SUGGESTIONS: readonly TacticSuggestion[] = withIds(TACTICS);

export type SuggestionKind = 'swot' | 'objective' | 'tactic';

/**
 * `text` is what is inserted (the SWOT item, the objective statement, the tactic title); `detail`
 * is what goes with it: for SWOT a hint of what evidence to gather, for an objective a note on
 * how to fill and measure it, for a tactic its description.
 */
export interface SuggestionText {
  text: string;
  detail: string;
}

/**
 * The texts of a suggestion, or null when the id is not in this library: a plan may carry the
 * id of a suggestion from another version of Rumbo in a SWOT item's source reference.
 */
export function suggestionText(lang: Lang, kind: SuggestionKind, id: string): SuggestionText | null {
  switch (kind) {
    case 'swot':
      if (!isIdOf(SWOT, id)) return null;
      return { text: translate(lang, `suggestions.swot.${id}.text`), detail: translate(lang, `suggestions.swot.${id}.evidence`) };
    case 'objective':
      if (!isIdOf(OBJECTIVES, id)) return null;
      return { text: translate(lang, `suggestions.objectives.${id}.text`), detail: translate(lang, `suggestions.objectives.${id}.note`) };
    case 'tactic':
      if (!isIdOf(TACTICS, id)) return null;
      return { text: translate(lang, `suggestions.tactics.${id}.title`), detail: translate(lang, `suggestions.tactics.${id}.description`) };
  }
}

function isIdOf<Id extends string>(entries: Record<Id, unknown>, id: string): id is Id {
  return Object.hasOwn(entries, id);
}

export function roleName(lang: Lang, role: TacticRole): string {
  return translate(lang, `suggestions.roles.${role}`);
}

/**
 * The parts of an objective template still to be completed, written between square brackets
 * ("[X]", "[fecha]"). Brackets rather than `{x}` because braces are the catalogs' interpolation
 * syntax; the planner sees and edits brackets as ordinary text.
 */
export function templateGaps(text: string): string[] {
  return text.match(/\[[^\]\n]+\]/g) ?? [];
}
