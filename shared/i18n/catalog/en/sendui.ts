import type { SameShape } from '../../types';
import type { sendui as es } from '../es/sendui';

export const sendui: SameShape<typeof es> = {
  nav: 'Send a copy',
  help: 'Prepare a copy of the plan to e-mail to a colleague or a department. When it comes back with their changes, you can merge it into the plan in “Receive and merge”.',
  prepare: {
    title: 'Prepare a copy to send',
    explain:
      'The copy is a clean, compact file: it carries no deleted content and no recovery data. The plan remembers it, so that when it comes back with changes it can be merged in. A department package carries only that unit’s accounts and tactics (and those of the units under it); when it comes back, only changes to that part are taken.',
    recipient: 'Who it is for',
    recipientHint: 'Optional. For example: “Marta, Culture Service”. It is kept with the copy.',
    scope: 'What to send',
    whole: 'The whole plan',
    package: 'Package for a department',
    noUnits: 'The plan has no units yet: you can create them in “Organisation”.',
    unit: 'Unit of the package',
    chooseUnit: 'Choose a unit…',
    unitMissing: 'Choose the unit you are preparing the package for.',
    submit: 'Prepare and save the copy…',
    working: 'Preparing the copy…',
    readOnly: 'The plan is open read-only, so no copies can be prepared: the plan has to record every copy it sends.',
  },
  result: {
    writtenCopy: 'Copy saved: “{name}” ({size}).',
    writtenPackage: 'Package for {unit} saved: “{name}” ({size}).',
    cancelled: 'The copy was not saved.',
    whereDesktop: 'It is shown in its folder.',
    whereBrowser: 'The browser has downloaded it to your downloads folder.',
    mailTitle: 'Send it by e-mail',
    attach: 'Attach the file “{name}” to the e-mail.',
    attachWhy: 'The link opens a draft in your mail program, but it cannot attach the file for you.',
    compose: 'Write the e-mail…',
  },
  mail: {
    reminder: '[Before sending: attach the file “{name}” and delete this line.]',
    greeting: 'Hello,',
    whole: {
      subject: '{title} — working version v{revision}',
      attached: 'Please find attached a working copy of the plan “{title}” of {institution} (version v{revision}), in the file “{name}”.',
      howTo: 'You can open and edit it with Rumbo. When you have finished, send it back to me as it is by replying to this message; there is no need to rename it. I will then bring your changes into the plan.',
    },
    package: {
      subject: '{title} — package for {unit}',
      attached: 'Please find attached the package for {unit} of the plan “{title}” of {institution} (version v{revision}), in the file “{name}”. It carries that unit’s accounts and tactics.',
      howTo: 'You can open and edit it with Rumbo. When you have finished, send it back to me as it is by replying to this message; there is no need to rename it. I will then bring the changes to your part into the plan.',
    },
    closing: 'Many thanks. Kind regards.',
  },
  sent: {
    title: 'Copies sent',
    caption: 'Copies sent, newest first',
    empty: 'No copy of this plan has been prepared for sending yet.',
    columns: {
      date: 'Date',
      by: 'Prepared by',
      recipient: 'For whom',
      scope: 'What was sent',
      revision: 'Working version',
    },
    noRecipient: 'not given',
    wholePlan: 'Whole plan',
    package: 'Package: {unit}',
    unitDeleted: 'unit since deleted',
    loading: 'Loading the copies sent…',
  },
};
