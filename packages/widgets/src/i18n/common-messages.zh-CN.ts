import type { CommonMessages } from './common-messages.js';

/** Simplified Chinese, loaded the first time a widget on the page reads `zh-CN` (see `../i18n/locale-registry.ts`). */
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
  chooseDate: '选择日期',
};

export default zhCN;
