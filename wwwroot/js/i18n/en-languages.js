// English text of the language features: the language menu, the language spoken on the floor, record labels,
// and the wording of refusals that had none.
export default {
  'language.menu': 'Language',

  'floorLanguage.legend': 'Language of your statement',
  'floorLanguage.spoken': 'Language spoken',
  'floorLanguage.otherOption': 'Another language…',
  'floorLanguage.other': 'Other language',
  'floorLanguage.into': 'Interpreted into',
  'floorLanguage.interpreted': '{language}, interpreted into {into}',
  'floorLanguage.tag': 'Language: {language}',
  'floorLanguage.hint': 'Interpreters follow the language you say here.',

  'recordLabel.language': 'Language',
  'recordLabel.tally': 'Yes {yes} · No {no} · Abstain {abstain}',
  'recordLabel.outcome.Adopted': 'Adopted',
  'recordLabel.interruption.Suspension': 'Suspension',
  'recordLabel.interruption.Adjournment': 'Adjournment',

  'error.floor.language_unknown': 'Say which language your delegation will speak.',
  'error.floor.interpretation_required': 'A statement in another language needs the official language it will be interpreted into.',
  'error.language.unknown': 'That language is not one of the six languages of the conference.',
};
