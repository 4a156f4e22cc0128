/**
 * Word pools the seeded data is drawn from: cities with their region (华东, 华南 …) and the
 * administrative division code that goes into a unified social credit code, company name parts in
 * Chinese with their pinyin, industries, people and salespeople. Fictional combinations of common
 * words; no real company is meant.
 */

export interface City {
  readonly zh: string;
  readonly en: string;
  /** Region as Chinese sales organisations name them. */
  readonly region: string;
  /** 6-digit administrative division code (行政区划代码). */
  readonly division: string;
  /** Telephone area code. */
  readonly areaCode: string;
  readonly districts: readonly string[];
}

export const CITIES: readonly City[] = [
  { zh: '上海', en: 'Shanghai', region: '华东', division: '310115', areaCode: '21', districts: ['浦东新区', '闵行区', '嘉定区'] },
  { zh: '苏州', en: 'Suzhou', region: '华东', division: '320505', areaCode: '512', districts: ['工业园区', '高新区', '吴中区'] },
  { zh: '杭州', en: 'Hangzhou', region: '华东', division: '330106', areaCode: '571', districts: ['滨江区', '余杭区', '萧山区'] },
  { zh: '宁波', en: 'Ningbo', region: '华东', division: '330212', areaCode: '574', districts: ['鄞州区', '北仑区'] },
  { zh: '南京', en: 'Nanjing', region: '华东', division: '320115', areaCode: '25', districts: ['江宁区', '栖霞区'] },
  { zh: '青岛', en: 'Qingdao', region: '华东', division: '370211', areaCode: '532', districts: ['黄岛区', '城阳区'] },
  { zh: '合肥', en: 'Hefei', region: '华东', division: '340104', areaCode: '551', districts: ['蜀山区', '包河区'] },
  { zh: '深圳', en: 'Shenzhen', region: '华南', division: '440305', areaCode: '755', districts: ['南山区', '宝安区', '龙岗区'] },
  { zh: '广州', en: 'Guangzhou', region: '华南', division: '440112', areaCode: '20', districts: ['黄埔区', '番禺区'] },
  { zh: '东莞', en: 'Dongguan', region: '华南', division: '441900', areaCode: '769', districts: ['长安镇', '松山湖'] },
  { zh: '佛山', en: 'Foshan', region: '华南', division: '440606', areaCode: '757', districts: ['顺德区', '南海区'] },
  { zh: '厦门', en: 'Xiamen', region: '华南', division: '350211', areaCode: '592', districts: ['集美区', '海沧区'] },
  { zh: '北京', en: 'Beijing', region: '华北', division: '110108', areaCode: '10', districts: ['海淀区', '朝阳区', '亦庄经济开发区'] },
  { zh: '天津', en: 'Tianjin', region: '华北', division: '120116', areaCode: '22', districts: ['滨海新区', '西青区'] },
  { zh: '石家庄', en: 'Shijiazhuang', region: '华北', division: '130104', areaCode: '311', districts: ['桥西区', '长安区'] },
  { zh: '武汉', en: 'Wuhan', region: '华中', division: '420111', areaCode: '27', districts: ['洪山区', '东西湖区'] },
  { zh: '长沙', en: 'Changsha', region: '华中', division: '430104', areaCode: '731', districts: ['岳麓区', '雨花区'] },
  { zh: '郑州', en: 'Zhengzhou', region: '华中', division: '410122', areaCode: '371', districts: ['中牟县', '金水区'] },
  { zh: '成都', en: 'Chengdu', region: '西南', division: '510107', areaCode: '28', districts: ['武侯区', '双流区'] },
  { zh: '重庆', en: 'Chongqing', region: '西南', division: '500112', areaCode: '23', districts: ['渝北区', '两江新区'] },
  { zh: '西安', en: "Xi'an", region: '西北', division: '610113', areaCode: '29', districts: ['雁塔区', '高新区'] },
  { zh: '沈阳', en: 'Shenyang', region: '东北', division: '210106', areaCode: '24', districts: ['铁西区', '浑南区'] },
  { zh: '大连', en: 'Dalian', region: '东北', division: '210213', areaCode: '411', districts: ['金州区', '甘井子区'] },
];

