// Texts of the accreditation pages added after the first translation round, in this language.
export default {
  'participants.makeChairHint': '议程中可指定此人担任全体会议主席或小组讨论主持人。',
};
