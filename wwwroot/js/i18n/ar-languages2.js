// النص العربي للمرحلة الثانية من اللغات: كيف يلتقي الوصف بقيمته في النص.
export default {
  'common.labelValue': '{label}: {value}',
  'common.listSeparator': '، ',
};
