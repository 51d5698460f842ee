// Texto en español de las funciones lingüísticas: el menú de idiomas, el idioma de la intervención, las etiquetas
// del acta y la redacción de las denegaciones que no la tenían.
export default {
  'language.menu': 'Idioma',

  'floorLanguage.legend': 'Idioma de su intervención',
  'floorLanguage.spoken': 'Idioma',
  'floorLanguage.otherOption': 'Otro idioma…',
  'floorLanguage.other': 'Otro idioma',
  'floorLanguage.into': 'Interpretación al',
  'floorLanguage.interpreted': '{language}, con interpretación al {into}',
  'floorLanguage.tag': 'Idioma: {language}',
  'floorLanguage.hint': 'Los intérpretes siguen el idioma que indique aquí.',

  'recordLabel.language': 'Idioma',
  'recordLabel.tally': 'Sí {yes} · No {no} · Abstenciones {abstain}',
  'recordLabel.outcome.Adopted': 'Aprobado',
  'recordLabel.interruption.Suspension': 'Suspensión',
  'recordLabel.interruption.Adjournment': 'Aplazamiento',

  'error.floor.language_unknown': 'Indique en qué idioma intervendrá su delegación.',
  'error.floor.interpretation_required': 'Una intervención en otro idioma debe indicar el idioma oficial al que se interpretará.',
  'error.language.unknown': 'Ese idioma no es uno de los seis idiomas de la conferencia.',
};
