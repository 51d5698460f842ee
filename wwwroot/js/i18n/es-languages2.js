// Texto español de la segunda parte de las funciones lingüísticas: cómo una etiqueta se une a su valor en el texto.
export default {
  'common.labelValue': '{label}: {value}',
  'common.listSeparator': ', ',
};
