// Texts of the accreditation pages added after the first translation round, in this language.
export default {
  'participants.makeChairHint': 'В повестке дня этого участника можно будет назначить председателем пленарного заседания или модератором дискуссии.',
};
