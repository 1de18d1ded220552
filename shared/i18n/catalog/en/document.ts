import type { SameShape } from '../../types';
import type { document as es } from '../es/document';

export const document: SameShape<typeof es> = {
  defaultPlanTitle: 'Social media presence plan',
  documentType: 'Corporate social media presence plan',
  notSet: 'Not specified',
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
    revision: 'Revision',
    date: 'Date',
    authors: 'Authors',
    contact: 'Contact',
    period: 'Period of validity',
  },
  contents: {
    title: 'Contents',
  },
  institution: {
    title: 'The institution',
    profileTitle: 'Institution profile',
    name: 'Name',
    type: 'Type of institution',
    period: 'Plan period',
    authors: 'Plan authors',
    contact: 'Contact',
    figuresTitle: 'Key figures',
    units: { one: '{count} organisational unit', other: '{count} organisational units' },
    accounts: { one: '{count} corporate account', other: '{count} corporate accounts' },
    figures: 'The plan covers {units} and {accounts}.',
    noFigures: 'The plan does not list any organisational units or corporate accounts yet.',
  },
};
