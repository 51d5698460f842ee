// English text of the confirmations before what cannot be undone: dismissing a question, rejecting a nomination,
// removing a delegation.
export default {
  'panel.dismissTitle': 'Dismiss this question?',
  'panel.dismissBody': 'It leaves the board for good and its author is told. This cannot be undone.',
  'panel.dismissKeep': 'Keep it',
  'participants.rejectTitle': 'Reject the nomination of {name}?',
  'participants.rejectBody': 'The nominee is sent the rejection with the reason given. This cannot be undone.',
  'participants.rejectKeep': 'Keep it pending',
  'delegations.removeBody': 'The delegation leaves the list of participants. This cannot be undone.',
  'delegations.removeKeep': 'Keep it',
};
