// Texte français des écrans du cycle de la séance : le vote sur l'écran de salle, la clôture depuis l'ordre du jour.
export default {
  'hall.pollOpen': 'Vote en cours',
  'hall.pollResult': 'Résultat du vote',
  'lifecycle.speechRunningTitle': 'Une intervention est en cours',
  'lifecycle.speechRunningBody': 'La séance n’a pas été levée : une délégation a encore la parole. Vous pouvez mettre fin à l’intervention (elle est d’abord consignée) et lever la séance en une seule étape.',
  'transition.kind.ResumeSession': 'Reprise',
  'transition.kind.AutoCloseSession': 'Levée après la fin prévue',
};
