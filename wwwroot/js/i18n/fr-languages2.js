// Texte français du second volet linguistique : comment un libellé rejoint sa valeur dans le texte (espace fine insécable avant le deux-points).
export default {
  'common.labelValue': '{label} : {value}',
  'common.listSeparator': ', ',
};
