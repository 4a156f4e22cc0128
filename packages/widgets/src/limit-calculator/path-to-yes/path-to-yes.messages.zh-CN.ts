import type { PathToYesMessages } from './path-to-yes.messages.js';

/** Simplified Chinese, loaded the first time a widget on the page reads `zh-CN`. */
const zhCN: PathToYesMessages = {
  heading: '如何获批',
  intro: (requested, today, shortfall) => `${requested} 超出按额度规则当前可核定的额度（${today}），差额 ${shortfall}。以下任一项调整即可使其可获批：`,
  withinRule: (requested, today) => `${requested} 在额度规则当前允许的范围内（最高 ${today}）。`,
  today: '当前最高可核定额度',
  noneAlone: '单项调整均不足以达到该金额：请按当前最高可核定额度申请，或组合多项调整。',
  label: (lever) => `${lever}：`,
  levers: {
    collateral: '抵质押担保',
    liabilities: '负债',
    grade: '信用等级',
    paidInCapital: '实收资本',
  },
  collateral: (change, ratio) => `提供评估价值 ${change} 的抵质押物，按抵质押率 ${ratio} 计算。`,
  collateralWorking: (change, ratio, from, to, granted) => `抵质押担保价值 ${from} + ${change} × ${ratio} → ${to}；公开授信额度 ${granted}。`,
  liabilities: (change, from, to) => `偿还负债 ${change}，由 ${from} 降至 ${to}（以新增权益资金偿还，资产不变）。`,
  liabilitiesWorking: (to, totalAssets, ratio, coefficient, granted) => `资产负债率 ${to} ÷ ${totalAssets} = ${ratio}，资产负债率调整系数 ${coefficient}；公开授信额度 ${granted}。`,
  nextBand: (paydown, ratio, coefficient, granted) => `偿还 ${paydown} 即进入更优的资产负债率区间（资产负债率 ${ratio}，系数 ${coefficient}）：公开授信额度 ${granted}。`,
  grade: (to, from) => `信用等级达到 ${to}（当前为 ${from}）。`,
  gradeWorking: (grade, coefficient, granted) => `${grade} 级的信用等级调整系数：${coefficient}；公开授信额度 ${granted}。`,
  paidInCapital: (change, to) => `增加实收资本 ${change}，至 ${to}。`,
  paidInCapitalWorking: (maximum, granted) => `新成立或投产不到一年的客户，最高授信额度不超过实收资本总额。最高综合授信额度 ${maximum}；公开授信额度 ${granted}。`,
  notAchievable: {
    collateral: '仅增加抵质押物不足以达到该金额：受最高综合授信额度限制。',
    liabilities: '仅偿还负债不足以达到该金额。',
    grade: '仅提高信用等级不足以达到该金额。',
    paidInCapital: '仅增加实收资本不足以达到该金额。',
  },
};

export default zhCN;
