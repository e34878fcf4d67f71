/**
 * Characters that make up most of any Chinese report, used to tell a right decoding from a wrong one:
 * GBK bytes read as Big5 (or the reverse) still give valid characters, but rare ones.
 *
 * SIMPLIFIED: the most frequent characters of modern written Chinese plus the vocabulary of government
 * work reports (增长、投资、民生、乡村振兴 …), listed by hand for luoshi (about 680).
 * TRADITIONAL: their Taiwan-standard forms that differ, converted once with opencc-js (cn → tw).
 * PUNCTUATION: full-width marks every report uses.
 */
const SIMPLIFIED =
  '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别手角期根论运农指几九区强放决西被干做必战先回则任取据处府研快深改创造城镇乡村县市省街企项目投亿万元增率左右完推施落保障收居消费财税预算教育医疗卫养住房交铁粮食科技环境态污染治安稳升优坚持促健善标划规模策支场营商效益绿色低碳源振兴脱贫困巩固招引贸易口旅游疫防控急监督协委群众志报告审议请服务幼儿园校院桥梁停车供暖燃垃圾类厕托残疾救助难达亩吨米户座批千百零半季底首突显续断步切扎积极筹调确争抓台套辆栋张秒名型值额例倍每客店海河湖林田光风热冷网云智链储桩港站馆厅局室团联盟讲话精神思复梦初担攻克真久功守奋勇毅踔厉美丽宜韧绵廊雨臭库灌渠泵井节汛抗旱减灾震药苗妇女童青龄退役双拥族宗侨档案史姓庭带领紧围绕牢记嘱导班认贯彻署绩著顾望未须清醒存短板弱域险隐患仍让给跟往更太非再才曾该需吗呢吧哪谁什怎何虽且即除尽鉴按照至另包括东南北周附近整单某共互彼己身集办采购搬迁拆征备执信访禁毒扫黑恶堤植树殖畜牧渔蔬菜茶叶烟草棉花油润销售价格筑竣验签约谋申金债券专贷款融证银诚失惩戒奖励补贴济慰帮扶援贤培训职术历究博士';
const TRADITIONAL =
  '這為個國時來們於對會發動過說產種後學經進電裡現實兩體機當點從業應開還義間樣與關線內數麼質氣變條沒結問無軍並題黨員總設長頭資邊級圖統較將組見計別論運農幾區強決幹戰則據處創鎮鄉縣項億萬費財稅預醫療衛養鐵糧環態汙穩優堅標劃規場營綠興脫貧鞏貿遊監協眾報審議請務兒園橋車類廁殘難達畝噸戶顯續斷積極籌調確爭臺輛棟張額風熱網雲鏈儲樁館廳團聯講話復夢擔奮厲麗韌綿庫節減災藥婦齡雙擁僑檔帶領緊圍繞記囑導認貫徹績顧須險隱讓給該嗎誰雖盡鑑東單辦採購遷徵備執訪掃惡樹漁葉菸潤銷價築驗簽約謀債專貸證銀誠懲獎勵補貼濟幫賢訓職術歷';
const PUNCTUATION = '，。、；：？！“”‘’（）《》〈〉％—…·「」『』【】';

export const COMMON_CHINESE: ReadonlySet<string> = new Set([...SIMPLIFIED, ...TRADITIONAL, ...PUNCTUATION]);
