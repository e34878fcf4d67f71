/**
 * Short names of government departments and the full names they stand for, as offices write them in a 分工方案
 * (县发改局 for 县发展和改革局). Source: our own analysis of the standard names of local government departments
 * after the 2018–2019 institutional reform (the 机构改革方案 name pattern X和Y局 / X委员会 / X办公室), the older
 * names still met in documents of the 2000s–2010s (环保局, 文广新局), and the short forms that the State Council's
 * own documents use for the same names (住房城乡建设, 人力资源社会保障: the full name less its 和). No place or
 * person is named. Only forms that stand for one department are listed: 数据局 or 文旅体局 are named differently
 * from one county to the next, and an office maps them itself (aliases per unit).
 *
 * Each entry is [short form, full form]; a full form standing alone is listed too, so the part of a name that is a
 * department (发展和改革局 in 某县发展和改革局) is found whichever form is written.
 */
export const UNIT_ABBREVIATIONS: readonly (readonly [short: string, full: string])[] = [
  ['发改局', '发展和改革局'], ['发展改革局', '发展和改革局'],
  ['发改委', '发展和改革委员会'], ['发展改革委', '发展和改革委员会'], ['发展改革委员会', '发展和改革委员会'],
  ['工信局', '工业和信息化局'], ['工业信息化局', '工业和信息化局'],
  ['经信局', '经济和信息化局'], ['经济信息化局', '经济和信息化局'], ['经信委', '经济和信息化委员会'],
  ['教体局', '教育和体育局'],
  ['科技局', '科学技术局'],
  ['人社局', '人力资源和社会保障局'], ['人力社保局', '人力资源和社会保障局'], ['人力资源社会保障局', '人力资源和社会保障局'],
  ['自规局', '自然资源和规划局'], ['规资局', '规划和自然资源局'],
  ['环保局', '环境保护局'],
  ['住建局', '住房和城乡建设局'], ['住房城乡建设局', '住房和城乡建设局'],
  ['住建委', '住房和城乡建设委员会'], ['住房城乡建设委', '住房和城乡建设委员会'],
  ['交通局', '交通运输局'],
  ['农业农村局', '农业农村局'],
  ['文旅局', '文化和旅游局'], ['文化旅游局', '文化和旅游局'],
  ['文广旅局', '文化广电和旅游局'], ['文广新局', '文化广电新闻出版局'],
  ['卫健局', '卫生健康局'], ['卫健委', '卫生健康委员会'], ['卫生健康委', '卫生健康委员会'],
  ['卫计局', '卫生和计划生育局'], ['卫计委', '卫生和计划生育委员会'],
  ['退役军人局', '退役军人事务局'],
  ['应急局', '应急管理局'],
  ['国资委', '国有资产监督管理委员会'],
  ['市场监管局', '市场监督管理局'],
  ['医保局', '医疗保障局'],
  ['城管局', '城市管理局'],
  ['审批局', '行政审批局'],
  ['粮储局', '粮食和物资储备局'],
  ['广电局', '广播电视局'],
  ['民宗局', '民族宗教事务局'],
  ['机关事务局', '机关事务管理局'],
  ['人防办', '人民防空办公室'],
  ['金融办', '金融工作办公室'],
  ['人民政府办', '人民政府办公室'], ['政府办', '人民政府办公室'], ['府办', '人民政府办公室'],
  ['外事办', '外事办公室'],
  ['侨办', '侨务办公室'],
  ['台办', '台湾事务办公室'],
  ['编办', '机构编制委员会办公室'],
  ['网信办', '网络安全和信息化委员会办公室'],
  ['公积金中心', '住房公积金管理中心'],
  ['残联', '残疾人联合会'],
  ['妇联', '妇女联合会'],
  ['工商联', '工商业联合会'],
  ['科协', '科学技术协会'],
  ['侨联', '归国华侨联合会'],
  // full names that have no shorter form above, so they are found as a department after a place's name
  ['财政局', '财政局'], ['公安局', '公安局'], ['民政局', '民政局'], ['司法局', '司法局'], ['商务局', '商务局'],
  ['审计局', '审计局'], ['统计局', '统计局'], ['水利局', '水利局'], ['水务局', '水务局'], ['林业局', '林业局'],
  ['教育局', '教育局'], ['体育局', '体育局'], ['信访局', '信访局'], ['税务局', '税务局'], ['气象局', '气象局'],
  ['生态环境局', '生态环境局'], ['自然资源局', '自然资源局'], ['乡村振兴局', '乡村振兴局'],
];
