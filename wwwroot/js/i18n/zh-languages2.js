// 语言功能第二部分的中文文本：标签与其值在行文中的连接方式（全角冒号，不加空格）。
export default {
  'common.labelValue': '{label}：{value}',
  'common.listSeparator': '、',
};
