// Texte français des fonctions linguistiques : le menu des langues, la langue parlée en séance, les libellés du
// compte rendu et le libellé des refus qui n’en avaient pas.
export default {
  'language.menu': 'Langue',

  'floorLanguage.legend': 'Langue de votre intervention',
  'floorLanguage.spoken': 'Langue parlée',
  'floorLanguage.otherOption': 'Autre langue…',
  'floorLanguage.other': 'Autre langue',
  'floorLanguage.into': 'Interprétée vers',
  'floorLanguage.interpreted': '{language}, interprétation vers : {into}',
  'floorLanguage.tag': 'Langue : {language}',
  'floorLanguage.hint': 'Les interprètes suivent la langue indiquée ici.',

  'recordLabel.language': 'Langue',
  'recordLabel.tally': 'Pour {yes} · Contre {no} · Abstentions {abstain}',
  'recordLabel.outcome.Adopted': 'Adopté',
  'recordLabel.interruption.Suspension': 'Suspension',
  'recordLabel.interruption.Adjournment': 'Ajournement',

  'error.floor.language_unknown': 'Indiquez la langue dans laquelle votre délégation s’exprimera.',
  'error.floor.interpretation_required': 'Une intervention dans une autre langue doit indiquer la langue officielle vers laquelle elle sera interprétée.',
  'error.language.unknown': 'Cette langue ne fait pas partie des six langues de la conférence.',
};