/** Trade names (字号) with their pinyin. */
export const TRADE_NAMES: readonly { zh: string; en: string }[] = [
  { zh: '联合', en: 'Lianhe' }, { zh: '华辰', en: 'Huachen' }, { zh: '恒信', en: 'Hengxin' }, { zh: '精诚', en: 'Jingcheng' },
  { zh: '鑫源', en: 'Xinyuan' }, { zh: '瑞丰', en: 'Ruifeng' }, { zh: '宏达', en: 'Hongda' }, { zh: '天成', en: 'Tiancheng' },
  { zh: '永盛', en: 'Yongsheng' }, { zh: '凯越', en: 'Kaiyue' }, { zh: '博远', en: 'Boyuan' }, { zh: '海川', en: 'Haichuan' },
  { zh: '中联', en: 'Zhonglian' }, { zh: '金桥', en: 'Jinqiao' }, { zh: '远航', en: 'Yuanhang' }, { zh: '卓越', en: 'Zhuoyue' },
  { zh: '安泰', en: 'Antai' }, { zh: '润达', en: 'Runda' }, { zh: '华光', en: 'Huaguang' }, { zh: '汇通', en: 'Huitong' },
  { zh: '嘉禾', en: 'Jiahe' }, { zh: '明珠', en: 'Mingzhu' }, { zh: '鼎盛', en: 'Dingsheng' }, { zh: '昌隆', en: 'Changlong' },
  { zh: '德润', en: 'Derun' }, { zh: '宏远', en: 'Hongyuan' }, { zh: '聚力', en: 'Juli' }, { zh: '同创', en: 'Tongchuang' },
  { zh: '启航', en: 'Qihang' }, { zh: '众诚', en: 'Zhongcheng' }, { zh: '华东', en: 'Huadong' }, { zh: '南方', en: 'Nanfang' },
  { zh: '北辰', en: 'Beichen' }, { zh: '东升', en: 'Dongsheng' }, { zh: '金石', en: 'Jinshi' }, { zh: '祥和', en: 'Xianghe' },
];

export type CustomerKind = 'distributor' | 'direct' | 'project' | 'other';

export interface Industry {
  /** As it appears in a Chinese company name. */
  readonly zh: string;
  /** As it appears in an English company name. */
  readonly en: string;
  /** The `industry` field. */
  readonly label: string;
  /** Customer types this industry usually buys as. */
  readonly types: readonly CustomerKind[];
}

export const INDUSTRIES: readonly Industry[] = [
  { zh: '精密机械', en: 'Precision Machinery', label: 'Industrial machinery', types: ['direct', 'direct', 'distributor'] },
  { zh: '电子', en: 'Electronics', label: 'Electronic components', types: ['direct', 'distributor'] },
  { zh: '化工', en: 'Chemical', label: 'Chemicals', types: ['direct', 'distributor'] },
  { zh: '建设工程', en: 'Construction Engineering', label: 'Construction', types: ['project'] },
  { zh: '钢结构工程', en: 'Steel Structure Engineering', label: 'Construction', types: ['project'] },
  { zh: '物流', en: 'Logistics', label: 'Logistics', types: ['direct', 'other'] },
  { zh: '食品', en: 'Foods', label: 'Food processing', types: ['direct', 'distributor'] },
  { zh: '纺织', en: 'Textile', label: 'Textiles', types: ['direct'] },
  { zh: '医疗器械', en: 'Medical Devices', label: 'Medical devices', types: ['direct', 'distributor'] },
  { zh: '新能源科技', en: 'New Energy Technology', label: 'Renewable energy', types: ['direct', 'project'] },
  { zh: '汽车零部件', en: 'Auto Parts', label: 'Automotive parts', types: ['direct'] },
  { zh: '建材', en: 'Building Materials', label: 'Building materials', types: ['distributor', 'project'] },
  { zh: '商贸', en: 'Trading', label: 'Wholesale trade', types: ['distributor'] },
  { zh: '环保科技', en: 'Environmental Technology', label: 'Environmental services', types: ['project', 'direct'] },
  { zh: '电气', en: 'Electric', label: 'Electrical equipment', types: ['direct', 'distributor'] },
];

