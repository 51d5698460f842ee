// Texts of the accreditation pages added after the first translation round, in this language.
export default {
  'participants.makeChairHint': 'L’ordre du jour proposera cette personne comme présidente d’une séance plénière ou modératrice d’un débat.',
};
