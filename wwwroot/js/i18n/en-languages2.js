// English text added with the languages' second pass: how a label meets its value in running text.
export default {
  'common.labelValue': '{label}: {value}',
  'common.listSeparator': ', ',
};
