// Texts of the accreditation pages added after the first translation round, in this language.
export default {
  'participants.makeChairHint': 'El programa ofrecerá a esta persona como presidente de una sesión plenaria o moderador de una mesa redonda.',
};
