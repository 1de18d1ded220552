import type { InstitutionProfile } from '../../../shared/model/institution';

/** Characters Windows refuses in file names, and control characters. */
const UNSAFE = /[<>:"/\\|?*\u0000-\u001f]+/g;

export function safeFileStem(text: string): string {
  const cleaned = text.replace(UNSAFE, ' ').replace(/\s+/g, ' ').trim().replace(/[. ]+$/, '');
  return cleaned.slice(0, 120) || 'plan';
}

export function planFileName(profile: InstitutionProfile): string {
  return `${safeFileStem(`${profile.name} - ${profile.planTitle}`)}.rumbo`;
}

/** "<institution> - <plan title> - v<version>.docx", as the approval workflow expects. */
export function documentFileName(profile: InstitutionProfile, version: string): string {
  return `${safeFileStem(`${profile.name} - ${profile.planTitle} - v${version}`)}.docx`;
}
