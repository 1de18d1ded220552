import type { SameShape } from '../../types';
import type { richtext as es } from '../es/richtext';

export const richtext: SameShape<typeof es> = {
  toolbar: '“{label}” formatting',
  bold: 'Bold (Ctrl+B)',
  italic: 'Italic (Ctrl+I)',
  bulletList: 'Bulleted list',
  orderedList: 'Numbered list',
  link: 'Link',
  readOnly: 'Read only',
  linkField: 'Link address',
  linkHint: 'A web address starting with https:// or an e-mail address.',
  linkApply: 'Apply',
  linkRemove: 'Remove link',
  linkCancel: 'Cancel',
  linkInvalid: 'That address cannot be a link: only secure web addresses (https://) and e-mail addresses (for example, press@council.gov.uk) are allowed.',
};
