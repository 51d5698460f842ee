// Русский текст второй части языковых функций: как подпись соединяется со значением в тексте.
export default {
  'common.labelValue': '{label}: {value}',
  'common.listSeparator': ', ',
};
