/**
 * 支出功能分类科目: 款 (5 digits) and 项 (7 digits) with the names the 2019–2026 editions of
 * 财政部《政府收支分类科目》 give them, and earlier names still printed. 类 (3 digits) live in
 * functionClasses.ts.
 *
 * Provenance. No machine-readable public listing of the classification could be found, so every
 * entry is a code/name pair printed in a published government budget disclosure (the tables, not
 * the narrative) or in a district's official disclosure template; only these codes are covered,
 * nothing is filled in from memory. Documents (their text by `pdftotext -layout`, wrapped names
 * rejoined):
 *   GZ24    广州市政务服务数据管理局 2024年部门预算 (the project's Guangzhou seed)
 *   SH25    上海市财政局 2025年市级单位预算 (the project's Shanghai seed)
 *   PTCZ25  上海市普陀区财政局 2025年部门预算 ┐ github.com/zxj6827111-blip/tianbaoxitong
 *   WL23    上海市普陀区万里街道 2023年部门预算 │ @13e0c53804c69349040204fca91a939559d68020
 *   FLY24   上海市普陀区社会福利院 2024年单位预算 │ (uploads/archives/…)
 *   PT26T   普陀区 2026年部门/单位预算公开模板   ┘ (templates/excel/…_budget_template.xlsx)
 *   JSRD19  江苏省人大常委会办公厅 2019 ┐ github.com/ae86jack/open-budget
 *   JSSW19  中共江苏省委办公厅 2019     │ @b7cedd16098c8009fdc5373cdded548872b9122a
 *   JSZX19  江苏省政协办公厅 2019       ┘ (pdf_files/jszwfw/…)
 *   SZJT26 深圳市交通运输局, SZXF26 深圳市信访局, SZFG26 深圳市发展和改革委员会, SUJT26 苏州市交通运输局,
 *   SUSJ26 苏州市审计局, WXRS26 无锡市人力资源和社会保障局, WXFG25 无锡市发展和改革委员会 (2025),
 *   CCXF26 长春市信访局, CQBGT26 重庆市人民政府办公厅, GJXF26 国家信访局: 2026年部门预算,
 *   github.com/calinchow-del/renwu @8af6eb4b18439a2eadf2e7dc81f5eb15b3ae2383 (预算数据/…)
 * The documents are kept in the project's shared/real folder with a README naming each path.
 *
 * Columns (tab-separated): code, current name, earlier names as `name@year` where year is the
 * last year a source prints that name (the name is not used by a later source), and the sources.
 */
