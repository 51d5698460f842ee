export default {
  'participants.makeChairHint': 'L’ordre du jour proposera cette personne comme présidente d’une séance plénière ou modératrice d’un débat.',
};
