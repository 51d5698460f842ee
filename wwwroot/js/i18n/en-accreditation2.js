// Texts of the accreditation pages added after the first translation round (merged with en.js in i18n.js).
export default {
  'participants.makeChairHint': 'The agenda will offer this person as the chair of a plenary or the moderator of a panel.',
};
