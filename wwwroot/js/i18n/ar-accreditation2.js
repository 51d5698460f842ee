export default {
  'participants.makeChairHint': 'سيقترح جدول الأعمال هذا الشخص رئيساً لجلسة عامة أو مديراً لحلقة نقاش.',
};
