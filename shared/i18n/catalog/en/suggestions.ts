import type { SameShape } from '../../types';
import type { suggestions as es } from '../es/suggestions';

export const suggestions: SameShape<typeof es> = {
  title: 'Suggestions',
  gapHint: 'Replace the text in square brackets with the figures of your institution.',
  swot: {
    // Weaknesses
    noObjectives: {
      text: 'The social media presence has no defined or approved objectives.',
      evidence: 'Look for any approved document that states what the accounts are expected to achieve.',
    },
    noStrategy: {
      text: 'There is no shared strategy and, at most, each account carries out isolated actions of its own.',
      evidence: 'Check whether the accounts share a calendar, key messages or publishing criteria.',
    },
    uncoordinatedAccounts: {
      text: "Services, departments and councillors' areas have opened their own accounts without coordinating with each other.",
      evidence: 'Count in the inventory the accounts of each unit and those that cover similar topics.',
    },
    noAccountOwner: {
      text: 'Some accounts have no responsible unit and nobody in charge of running them.',
      evidence: 'Use the inventory findings: accounts with no unit and accounts with no manager.',
    },
    noAccountProcedure: {
      text: 'There is no procedure to request, approve, change or close a corporate account.',
      evidence: 'Ask the communication office who authorised the most recent accounts.',
    },
    noCrisisTraining: {
      text: 'The people who run the accounts have not been trained to handle a crisis.',
      evidence: 'Review the training plan of recent years and whether any crisis protocol exists.',
    },
    noMeasurement: {
      text: 'Nobody measures the activity or the results of the accounts, so nobody knows whether they serve their purpose.',
      evidence: 'Check whether anyone prepares regular reports from the platform statistics.',
    },
    personalCredentials: {
      text: 'Access depends on personal or shared credentials, without two-step verification.',
      evidence: 'Use the inventory findings: accounts without two-step verification or with a personal recovery e-mail.',
    },
    noStyleGuide: {
      text: 'There is no usage and style guide, or the existing one is out of date and nobody follows it.',
      evidence: 'Compare recent posts from several accounts: tone, format, hashtags and signature.',
    },
    selfCentredContent: {
      text: 'Posts mostly describe what the institution does or repeat what is already on the website, instead of starting from what citizens need.',
      evidence: 'Classify a sample of posts: events and press releases versus useful service information.',
    },
    noTimeAllocated: {
      text: 'Running the accounts has no allocated time and is treated as an extra task.',
      evidence: 'Ask each account manager how many hours a week they spend and whether it is part of their duties.',
    },
    dormantAccounts: {
      text: 'Inactive or abandoned accounts are still visible and suggest neglect.',
      evidence: 'Use the dormant accounts finding of the inventory, with the date of the last post.',
    },
    noResponseCriteria: {
      text: 'There are no criteria for who answers citizens, within what time, or how questions are passed on.',
      evidence: 'Measure how long it took to answer the questions received last month.',
    },
    noListening: {
      text: 'Nobody systematically follows what is said about the institution on social media.',
      evidence: 'Check whether there is any record of mentions or alerts about the institution.',
    },
    // Threats
    postingAloneAchievesNothing: {
      text: 'Opening an account and posting achieves nothing by itself: without building an audience and measuring, the institution talks to itself.',
      evidence: 'Compare the number of posts with the interactions and the reach they obtained.',
    },
    followersRarelyRead: {
      text: 'Many of the people who follow an account hardly use the network and never see what is posted.',
      evidence: 'Compare the average reach of posts with the number of followers.',
    },
    governmentConfusion: {
      text: 'Citizens tend to confuse the administration with the government of the day, which breeds distrust and suspicion.',
      evidence: 'Review recent comments that attribute a public service to a party or an elected official.',
    },
    complaintsNotConversation: {
      text: 'Most incoming messages are complaints, criticism or opinions rather than conversation.',
      evidence: 'Classify the messages received in one month: questions, complaints, criticism and proposals.',
    },
    conversationElsewhere: {
      text: "People talk about the institution on other people's profiles, groups and media, not on its own accounts.",
      evidence: 'Search the networks for the name of the institution and its services outside its own profiles.',
    },
    slowGrowth: {
      text: 'Followers arrive slowly, and shares of what is posted arrive more slowly still.',
      evidence: 'Look at the monthly trend of followers and shared posts over the last year.',
    },
    followerCountMisleads: {
      text: 'Having many followers guarantees neither influence, nor trust, nor better service.',
      evidence: 'Compare accounts with many followers and little interaction with smaller, more active ones.',
    },
    notFree: {
      text: 'Social media is not free: even without a budget line, it consumes staff working hours, which also cost money.',
      evidence: 'Estimate the weekly hours spent on the accounts and their cost by job grade.',
    },
    notReplacingTraditional: {
      text: 'Social media does not replace in-person service, the telephone, the website or the e-government portal, and not everyone uses it.',
      evidence: 'Compare the volume of questions received through social media with that of the other service channels.',
    },
    badPlanningHarmsImage: {
      text: 'A poorly planned or poorly attended presence shows an institution unwilling to engage in dialogue and harms its image.',
      evidence: 'Find unanswered questions and abandoned accounts that anyone can see.',
    },
    personalDataLeaks: {
      text: 'Careless handling of personal data on social media can cause leaks and breach data protection law.',
      evidence: 'Check whether images of minors, documents or personal data have been posted in public replies.',
    },
    impersonation: {
      text: 'Fake or unofficial profiles can pass themselves off as the institution and mislead citizens.',
      evidence: 'Search each platform for profiles using the name or the coat of arms of the institution that are not in the inventory.',
    },
    accountTakeover: {
      text: 'A stolen password lets third parties post on behalf of the institution.',
      evidence: 'Ask the IT service about known security incidents and suspicious logins.',
    },
    platformChanges: {
      text: 'Platforms change their rules, algorithms and terms without consulting the institution.',
      evidence: 'Note the platform changes of the last year that affected reach or account management.',
    },
    platformDependence: {
      text: 'Relying on private platforms exposes the institution to shutdowns, suspensions or the loss of its posting history.',
      evidence: 'Check whether a copy of the posts and statistics is kept outside the platforms.',
    },
    misinformation: {
      text: 'Hoaxes about services or emergencies can spread faster than official information.',
      evidence: 'Gather recent cases of false information about the institution and how long it took to correct them.',
    },
    // Strengths
    reliableInformation: {
      text: 'The institution is the official and reliable source on its own services, procedures and decisions.',
      evidence: 'List the information only the institution can confirm: deadlines, opening hours, alerts and resolutions.',
    },
    localKnowledge: {
      text: 'The institution has first-hand knowledge of its territory, its neighbourhoods and the needs of its population.',
      evidence: 'Identify the services with the most direct contact with citizens.',
    },
    staffCloseToCitizens: {
      text: 'Citizen service staff know the most frequent questions and how to solve them.',
      evidence: 'Ask the service desks for the list of the most repeated questions.',
    },
    existingAudience: {
      text: 'Some accounts already have a community of followers who interact regularly.',
      evidence: 'Mark in the inventory the accounts with the most followers and interaction.',
    },
    officialData: {
      text: 'The institution holds official data of its own that can become useful content.',
      evidence: 'Review the transparency portal, the open data catalogue and the institution’s own statistics.',
    },
    committedStaff: {
      text: 'Some people already run accounts with initiative, experience and a wish to improve.',
      evidence: 'Identify the most active account managers and what they have learnt.',
    },
    establishedChannels: {
      text: 'The website, the e-government portal and the service channels are well established and can receive people who arrive from social media.',
      evidence: 'Check which procedures and topics have a page of their own to link to.',
    },
    ownVisualMaterial: {
      text: 'The institution has its own archive of images, videos and heritage to create content from.',
      evidence: 'Locate the photo and video archive and who manages its usage rights.',
    },
    managementSupport: {
      text: 'Senior management supports bringing order to the social media presence of the institution.',
      evidence: 'Cite the mandate, agreement or instruction this plan comes from.',
    },
    // Opportunities
    serviceInformation: {
      text: 'More and more people look on social media for information about opening hours, procedures and services.',
      evidence: 'Gather the questions about services received through social media in recent months.',
    },
    emergencyAlerts: {
      text: 'Social media makes it possible to spread emergency and civil protection alerts quickly.',
      evidence: 'Review how the latest serious incidents were communicated: storms, supply cuts or closures.',
    },
    transparencyOpenData: {
      text: 'Transparency duties and open data provide content of public interest and build trust.',
      evidence: 'List the data sets and transparency portal content that could be shared.',
    },
    interagencyCollaboration: {
      text: 'Working with other administrations and public bodies makes it possible to share alerts and reach more people.',
      evidence: 'Note the accounts of other bodies with which topics such as emergencies, health or traffic are already shared.',
    },
    coOfficialLanguages: {
      text: 'Posting in the co-official languages brings the institution closer to more people and meets its language criteria.',
      evidence: 'Check which language rules or criteria apply to the institution.',
    },
    accessibleContent: {
      text: 'Accessible content reaches more people and helps to comply with accessibility law.',
      evidence: 'Review a sample of images and videos: alternative text, subtitles and contrast.',
    },
    citizenParticipation: {
      text: 'Social media can bring participation processes, such as consultations or participatory budgets, to a wider public.',
      evidence: 'Identify the participation processes planned during the period of the plan.',
    },
    publicSectorGuides: {
      text: 'Other administrations have published guides and plans that offer lessons to learn from.',
      evidence: 'Gather the usage and style guides and the plans of comparable bodies.',
    },
    platformAnalytics: {
      text: 'Platforms offer their own statistics, which make it possible to start measuring at no extra cost.',
      evidence: 'Check who has access to the statistics of each account.',
    },
    localPartners: {
      text: 'Local media, associations and schools can share and amplify public information.',
      evidence: 'Identify the organisations that already share posts from the institution.',
    },
  },
  objectives: {
    responseTime: {
      text: 'Reduce to [X] working hours the average response time to citizen questions received on social media by [date].',
      note: 'Measure from the arrival of the message to the first useful answer, not to an automatic acknowledgement.',
    },
    accountOwnership: {
      text: 'Assign a responsible unit and an account manager with a deputy to [X] % of active corporate accounts by [date].',
      note: 'The account inventory gives the baseline; the usual target is 100 %.',
    },
    secureAccess: {
      text: 'Turn on two-step verification and move recovery e-mails to corporate mailboxes for [X] % of accounts by [date].',
      note: 'Record who has access to each account, never the passwords.',
    },
    rationaliseAccounts: {
      text: 'Close or merge the [X] dormant or duplicate accounts identified in the inventory by [date].',
      note: 'Before closing an account, tell its followers and keep a copy of its history.',
    },
    accountProcedure: {
      text: 'Approve a procedure to open and close accounts and handle every request through it from [date].',
      note: 'The procedure must say who authorises a new account and who may refuse it.',
    },
    measurementReports: {
      text: 'Prepare and circulate a monthly indicator report covering all accounts from [date].',
      note: 'Compare each month with the previous one and with the target, rather than giving isolated figures.',
    },
    engagement: {
      text: 'Raise the average engagement rate of the main accounts from [X] % to [Y] % by [date].',
      note: 'Always calculate the rate the same way, on reach or on followers, without mixing them.',
    },
    audienceGrowth: {
      text: 'Reach [X] followers on the main account by [date], with monthly growth of at least [Y] %.',
      note: 'Pair it with an engagement indicator: the number of followers alone guarantees nothing.',
    },
    crisisReadiness: {
      text: 'Train [X] account managers in crisis handling and run [N] drills by [date].',
      note: 'A drill counts once it has been evaluated and the improvements recorded.',
    },
    listening: {
      text: 'Record and analyse every month the mentions of the institution on social media, including those outside its accounts, from [date].',
      note: 'First define the keywords: the name of the institution, its services, venues and programmes.',
    },
    accessibility: {
      text: 'Publish [X] % of images with alternative text and [Y] % of videos with subtitles by [date].',
      note: 'Review a monthly sample of posts from every account.',
    },
    webTraffic: {
      text: 'Increase by [X] % the visits to the website and the e-government portal that come from social media by [date].',
      note: 'Tag links with campaign parameters so that web analytics can tell each network apart.',
    },
    styleGuide: {
      text: 'Approve an updated usage and style guide and train [X] % of account managers in it by [date].',
      note: 'The guide should include sample replies and the tone of public service, never a partisan one.',
    },
    editorialPlanning: {
      text: 'Publish at least [X] public service posts a week on each active account, following a shared editorial calendar, from [date].',
      note: 'Count only content that is useful to citizens, not reposted press releases.',
    },
    dedicatedTime: {
      text: "Recognise [X] hours a week for running each active account in staff members' duties by [date].",
      note: 'The resources section turns those hours into cost and full-time equivalents.',
    },
    languages: {
      text: 'Publish at least [X] % of the content of the corporate accounts in [co-official language] by [date].',
      note: 'Apply the language criteria approved by the institution.',
    },
    dataProtection: {
      text: 'Check every post showing images of people against the data protection checklist and keep incidents to no more than [X] a year from [date].',
      note: 'Agree the checklist with the data protection officer.',
    },
    officialDirectory: {
      text: 'Verify the official accounts and publish a directory of corporate accounts on the website by [date].',
      note: 'The directory lets citizens tell genuine accounts from impostors.',
    },
    emergencyAlerts: {
      text: 'Post emergency and civil protection alerts on social media less than [X] minutes after their official activation from [date].',
      note: 'Agree with the emergency services who triggers each alert and with what message.',
    },
  },
  tactics: {
    contentPillars: {
      title: 'Define the content pillars',
      description:
        'Agree on four to six broad public service themes (procedures, alerts, events, participation, data) that guide every post.',
    },
    editorialCalendar: {
      title: 'Keep a shared editorial calendar',
      description: 'Plan the posts of every account several weeks ahead, including campaigns and key dates.',
    },
    accountModel: {
      title: 'Adopt a model of one central account plus sectoral accounts',
      description:
        'Concentrate general information on a central account and keep sectoral accounts only where there is a distinct audience and a unit to look after them.',
    },
    hashtagInsteadOfAccount: {
      title: 'Use a hashtag on an existing account instead of opening a new one',
      description: 'For campaigns, events or temporary programmes, post from an established account with a dedicated hashtag, without creating new profiles.',
    },
    accountRequestForm: {
      title: 'Introduce an account request form',
      description:
        'Every new account is requested through a form that justifies its purpose, its audience, the responsible unit and its managers, and the communication office approves or refuses it.',
    },
    closeDormantAccounts: {
      title: 'Close or merge dormant accounts',
      description: 'Review inactive accounts, tell their followers, keep a copy of their history and close them or fold them into the right account.',
    },
    assignOwners: {
      title: 'Assign an owner and a deputy to each account',
      description: 'Appoint for each account a responsible unit, an account manager and a deputy, and record them in the inventory.',
    },
    enableTwoStep: {
      title: 'Turn on two-step verification',
      description: 'Turn on two-step verification on every account and replace personal recovery e-mails and phone numbers with corporate mailboxes.',
    },
    credentialCustody: {
      title: 'Keep a record of who holds access',
      description: 'Record who has access to each account, never the password, and review access whenever someone changes post or leaves the institution.',
    },
    managerTraining: {
      title: 'Train the account managers',
      description: 'Provide training on the style guide, citizen service, account security, accessibility and data protection.',
    },
    crisisProtocol: {
      title: 'Approve a crisis protocol',
      description: 'Define severity levels, an escalation chain with its contacts, response times, holding statements and a review after each crisis.',
    },
    crisisDrill: {
      title: 'Run crisis drills',
      description: 'Rehearse a realistic case at least once a year with the account managers and senior management, and record the improvements.',
    },
    monthlyReport: {
      title: 'Prepare a monthly indicator report',
      description: 'Gather the statistics of the accounts every month, compare them with the targets of the plan and explain what worked and what did not.',
    },
    socialListening: {
      title: 'Listen to what is said about the institution',
      description: 'Follow mentions and keywords on social media, also outside its own accounts, and note topics, tone and matters that need an answer.',
    },
    participationPolicy: {
      title: 'Publish participation and moderation rules',
      description: 'Explain which comments are answered, which are hidden or removed and why, with the same criteria on every account.',
    },
    responseProtocol: {
      title: 'Set up a citizen service protocol for social media',
      description: 'Decide who answers each kind of question, within what time and how it is passed to the competent service, with reviewed standard replies.',
    },
    accessibilityChecks: {
      title: 'Publish accessible content',
      description: 'Add alternative text to images and subtitles to videos, take care of contrast and capitalise each word in hashtags.',
    },
    languageCriteria: {
      title: 'Set criteria for the use of co-official languages',
      description: 'Decide on which accounts and for which content each language is used, and how translations are reviewed.',
    },
    dataProtectionChecklist: {
      title: 'Apply a data protection checklist',
      description:
        'Before posting, check the consent of any recognisable person, taking special care with images of minors, and never ask for or show personal data in public replies.',
    },
    styleGuideRefresh: {
      title: 'Update the usage and style guide',
      description: 'Review the current guide with the account managers, approve it formally and circulate it with practical examples.',
    },
    institutionalTone: {
      title: 'Keep institutional communication apart from politics',
      description: 'Agree that corporate accounts report on services and decisions in a public service tone, with no partisan messages or personal promotion.',
    },
    officialAccountDirectory: {
      title: 'Publish a directory of official accounts',
      description: 'Keep on the website the list of verified corporate accounts, with their responsible unit and purpose, so that citizens can tell the genuine ones.',
    },
    impostorResponse: {
      title: 'Act against impostor profiles',
      description: 'Detect profiles that imitate the institution, ask the platform to remove them and warn citizens when they could cause harm.',
    },
    trackedLinks: {
      title: 'Link to the website and measure the visits',
      description: 'Link each post to the page of the website or e-government portal that answers the question, with campaign parameters to measure the traffic.',
    },
    citizenServiceCoordination: {
      title: 'Coordinate social media with citizen service',
      description: 'Share with the service desks the questions that arrive through social media and the standard replies, so that every channel gives the same information.',
    },
    contentArchive: {
      title: 'Keep a copy of posts and statistics',
      description: 'Regularly download the history and statistics of each account and file them according to the records management rules.',
    },
    platformReview: {
      title: 'Review the platforms in use every six months',
      description: 'Check changes in the terms, features and audience of each platform and decide whether to keep it, adapt or leave.',
    },
    agencyNetwork: {
      title: 'Build a collaboration network with other bodies',
      description: 'Agree with the emergency services, civil protection and other administrations how to share alerts and campaigns of common interest.',
    },
    openDataContent: {
      title: 'Turn open data into content',
      description: 'Prepare regular posts from the transparency portal and the institution’s own statistics, explained in plain language.',
    },
    allocateTime: {
      title: 'Recognise the time spent on the accounts',
      description: 'Include the weekly hours of each account manager in their duties and take them into account when planning the service.',
    },
    participationOutreach: {
      title: 'Promote participation processes',
      description: 'Publicise consultations, participatory budgets and other processes, explaining how to take part and what was done with the results.',
    },
  },
  roles: {
    communicationHead: 'Head of the communication office',
    communicationOfficer: 'Communication officer',
    accountManager: 'Account manager',
    itSecurity: 'IT and security officer',
    dataProtectionOfficer: 'Data protection officer',
    trainer: 'Trainer',
    languageService: 'Language service',
    citizenServiceStaff: 'Citizen service staff',
  },
  metrics: {
    followerGrowth: {
      name: 'Follower growth',
      description: 'Percentage change in the number of followers over the period, adding up the selected accounts.',
    },
    engagementRate: {
      name: 'Engagement rate',
      description: 'Interactions (reactions, comments, shares and clicks) divided by the reach of the posts of the period.',
    },
    reach: {
      name: 'Reach',
      description: 'Distinct people who saw at least one post during the period, according to the platform statistics.',
    },
    impressions: {
      name: 'Impressions',
      description: 'Total number of times the posts were shown, counting repeats.',
    },
    responseTime: {
      name: 'Response time to citizens',
      description: 'Average time, in working hours, between the arrival of a question and the first useful answer.',
    },
    answeredShare: {
      name: 'Questions answered',
      description: 'Percentage of the questions received by message or comment that are answered or passed to the competent service.',
    },
    accountsWithOwner: {
      name: 'Accounts with an owner',
      description: 'Percentage of active accounts with a responsible unit and an account manager assigned.',
    },
    accountsWith2fa: {
      name: 'Accounts with two-step verification',
      description: 'Percentage of active accounts with two-step verification turned on and a corporate recovery e-mail.',
    },
    dormantAccounts: {
      name: 'Dormant accounts',
      description: 'Open accounts that have not posted for longer than the threshold set in the plan.',
    },
    mentions: {
      name: 'Mentions',
      description: 'Messages that name the institution or its services, on and off its own accounts.',
    },
    mentionSentiment: {
      name: 'Sentiment of mentions',
      description: 'Percentage of mentions with a positive or neutral tone out of all the mentions analysed.',
    },
    postsPerWeek: {
      name: 'Posts per week',
      description: 'Average weekly posts of each active account, as a measure of regularity.',
    },
    altTextShare: {
      name: 'Images with alternative text',
      description: 'Percentage of published images that include a description for screen readers.',
    },
    captionedVideoShare: {
      name: 'Subtitled videos',
      description: 'Percentage of published videos that carry subtitles.',
    },
    webTrafficFromSocial: {
      name: 'Website visits from social media',
      description: 'Visits to the website and the e-government portal that come from a social network, according to web analytics.',
    },
    staffTrained: {
      name: 'Staff trained',
      description: 'Account managers who have completed the training set out in the plan.',
    },
    crisisDrills: {
      name: 'Crisis drills',
      description: 'Crisis drills run and evaluated during the period.',
    },
    reportsDelivered: {
      name: 'Monitoring reports delivered',
      description: 'Regular indicator reports delivered on time to senior management.',
    },
    coOfficialLanguageShare: {
      name: 'Posts in the co-official language',
      description: 'Percentage of posts available in the co-official language.',
    },
    dataProtectionIncidents: {
      name: 'Data protection incidents',
      description: 'Posts withdrawn or complaints received for disclosing personal data without a legal basis.',
    },
    impostorAccounts: {
      name: 'Active impostor profiles',
      description: 'Profiles that pass themselves off as the institution and are still active after being detected.',
    },
    alertDelay: {
      name: 'Alert posting time',
      description: 'Minutes between the official activation of an emergency alert and its publication on social media.',
    },
    assignedHours: {
      name: 'Hours assigned to running accounts',
      description: 'Weekly hours for the accounts recognised in the duties of the account managers.',
    },
  },
  units: {
    percent: '%',
    people: 'people',
    impressions: 'impressions',
    hours: 'hours',
    minutes: 'minutes',
    accounts: 'accounts',
    mentions: 'mentions',
    postsPerWeek: 'posts per week',
    visits: 'visits',
    drills: 'drills',
    reports: 'reports',
    incidents: 'incidents',
    hoursPerWeek: 'hours per week',
  },
};