export const FUNCTION_NAME_DATA = `20101	人大事务		JSRD19
2010101	行政运行		JSRD19
2010102	一般行政管理事务		JSRD19
2010104	人大会议		JSRD19
2010105	人大立法		JSRD19
2010106	人大监督		JSRD19
2010107	人大代表履职能力提升		JSRD19
2010108	代表工作		JSRD19
2010109	人大信访工作		JSRD19
2010199	其他人大事务支出		JSRD19
20102	政协事务		JSZX19
2010201	行政运行		JSZX19
2010202	一般行政管理事务		JSZX19
2010204	政协会议		JSZX19
2010205	委员视察		JSZX19
2010299	其他政协事务支出		JSZX19
20103	政府办公厅（室）及相关机构事务		CQBGT26 GZ24
2010301	行政运行		CQBGT26 GZ24
2010302	一般行政管理事务		CQBGT26 GZ24
2010350	事业运行		CQBGT26 GZ24
2010399	其他政府办公厅（室）及相关机构事务支出		CQBGT26 GZ24
20104	发展与改革事务		SZFG26 WXFG25
2010401	行政运行		SZFG26 WXFG25
2010402	一般行政管理事务		SZFG26 WXFG25
2010404	战略规划与实施		SZFG26
2010405	日常经济运行调节		SZFG26
2010406	社会事业发展规划		SZFG26
2010407	经济体制改革研究		SZFG26
2010408	物价管理		WXFG25
2010450	事业运行		WXFG25
2010499	其他发展与改革事务支出		WXFG25
20105	统计信息事务		WL23
2010506	统计管理		WL23
2010507	专项普查活动		WL23
20106	财政事务		PTCZ25 SH25
2010601	行政运行		PTCZ25 SH25
2010602	一般行政管理事务		PTCZ25 SH25
2010604	预算改革业务		SH25
2010605	财政国库业务		SH25
2010607	信息化建设		PTCZ25
2010608	财政委托业务支出		PTCZ25
20108	审计事务		SUSJ26
2010801	行政运行		SUSJ26
2010802	一般行政管理事务		SUSJ26
2010850	事业运行		SUSJ26
20129	群众团体事务		WL23
2012902	一般行政管理事务		WL23
20131	党委办公厅（室）及相关机构事务		JSSW19
2013101	行政运行		JSSW19
2013102	一般行政管理事务		JSSW19
20132	组织事务		WL23
2013202	一般行政管理事务		WL23
20133	宣传事务		WL23
2013302	一般行政管理事务		WL23
20134	统战事务		WL23
2013402	一般行政管理事务		WL23
20138	市场监督管理事务		WL23
2013802	一般行政管理事务		WL23
20140	信访事务		CCXF26 GJXF26 SZXF26
2014001	行政运行		CCXF26 GJXF26 SZXF26
2014002	一般行政管理事务		CCXF26 GJXF26
2014003	机关服务		GJXF26
2014004	信访业务		GJXF26 SZXF26
2014050	事业运行		GJXF26
2014099	其他信访事务支出		CCXF26 GJXF26
20406	司法		WL23
2040607	公共法律服务		WL23
20499	其他公共安全支出		WL23
2049999	其他公共安全支出		WL23
20502	普通教育		PT26T
2050205	高等教育		PT26T
20503	职业教育		WXRS26
2050303	技校教育		WXRS26
2050399	其他职业教育支出		WXRS26
20508	进修及培训		CQBGT26 GJXF26 SZJT26 SZXF26
2050803	培训支出		CQBGT26 GJXF26 SZJT26 SZXF26
20604	技术研究与开发		SZFG26
2060404	科技成果转化与扩散		SZFG26
20605	科技条件与服务		GZ24
2060503	科技条件专项		GZ24
20607	科学技术普及		WL23
2060702	科普活动		WL23
20609	科技重大项目		SZFG26
2060901	科技重大专项		SZFG26
20703	体育		WL23
2070308	群众体育		WL23
20799	其他文化旅游体育与传媒支出		PT26T
20801	人力资源和社会保障管理事务		WXRS26
2080101	行政运行		WXRS26
2080104	综合业务管理		WXRS26
2080106	就业管理事务		WXRS26
2080108	信息化建设		WXRS26
2080109	社会保险经办机构		WXRS26
2080112	劳动人事争议调解仲裁		WXRS26
2080116	引进人才费用		WXRS26
2080150	事业运行		WXRS26
2080199	其他人力资源和社会保障管理事务支出		WXRS26
20802	民政管理事务		WL23
2080206	社会组织管理		WL23
20805	行政事业单位养老支出	行政事业单位离退休@2019	CCXF26 CQBGT26 FLY24 GJXF26 GZ24 JSRD19 JSSW19 JSZX19 PTCZ25 SH25 SUJT26 SUSJ26 SZFG26 SZJT26 SZXF26 WL23 WXFG25 WXRS26
2080501	行政单位离退休		CCXF26 CQBGT26 GJXF26 GZ24 PTCZ25 SH25 SUJT26 SZFG26 SZJT26 SZXF26 WL23
2080502	事业单位离退休		FLY24 WL23
2080503	离退休人员管理机构		GJXF26
2080504	未归口管理的行政单位离退休		JSRD19 JSSW19 JSZX19
2080505	机关事业单位基本养老保险缴费支出		CCXF26 CQBGT26 FLY24 GZ24 JSRD19 JSSW19 JSZX19 PTCZ25 SH25 SUJT26 SUSJ26 SZFG26 SZJT26 SZXF26 WL23 WXFG25 WXRS26
2080506	机关事业单位职业年金缴费支出		CQBGT26 FLY24 GJXF26 GZ24 JSRD19 JSSW19 JSZX19 PTCZ25 SH25 SUJT26 SUSJ26 SZFG26 SZJT26 SZXF26 WL23 WXFG25 WXRS26
2080507	对机关事业单位基本养老保险基金的补助		WXRS26
2080599	其他行政事业单位养老支出		CQBGT26 FLY24 PTCZ25 SH25 WL23
20807	就业补助		WL23 WXRS26
2080701	就业创业服务补助		WXRS26
2080705	公益性岗位补贴		WL23
2080799	其他就业补助支出		WXRS26
20808	抚恤		GZ24 SH25
2080801	死亡抚恤		GZ24 SH25
20810	社会福利		FLY24
2081005	社会福利事业单位		FLY24
20816	红十字事业		WL23
2081602	一般行政管理事务		WL23
20825	其他生活救助		WL23 WXRS26
2082501	其他城市生活救助		WL23 WXRS26
20826	财政对基本养老保险基金的补助		WXRS26
2082602	财政对城乡居民基本养老保险基金的补助		WXRS26
20899	其他社会保障和就业支出		WL23 WXRS26
2089999	其他社会保障和就业支出		WL23 WXRS26
21007	计划生育事务		GZ24 WL23
2100717	计划生育服务		WL23
2100799	其他计划生育事务支出		GZ24
21011	行政事业单位医疗		CCXF26 CQBGT26 FLY24 GJXF26 PTCZ25 SH25 SZFG26 SZJT26 SZXF26 WL23 WXFG25 WXRS26
2101101	行政单位医疗		CCXF26 CQBGT26 GJXF26 PTCZ25 SH25 SZFG26 SZJT26 SZXF26 WL23 WXFG25 WXRS26
2101102	事业单位医疗		CQBGT26 FLY24 WL23 WXFG25 WXRS26
2101199	其他行政事业单位医疗支出		CQBGT26
21099	其他卫生健康支出		SH25
2109999	其他卫生健康支出		SH25
21111	污染减排		SZJT26
2111199	其他污染减排支出		SZJT26
21201	城乡社区管理事务		WL23
2120101	行政运行		WL23
2120102	一般行政管理事务		WL23
2120104	城管执法		WL23
2120199	其他城乡社区管理事务支出		WL23
21203	城乡社区公共设施		SZJT26 WL23
2120399	其他城乡社区公共设施支出		SZJT26 WL23
21205	城乡社区环境卫生		WL23
2120501	城乡社区环境卫生		WL23
21299	其他城乡社区支出		WL23 WXRS26
2129999	其他城乡社区支出		WL23 WXRS26
21308	普惠金融发展支出		WXRS26
2130804	创业担保贷款贴息及奖补		WXRS26
21401	公路水路运输		SUJT26 SZJT26
2140101	行政运行		SUJT26 SZJT26
2140104	公路建设		SUJT26
2140106	公路养护		SUJT26 SZJT26
2140110	公路和运输安全		SZJT26
2140112	公路运输管理		SUJT26 SZJT26
2140114	公路和运输技术标准化建设		SZJT26
2140123	航道维护		SUJT26
2140136	水路运输管理支出		SZJT26
2140199	其他公路水路运输支出		SUJT26 SZJT26
21402	铁路运输		SUJT26
2140299	其他铁路运输支出		SUJT26
21403	民用航空运输		SZJT26
2140399	其他民用航空运输支出		SZJT26
21405	邮政业支出		SUJT26
2140504	行业监管		SUJT26
21469	民航发展基金支出		SZJT26
2146903	民航安全		SZJT26
2146907	通用航空发展		SZJT26
2146999	其他民航发展基金支出		SZJT26
21499	其他交通运输支出		SUJT26 SZJT26
2149901	公共交通运营补助		SUJT26
2149999	其他交通运输支出		SUJT26 SZJT26
21505	工业和信息产业		CQBGT26 WXFG25
2150516	工程建设及运行维护		CQBGT26
2150517	产业发展		WXFG25
21599	其他资源勘探工业信息等支出		SZFG26
2159999	其他资源勘探工业信息等支出		SZFG26
21699	其他商业服务业等支出		WXFG25
2169999	其他商业服务业等支出		WXFG25
21999	其他支出		WXFG25
22102	住房改革支出		CCXF26 CQBGT26 FLY24 GJXF26 GZ24 JSRD19 JSSW19 JSZX19 PTCZ25 SH25 SUJT26 SUSJ26 SZFG26 SZJT26 SZXF26 WL23 WXFG25 WXRS26
2210201	住房公积金		CCXF26 CQBGT26 FLY24 GJXF26 GZ24 JSRD19 JSSW19 JSZX19 PTCZ25 SH25 SUJT26 SUSJ26 SZFG26 SZJT26 SZXF26 WL23 WXFG25 WXRS26
2210202	提租补贴		GJXF26 JSRD19 JSSW19 JSZX19 SUJT26 SUSJ26 WXFG25 WXRS26
2210203	购房补贴		GJXF26 GZ24 PTCZ25 SH25 SUJT26 SUSJ26 SZFG26 SZJT26 SZXF26 WL23 WXFG25 WXRS26
22103	城乡社区住宅		WL23
2210399	其他城乡社区住宅支出		WL23
22204	粮油储备		SZFG26
2220401	储备粮油补贴		SZFG26
22205	重要商品储备		SZFG26
2220503	肉类储备		SZFG26
22301	解决历史遗留问题及改革成本支出		PT26T
2230105	国有企业退休人员社会化管理补助支出		PT26T
22401	应急管理事务		SZJT26
2240106	安全监管		SZJT26
22908	彩票发行销售机构业务费安排的支出		PT26T
2290804	福利彩票销售机构的业务费支出		PT26T`;
