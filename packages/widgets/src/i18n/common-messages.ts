import { defineMessages } from './locale-registry.js';

/** Messages every widget shares: states, errors, validation, units. */
const en = {
  loading: 'Loading…',
  retry: 'Retry',
  errorTitle: 'Could not load',
  errors: {
    network: 'The server could not be reached. Check the connection and try again.',
    timeout: 'The server took too long to answer. Try again.',
    invalidResponse: 'The server sent data in an unexpected form.',
    notFound: 'Not found on the server.',
    unauthorized: 'You are not signed in, or your session has expired.',
    forbidden: 'You do not have permission to see this.',
    busy: 'The server is busy. Try again in a moment.',
    server: 'The server had a problem answering.',
    notConfigured: 'No Credit Kit backend is configured for this page.',
    invalidInput: 'Some of the data given to this widget is not valid.',
    unknown: 'Something went wrong.',
    technicalDetails: 'Technical details',
  },
  validation: {
    required: 'Required.',
    invalid_type: 'Not a valid value.',
    invalid_value: 'Choose one of the offered values.',
    invalid_format: 'Not in the expected format.',
    too_small: 'Too small.',
    too_big: 'Too large.',
    amount: 'Enter an amount such as 1234.56.',
    amountPositive: 'Enter an amount greater than zero.',
    date: 'Enter a date.',
    socialCreditCode: 'Enter the 18-character unified social credit code; its last character does not match.',
    email: 'Enter an e-mail address.',
    phone: 'Enter a phone number.',
    wholeDays: 'Enter a whole number of days.',
    ratio: 'Enter a ratio between 0 and 1, such as 0.6.',
    currency: 'Enter a three-letter currency code such as CNY.',
  },
  units: { wan: '× 10,000' },
  chooseDate: 'Choose a date',
};

export type CommonMessages = typeof en;

export const commonMessages = defineMessages('common', { en }, { 'zh-CN': () => import('./common-messages.zh-CN.js') });
