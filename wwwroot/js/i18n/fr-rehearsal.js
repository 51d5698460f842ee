// French text of the confirmations before what cannot be undone: dismissing a question, rejecting a nomination,
// removing a delegation.
export default {
  'panel.dismissTitle': 'Écarter cette question ?',
  'panel.dismissBody': 'Elle quitte définitivement le tableau et son auteur en est informé. Cette action est irréversible.',
  'panel.dismissKeep': 'La conserver',
  'participants.rejectTitle': 'Refuser la désignation de {name} ?',
  'participants.rejectBody': 'La personne désignée reçoit le refus avec le motif indiqué. Cette action est irréversible.',
  'participants.rejectKeep': 'La laisser en attente',
  'delegations.removeBody': 'La délégation est retirée de la liste des participants. Cette action est irréversible.',
  'delegations.removeKeep': 'La conserver',
};
