// Texts of the accreditation pages added after the first translation round, in this language.
export default {
  'participants.makeChairHint': 'سيقترح جدول الأعمال هذا الشخص رئيساً لجلسة عامة أو مديراً لحلقة نقاش.',
};
