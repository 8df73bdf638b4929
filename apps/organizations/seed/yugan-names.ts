// Names for the Yugan County demo. Unit and estate names are modelled on the article; the 11
// pilots start with the four it names. Every personal name is synthetic: a surname and a given
// name drawn at random, belonging to no one.

/** The community-level organisations of the county seat (社区): [name, 中文]. */
export const communityNames: readonly (readonly [string, string])[] = [
  ['Dongshan', '东山'],
  ['Pipazhou', '琵琶洲'],
  ['Ximen', '西门'],
  ['Nanmen', '南门'],
  ['Beimen', '北门'],
  ['Yuting', '玉亭'],
  ['Xinhua', '新华'],
  ['Binjiang', '滨江'],
  ['Gongyuan', '公园'],
  ['Chengdong', '城东'],
];

/** The programme's 11 pilot estates: the four the article names, then seven more. */
export const pilotEstates: readonly (readonly [string, string])[] = [
  ['Qianyue No. 1', '乾越一号'],
  ['Central Capital', '中央首府'],
  ['Yingbin Garden', '迎宾花园'],
  ['Teacher New Village', '教师新村'],
  ['Xinjiang Mingdu', '信江名都'],
  ['Yuting Yayuan', '玉亭雅苑'],
  ['Donghu Lijing', '东湖丽景'],
  ['Golden Home', '金色家园'],
  ['Kangju Estate', '康居小区'],
  ['Fengze Court', '丰泽苑'],
  ['Shuxiang Mendi', '书香门第'],
];

export const estatePrefixes: readonly (readonly [string, string])[] = [
  ['Jinxiu', '锦绣'], ['Yangguang', '阳光'], ['Cuiwei', '翠微'], ['Heping', '和平'], ['Xingfu', '幸福'],
  ['Binhe', '滨河'], ['Longjin', '龙津'], ['Hetang', '荷塘'], ['Meiyuan', '梅园'], ['Guihua', '桂花'],
  ['Ruijing', '瑞景'], ['Jiahe', '嘉禾'], ['Lanting', '兰亭'], ['Taoyuan', '桃源'], ['Xiangshan', '香山'],
  ['Wenchang', '文昌'], ['Fuxing', '复兴'], ['Minsheng', '民生'], ['Yongan', '永安'], ['Huaxin', '华新'],
];

export const estateSuffixes: readonly (readonly [string, string])[] = [
  ['Garden', '花园'], ['Estate', '小区'], ['Home', '家园'], ['Court', '苑'], ['New Village', '新村'], ['Mansion', '华府'],
];

export const roads: readonly string[] = ['Yingbin Avenue', 'Dongshan Road', 'Xinhua Road', 'Pipa Road', 'Binjiang Road', 'Yuting Road', 'Gongyuan Road', 'Ximen Street'];

export const surnames: readonly string[] = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '胡', '朱', '高', '林', '何', '郭', '马', '罗', '余', '汪', '叶', '彭', '程', '方', '邹', '熊'];

export const givenNames: readonly string[] = [
  '伟', '芳', '娜', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '涛', '明', '超', '华', '平', '刚', '霞',
  '建国', '秀英', '志强', '海燕', '文斌', '春梅', '晓东', '丽华', '国平', '红梅', '永红', '立新', '晓燕', '建华', '玉兰', '德明',
];

/** County departments whose cadres report back (在职单位). */
export const workUnits: readonly string[] = [
  'Yugan County Housing and Urban-Rural Development Bureau',
  'Yugan County Education and Sports Bureau',
  'Yugan County Health Commission',
  'Yugan County Public Security Bureau',
  'Yugan County Urban Management Bureau',
  'Yugan County Finance Bureau',
  'Yugan County Civil Affairs Bureau',
  'Yugan County Market Supervision Bureau',
  'Yugan County Natural Resources Bureau',
  'Yugan County Fire and Rescue Brigade',
  'Yugan County People’s Hospital',
  'Yugan No. 1 Middle School',
  'Yuting Town Government',
  'State Grid Yugan Power Supply Company',
];

export const servicePosts: readonly string[] = ['building liaison', 'volunteer team leader', 'civilised-conduct supervisor', 'grid assistant', 'dispute mediator'];

/** Matters residents raise at reception days: [category, summary]. */
export const matters: readonly (readonly [string, string])[] = [
  ['noise', 'square dancing in the courtyard after 21:00'],
  ['road_occupation', 'shops at the gate occupying the fire lane'],
  ['fire_safety', 'a tutoring class run in a residential flat'],
  ['parking', 'visitors parking on the green'],
  ['leak', 'water leaking from the flat above'],
  ['pets', 'dogs off the lead in the play area'],
  ['property_fees', 'how the lift advertising income is spent'],
  ['environment', 'rubbish sorting point overflowing'],
  ['public_facilities', 'broken street lights along building 3'],
];
