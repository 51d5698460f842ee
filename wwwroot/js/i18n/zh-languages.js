// 语言功能的中文文本：语言菜单、发言所用语言、会议记录标签，以及此前没有措辞的拒绝提示。
export default {
  'language.menu': '语言',

  'floorLanguage.legend': '发言语言',
  'floorLanguage.spoken': '所用语言',
  'floorLanguage.otherOption': '其他语言…',
  'floorLanguage.other': '其他语言',
  'floorLanguage.into': '传译为',
  'floorLanguage.interpreted': '{language}，传译为{into}',
  'floorLanguage.tag': '语言：{language}',
  'floorLanguage.hint': '口译员将依据此处所选语言进行传译。',

  'recordLabel.language': '语言',
  'recordLabel.tally': '赞成 {yes} · 反对 {no} · 弃权 {abstain}',
  'recordLabel.outcome.Adopted': '通过',
  'recordLabel.interruption.Suspension': '暂停',
  'recordLabel.interruption.Adjournment': '休会',

  'error.floor.language_unknown': '请说明贵代表团将使用哪种语言发言。',
  'error.floor.interpretation_required': '使用其他语言发言时，须说明传译成哪种正式语文。',
  'error.language.unknown': '该语言不属于会议的六种语言。',
};
