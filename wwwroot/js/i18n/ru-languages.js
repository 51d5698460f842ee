// Русский текст языковых функций: меню языков, язык выступления, подписи в отчете о заседании и формулировки
// отказов, у которых их не было.
export default {
  'language.menu': 'Язык',

  'floorLanguage.legend': 'Язык вашего выступления',
  'floorLanguage.spoken': 'Язык выступления',
  'floorLanguage.otherOption': 'Другой язык…',
  'floorLanguage.other': 'Другой язык',
  'floorLanguage.into': 'Устный перевод на',
  'floorLanguage.interpreted': '{language}, с переводом на язык: {into}',
  'floorLanguage.tag': 'Язык: {language}',
  'floorLanguage.hint': 'Устные переводчики ориентируются на указанный здесь язык.',

  'recordLabel.language': 'Язык',
  'recordLabel.tally': 'За {yes} · Против {no} · Воздержались {abstain}',
  'recordLabel.outcome.Adopted': 'Принято',
  'recordLabel.interruption.Suspension': 'Перерыв',
  'recordLabel.interruption.Adjournment': 'Отложено',

  'error.floor.language_unknown': 'Укажите, на каком языке будет выступать ваша делегация.',
  'error.floor.interpretation_required': 'Для выступления на другом языке укажите официальный язык, на который оно будет переводиться.',
  'error.language.unknown': 'Этот язык не входит в число шести языков конференции.',
};