/** Chinese company forms and their English counterparts. */
export const COMPANY_FORMS: readonly { zh: string; en: string }[] = [
  { zh: '有限公司', en: 'Co., Ltd.' },
  { zh: '有限公司', en: 'Co., Ltd.' },
  { zh: '股份有限公司', en: 'Holdings Co., Ltd.' },
];

export const SURNAMES: readonly { zh: string; en: string }[] = [
  { zh: '张', en: 'Zhang' }, { zh: '王', en: 'Wang' }, { zh: '李', en: 'Li' }, { zh: '赵', en: 'Zhao' }, { zh: '陈', en: 'Chen' },
  { zh: '刘', en: 'Liu' }, { zh: '杨', en: 'Yang' }, { zh: '黄', en: 'Huang' }, { zh: '周', en: 'Zhou' }, { zh: '吴', en: 'Wu' },
  { zh: '徐', en: 'Xu' }, { zh: '孙', en: 'Sun' }, { zh: '马', en: 'Ma' }, { zh: '朱', en: 'Zhu' }, { zh: '胡', en: 'Hu' },
  { zh: '郭', en: 'Guo' }, { zh: '何', en: 'He' }, { zh: '林', en: 'Lin' }, { zh: '高', en: 'Gao' }, { zh: '罗', en: 'Luo' },
];

export const GIVEN_NAMES: readonly { zh: string; en: string }[] = [
  { zh: '伟', en: 'Wei' }, { zh: '芳', en: 'Fang' }, { zh: '娜', en: 'Na' }, { zh: '敏', en: 'Min' }, { zh: '静', en: 'Jing' },
  { zh: '强', en: 'Qiang' }, { zh: '磊', en: 'Lei' }, { zh: '军', en: 'Jun' }, { zh: '洋', en: 'Yang' }, { zh: '勇', en: 'Yong' },
  { zh: '艳', en: 'Yan' }, { zh: '杰', en: 'Jie' }, { zh: '涛', en: 'Tao' }, { zh: '明', en: 'Ming' }, { zh: '超', en: 'Chao' },
  { zh: '建华', en: 'Jianhua' }, { zh: '志强', en: 'Zhiqiang' }, { zh: '海燕', en: 'Haiyan' }, { zh: '晓东', en: 'Xiaodong' },
  { zh: '丽华', en: 'Lihua' }, { zh: '国平', en: 'Guoping' }, { zh: '文博', en: 'Wenbo' }, { zh: '雪梅', en: 'Xuemei' },
];

export const CONTACT_ROLES: readonly { zh: string; en: string }[] = [
  { zh: '财务经理', en: 'Finance manager' },
  { zh: '采购总监', en: 'Head of purchasing' },
  { zh: '总经理', en: 'General manager' },
];

/** Salespeople by region: each customer is looked after by one from its region. */
export const SALESPEOPLE: Readonly<Record<string, readonly string[]>> = {
  华东: ['张伟', '李娜', '吴静'],
  华南: ['王强', '陈敏'],
  华北: ['刘洋', '高文博'],
  华中: ['赵磊'],
  西南: ['周杰'],
  西北: ['周杰'],
  东北: ['孙丽华'],
};

/** Purposes of a credit application. */
export const CREDIT_PURPOSES: readonly string[] = [
  '年度框架采购赊销额度',
  'Open credit for the annual supply agreement',
  '新项目设备采购',
  '旺季备货',
  'Working capital for the distribution season',
  '工程项目材料采购（分期结算）',
];

/** Credit analysts and approvers named in the audit trail of seeded applications. */
export const CREDIT_STAFF = { analyst: '信用管理部 韩雪', approver: '风控委员会 郑国强' } as const;
