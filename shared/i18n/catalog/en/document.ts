import type { SameShape } from '../../types';
import type { document as es } from '../es/document';

export const document: SameShape<typeof es> = {
  defaultPlanTitle: 'Social media presence plan',
  documentType: 'Corporate social media presence plan',
  notSet: 'Not specified',
  pendingApproval: 'Pending approval',
  period: '{start} – {end}',
  fieldColumn: 'Item',
  valueColumn: 'Details',
  draftMark: 'DRAFT',
  properties: {
    subject: 'Corporate social media presence plan of {institution}',
    description: '{title}. {institution}. Period: {period}. Version {version} ({status}).',
    keywords: 'social media; communication plan; public administration; {institution}',
  },
  cover: {
    logoAlt: 'Logo of {institution}',
    period: 'Period: {period}',
    version: 'Version {version}',
    date: 'Date: {date}',
    status: 'Status: {status}',
    draftNotice: 'Not approved: its content may change.',
  },
  frame: {
    page: 'Page {page} of {pages}',
    version: 'Version {version}',
  },
  control: {
    title: 'Document control',
    documentType: 'Document type',
    institution: 'Institution',
    planTitle: 'Plan title',
    status: 'Status',
    version: 'Version',
    owningUnit: 'Owning unit',
    authors: 'Authors',
    approvedBy: 'Approved by',
    approvedOn: 'Date of approval',
    approvalReference: 'Approval reference',
    nextReviewOn: 'Next review',
    relatedDocuments: 'Related documents',
    legislation: 'Applicable legislation',
    versionsTitle: 'Version history',
    versionColumns: {
      version: 'Version',
      issuedOn: 'Date',
      author: 'Author',
      changes: 'Changes',
    },
    noVersions: 'No version has been recorded yet.',
  },
  contents: {
    title: 'Contents',
  },
  presentation: {
    title: 'Presentation and executive summary',
    purposeTitle: 'Purpose and scope',
    defaultPurpose:
      'This plan puts the corporate social media presence of {institution} in order for the period {period}. It sets out which accounts the institution has and who runs them, what problems they have, which objectives it sets itself, with what strategy, tactics and resources it means to reach them, and how they will be governed, measured and reviewed.',
    figuresTitle: 'Key figures',
    figuresIntro: 'The plan covers the period {period}. Its main figures, from its data as of {date}, are these:',
    figureColumn: 'Item',
    valueColumn: 'Figure',
    figures: {
      units: 'Organisational units',
      accounts: 'Corporate accounts',
      platforms: 'Social networks it is present on',
      objectives: 'Objectives',
      kpis: 'Key performance indicators (KPIs)',
      lines: 'Strategic lines',
      tactics: 'Tactics',
      hours: 'Estimated working hours',
      fte: 'Full-time equivalent (FTE)',
      cost: 'Estimated cost',
    },
    activeAccounts: { one: '{total} ({count} active)', other: '{total} ({count} active)' },
    figuresNote:
      'Hours, FTE and cost add up the tactics of the plan, cancelled ones excepted; the chapter "Organisation and resources" explains how they are worked out.',
    figuresNoteAlone: 'Hours, FTE and cost add up the tactics of the plan, cancelled ones excepted.',
    findings: {
      one: 'The inventory audit points out {count} kind of problem, described in the situation analysis.',
      other: 'The inventory audit points out {count} kinds of problem, described in the situation analysis.',
    },
    findingsAlone: {
      one: 'The inventory audit points out {count} kind of problem.',
      other: 'The inventory audit points out {count} kinds of problem.',
    },
    noFindings: 'The inventory audit points out no problems.',
    profileTitle: 'Institution profile',
    name: 'Name',
    type: 'Type of institution',
    contact: 'Contact',
  },
  framework: {
    title: 'Strategic and legal framework',
    legislationTitle: 'Applicable legislation',
    legislationIntro: 'The plan complies, in particular, with the following legislation:',
    pending:
      'This chapter is to explain how the plan fits the strategy of the institution and which legal framework governs it. It is still to be completed on these points:',
    areas: {
      strategy: 'Alignment with the strategy of the institution: government programme, strategic plan and communication plan.',
      transparency: 'Transparency and access to public information.',
      dataProtection: 'Protection of the personal data of citizens and staff.',
      accessibility: 'Accessibility of the published content.',
      languages: 'Use of the official languages.',
      records: 'Records management and archiving.',
    },
  },
  situation: {
    title: 'Situation analysis',
    empty: 'The plan does not list any organisational units or corporate accounts yet.',
    inventoryTitle: 'Account inventory',
    inventoryIntro: 'The inventory lists {accounts} on {platforms}, with {followers} in all.',
    accounts: { one: '{count} corporate account', other: '{count} corporate accounts' },
    platforms: { one: '{count} social network', other: '{count} social networks' },
    followers: { one: '{count} follower', other: '{count} followers' },
    withoutUnit: { one: '{count} account has no owning unit.', other: '{count} accounts have no owning unit.' },
    noAccounts: 'The inventory does not list any corporate accounts yet.',
    byPlatformTitle: 'Accounts by social network',
    byUnitTitle: 'Accounts by unit',
    byUnitIntro:
      'Units follow the order of the organisation chart. "Own" are the unit\'s own accounts; "Total" adds those of the units that report to it.',
    columns: {
      platform: 'Social network',
      accounts: 'Accounts',
      followers: 'Followers',
      unit: 'Unit',
      own: 'Own',
      total: 'Total',
      responsible: 'Responsible',
      finding: 'Finding',
      severity: 'Severity',
      fix: 'What to do',
    },
    total: 'Total',
    noUnit: 'No owning unit',
    mapTitle: 'Account map',
    mapIntro:
      'The organisation chart with the accounts each unit runs: social network, handle and status. Units are indented under the unit they report to.',
    accountLabel: '{platform} {handle} ({status})',
    mapMore: { one: '… and {count} more account (see the annex)', other: '… and {count} more accounts (see the annex)' },
    mapNoAccounts: 'None',
    unitKinds: {
      political: 'Political unit',
      administrative: 'Administrative unit',
    },
    dependsOn: '{kind}; reports to {parent}',
    findingsTitle: 'Audit findings',
    findingsIntro: {
      one: 'The review of the inventory as of {date} points out {count} kind of problem:',
      other: 'The review of the inventory as of {date} points out {count} kinds of problem, most serious first:',
    },
    noFindings: 'The review of the inventory as of {date} points out no problems.',
  },
  governance: {
    title: 'Governance',
    empty: 'No rules for governing the accounts have been set yet, and the inventory does not list any account.',
    managersTitle: 'Who runs the accounts',
    managersIntro:
      'Each unit with accounts, in the order of the organisation chart: the person responsible for the unit and the people who run its accounts according to the inventory.',
    columns: {
      unit: 'Unit',
      responsible: 'Head of the unit',
      managers: 'People who run the accounts',
      accounts: 'Accounts',
    },
    noManagers: 'Nobody assigned',
    moreManagers: { one: '… and {count} more person', other: '… and {count} more people' },
    credentialsTitle: 'Credential custody and two-step verification',
    credentialsIntro: {
      one: 'Where the only account that is not closed stands. The plan keeps no passwords: only who holds the credentials and how access is protected.',
      other:
        'Where the {count} accounts that are not closed stand. The plan keeps no passwords: only who holds the credentials of each account and how access is protected.',
    },
    noOpenAccounts: 'Every account of the inventory is closed.',
    credentialColumns: {
      aspect: 'Aspect',
      yes: 'Yes',
      no: 'No',
      unknown: 'Not recorded',
    },
    aspects: {
      holder: 'A named person holds its credentials',
      twoFactor: 'Two-step verification is on',
      recoveryEmail: 'Its recovery e-mail is a corporate one',
    },
    holdersIntro: 'People who hold credentials, and how many accounts each:',
    holderColumns: {
      person: 'Person',
      accounts: 'Accounts',
    },
  },
  crisis: {
    title: 'Crisis protocol',
    empty: 'The crisis protocol has not been written yet.',
  },
  measurement: {
    title: 'Measurement and evaluation',
    empty: 'Neither the indicators nor the way to measure them have been set yet.',
    planTitle: 'Indicator measurement plan',
    planIntro: {
      one: 'The indicator of the plan, with the source it is taken from, how often it is measured, who answers for it and when it is next due.',
      other:
        'The {count} indicators of the plan, with the source each is taken from, how often it is measured, who answers for it and when it is next due.',
    },
    nextRule:
      'The next measurement is due at the close of the measurement period under way (the week, month, quarter…) on the date of this document, or at the start of the plan if it has not started yet; if the indicator\'s deadline comes first, on that deadline.',
    columns: {
      indicator: 'Indicator',
      source: 'Source',
      frequency: 'Frequency',
      owner: 'Owner',
      next: 'Next measurement',
    },
    objective: 'Objective {number}',
  },
  closing: {
    title: 'Final remarks',
  },
  annex: {
    heading: 'Annex {number}. {title}',
    inventoryTitle: 'Account inventory by unit',
    inventoryIntro: {
      one: 'The only account of the inventory, under the unit that runs it.',
      other: 'The {count} accounts of the inventory, grouped by unit in the order of the organisation chart.',
    },
    columnsNote: '"2FA" says whether two-step verification is on record; "Managers", the people who run the account.',
    columns: {
      platform: 'Network',
      handle: 'Handle',
      name: 'Name',
      status: 'Status',
      purpose: 'Purpose',
      followers: 'Followers',
      lastPost: 'Last post',
      twoFactor: '2FA',
      managers: 'Managers',
    },
    noManagers: 'Nobody assigned',
    noUnitGroup: 'Accounts without an owning unit',
  },
  glossary: {
    title: 'Glossary',
    intro: 'The technical terms the plan uses, in alphabetical order.',
    columns: {
      term: 'Term',
      definition: 'Meaning',
    },
    terms: {
      tactic: {
        term: 'Tactic (action)',
        definition:
          'A concrete piece of work that carries out a strategic line. It has an owning unit and a person responsible, dates, working hours and a cost.',
      },
      reach: {
        term: 'Reach',
        definition: 'The number of different people who have seen a post, or the content of an account, over a period.',
      },
      came: {
        term: 'CAME',
        definition:
          'The analysis that turns the SWOT into options for action (from the Spanish initials): correct the weaknesses, face the threats, maintain the strengths and exploit the opportunities.',
      },
      communityManager: {
        term: 'Community manager',
        definition: 'The person who posts on an account, answers the comments and messages it receives and looks after the relationship with its followers.',
      },
      recoveryEmail: {
        term: 'Recovery e-mail',
        definition:
          'The address to which the network sends security notices and through which access to the account is recovered. It must be a corporate address, never a personal one.',
      },
      corporateAccount: {
        term: 'Corporate account',
        definition: 'A social media profile that speaks for the institution or one of its units, not for a person in a private capacity.',
      },
      dormantAccount: {
        term: 'Dormant account',
        definition:
          'An account that has not posted for longer than the plan allows. It looks abandoned: it should be revived with someone responsible for it, or closed.',
      },
      custody: {
        term: 'Credential custody',
        definition:
          'The responsibility given to a named person for access to an account (user name, password and means of recovery), so that the institution does not depend on anyone in a private capacity.',
      },
      swot: {
        term: 'SWOT (DAFO in Spanish)',
        definition: 'A diagnosis that brings together the strengths and weaknesses of the institution itself and the opportunities and threats that come from its surroundings.',
      },
      fte: {
        term: 'FTE',
        definition: 'Full-time equivalent: working hours expressed as the number of people who would be needed to do them working full time.',
      },
      governance: {
        term: 'Governance',
        definition: 'The rules and roles that set who opens, runs, oversees and closes the corporate accounts, and how.',
      },
      finding: {
        term: 'Audit finding',
        definition: 'A problem that the review of the inventory finds in the accounts, such as no one responsible or no two-step verification.',
      },
      kpi: {
        term: 'Key performance indicator (KPI)',
        definition:
          'A measure that shows whether an objective is moving forward. It has a baseline, a target, a deadline, a source it is taken from and a measurement frequency.',
      },
      engagement: {
        term: 'Engagement',
        definition: 'How the audience responds to posts (reactions, comments, messages, shares), often given in proportion to the followers.',
      },
      strategicLine: {
        term: 'Strategic line',
        definition: 'A broad direction of the plan\'s work, born of the diagnosis, that groups the tactics serving one or more objectives.',
      },
      target: {
        term: 'Target',
        definition: 'The value an indicator must reach by its deadline.',
      },
      moderation: {
        term: 'Moderation',
        definition:
          'Reviewing the comments the accounts receive, under published participation rules, to answer them or to hide those that break the rules.',
      },
      smart: {
        term: 'SMART objective',
        definition: 'An objective that is specific, measurable, achievable, relevant and time-bound.',
      },
      crisisProtocol: {
        term: 'Crisis protocol',
        definition:
          'A procedure agreed in advance to recognise a situation that harms the reputation or the service of the institution, alert whoever must know and respond in time.',
      },
      follower: {
        term: 'Follower',
        definition: 'A person or organisation subscribed to an account to see what it posts. Their number alone measures neither reach nor influence.',
      },
      baseline: {
        term: 'Baseline',
        definition: 'The value of an indicator when the plan starts, against which the target is set.',
      },
      twoFactor: {
        term: 'Two-step verification (2FA)',
        definition: 'Protection of access that asks, besides the password, for a second proof, such as a code on a mobile phone or a security key.',
      },
    },
  },
  captions: {
    table: 'Table',
    control: 'Document control',
    versions: 'Version history of the document',
    keyFigures: 'Key figures of the plan',
    profile: 'Institution details',
    byPlatform: 'Accounts and followers by platform',
    byUnit: 'Accounts by organisational unit',
    accountMap: 'Map of accounts by organisational unit',
    findings: 'Findings of the account audit',
    managers: 'People who run the accounts of each unit',
    credentials: 'Credential custody and security of the open accounts',
    holders: 'Open accounts by person who holds their credentials',
    measurement: 'Measurement plan of the indicators',
    inventory: 'Accounts of {unit}',
    inventoryNoUnit: 'Accounts with no unit assigned',
    glossary: 'Glossary terms',
  },
};
