// Spanish text of the confirmations before what cannot be undone: dismissing a question, rejecting a nomination,
// removing a delegation.
export default {
  'panel.dismissTitle': '¿Descartar esta pregunta?',
  'panel.dismissBody': 'Sale definitivamente del tablero y se informa a su autor. No se puede deshacer.',
  'panel.dismissKeep': 'Mantenerla',
  'participants.rejectTitle': '¿Rechazar la designación de {name}?',
  'participants.rejectBody': 'La persona designada recibe el rechazo con el motivo indicado. No se puede deshacer.',
  'participants.rejectKeep': 'Dejarla pendiente',
  'delegations.removeBody': 'La delegación sale de la lista de participantes. No se puede deshacer.',
  'delegations.removeKeep': 'Mantenerla',
};
