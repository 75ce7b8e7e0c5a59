/// The words the generator builds names, places and notes from: common surnames and given
/// names, village names, and what members write on visit forms.
enum SampleNames {
  static let surnames = Array(
    "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段"
  ).map(String.init)
  static let givenMale = [
    "建国", "志强", "国华", "春生", "德明", "建华", "卫东", "海军", "金水", "永福", "荣华", "国平", "有才",
    "明亮", "文斌", "新民", "长根", "水根", "伟", "强", "军", "勇", "杰", "涛", "斌", "超", "浩然", "子轩",
  ]
  static let givenFemale = [
    "秀英", "桂芳", "红梅", "玉兰", "海燕", "丽华", "美珍", "凤英", "素珍", "金花", "彩霞", "小红", "丽",
    "敏", "静", "燕", "艳", "娟", "雪梅", "晓燕", "佳怡", "梓涵", "雨欣", "春燕",
  ]
  static let villageFirst = Array("凤清新东西南北大小上下前后石金银白青龙马高长双三五").map(String.init)
  static let villageSecond = Array("林湖塘山溪桥田坑源岭坞口岙畈湾坪垄家冈岗").map(String.init)

  static let courtyards = ["东院", "西院", "南院", "北院", "前院", "后院", "1号楼", "2号楼", "3号楼"]
  static let tags: [(String, Int)] = [
    ("空巢老人", 10), ("低保户", 5), ("独居老人", 4), ("残疾人", 3), ("留守儿童", 4), ("困难户", 3),
  ]
  static let looks = [
    "干净", "整洁", "较乱", "有积水", "需修缮", "通风好", "潮湿", "杂物多", "菜长得好", "闲置",
  ]
  static let family = ["身体不错", "老人住院了", "孙子上学", "儿子在外打工", "一切安好", "家里添了人口"]
  static let economy = ["收入稳定", "种茶叶", "养猪", "在镇上打零工", "靠低保", "开了民宿"]
  static let opinions = ["希望修路", "路灯不亮", "垃圾清运慢", "想学电商", "无", "水渠要清淤"]
  static let needsAsked = ["想装路灯", "申请低保", "屋顶漏雨", "看病报销", "孩子就学", "无"]
  static let notes = ["身体不错", "已宣传医保政策", "反映情况已记录", "下次带药来", "家中无人，电话联系"]
  static let needTexts: [(String, NeedScale)] = [
    ("屋顶漏雨", .small), ("帮忙代买药品", .small), ("家中电线老化", .small), ("独居老人家中断电", .small),
    ("想申请低保", .medium), ("村道路灯不亮", .medium), ("邻里宅基地纠纷", .medium), ("水渠堵塞", .medium),
    ("危房改造", .large), ("村道路面塌陷", .large), ("饮用水管网改造", .large),
  ]
  static let offices = ["镇民政办", "镇城建办", "镇农业农村办", "镇综治中心", "镇社会事务办"]
  static let clerks = ["wangli", "zhangmin", "chenjing", "liuyang", "zhaoqian"]

  /// A name: surname and given name, the given name matching the gender.
  static func person(_ random: inout SampleRandom, female: Bool) -> String {
    random.pick(surnames) + random.pick(female ? givenFemale : givenMale)
  }

  /// The `index`-th village name: distinct for the first few hundred.
  static func village(_ index: Int) -> String {
    let first = villageFirst[index % villageFirst.count]
    let second = villageSecond[(index / villageFirst.count) % villageSecond.count]
    let round = index / (villageFirst.count * villageSecond.count)
    return first + second + (round == 0 ? "" : String(round + 1)) + "村"
  }
}
