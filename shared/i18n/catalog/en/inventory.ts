import type { SameShape } from '../../types';
import type { inventory as es } from '../es/inventory';

export const inventory: SameShape<typeof es> = {
  platforms: {
    x: 'X (Twitter)',
    facebook: 'Facebook',
    instagram: 'Instagram',
    youtube: 'YouTube',
    linkedin: 'LinkedIn',
    tiktok: 'TikTok',
    threads: 'Threads',
    bluesky: 'Bluesky',
    mastodon: 'Mastodon',
    telegram: 'Telegram',
    whatsapp_channel: 'WhatsApp channel',
    flickr: 'Flickr',
    pinterest: 'Pinterest',
    twitch: 'Twitch',
    blog: 'Blog',
    other: 'Other',
  },
  statuses: {
    proposed: 'Proposed',
    active: 'Active',
    dormant: 'Dormant',
    to_close: 'To close',
    closed: 'Closed',
  },
  purposes: {
    informative: 'Informative',
    relational: 'Relational',
    citizen_service: 'Citizen service',
  },
  unitKinds: {
    political: 'Political (councillor’s area, government area)',
    administrative: 'Administrative (service, department)',
  },
  severities: {
    high: 'High',
    medium: 'Medium',
    low: 'Low',
  },
  noUnit: 'No unit',
  yes: 'Yes',
  no: 'No',
  unknown: 'Not recorded',
  findings: {
    NO_UNIT: {
      title: 'Accounts with no owning unit',
      description: 'Nobody in the organisation answers for these accounts.',
      fix: 'Assign them to the unit that runs them (on the map, drag them onto the unit).',
    },
    NO_MANAGER: {
      title: 'Accounts nobody is recorded as running',
      description: 'It is not known who posts or who answers citizens.',
      fix: 'Record the people who run each account.',
    },
    NO_2FA: {
      title: 'Accounts without confirmed two-step verification',
      description: 'One leaked password is enough to impersonate the institution.',
      fix: 'Turn on two-step verification and mark it on the account.',
    },
    PERSONAL_RECOVERY_EMAIL: {
      title: 'Accounts with a personal recovery e-mail',
      description: 'If that person leaves, the institution may lose access.',
      fix: 'Replace the recovery e-mail with a corporate one of the service.',
    },
    DUPLICATE: {
      title: 'Accounts listed more than once',
      description: 'The same account appears several times.',
      fix: 'Keep one record per account and delete the others.',
    },
    DORMANT: {
      title: 'Dormant accounts',
      description: 'No posts for more than {days} days: they look abandoned.',
      fix: 'Decide whether to revive them with a content plan or close them.',
    },
    POLITICAL_OWNER: {
      title: 'Institutional accounts run by a political unit',
      description: 'Mixing the administration with the government of the day confuses citizens.',
      fix: 'Assign them to an administrative unit or review their purpose.',
    },
    NO_PURPOSE: {
      title: 'Accounts with no stated purpose',
      description: 'Without a purpose nobody can decide what to post or how to measure it.',
      fix: 'Say whether it is informative, relational or citizen service.',
    },
  },
};
