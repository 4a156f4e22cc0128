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
};

export type CommonMessages = typeof en;

const zhCN: CommonMessages = {
  loading: '加载中…',
  retry: '重试',
  errorTitle: '无法加载',
  errors: {
    network: '无法连接服务器，请检查网络后重试。',
    timeout: '服务器响应超时，请重试。',
    invalidResponse: '服务器返回的数据格式不正确。',
    notFound: '服务器上未找到该数据。',
    unauthorized: '您尚未登录或会话已过期。',
    forbidden: '您没有查看此内容的权限。',
    busy: '服务器繁忙，请稍后重试。',
    server: '服务器处理出错。',
    notConfigured: '本页面尚未配置信用管理后台。',
    invalidInput: '传给此组件的数据无效。',
    unknown: '出现了问题。',
    technicalDetails: '技术详情',
  },
  validation: {
    required: '必填。',
    invalid_type: '数值无效。',
    invalid_value: '请从选项中选择。',
    invalid_format: '格式不正确。',
    too_small: '数值过小。',
    too_big: '数值过大。',
    amount: '请输入金额，例如 1234.56。',
    amountPositive: '请输入大于零的金额。',
    date: '请输入日期。',
    socialCreditCode: '请输入18位统一社会信用代码；校验位不正确。',
    email: '请输入电子邮箱地址。',
    phone: '请输入电话号码。',
    wholeDays: '请输入整数天数。',
    ratio: '请输入0到1之间的比例，例如 0.6。',
    currency: '请输入三位货币代码，例如 CNY。',
  },
  units: { wan: '万元' },
};

export const commonMessages = defineMessages('common', { en, 'zh-CN': zhCN });
