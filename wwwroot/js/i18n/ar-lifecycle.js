// النص العربي لشاشات سير الجلسة: التصويت على شاشة القاعة، ورفع الجلسة من محرر جدول الأعمال.
export default {
  'hall.pollOpen': 'التصويت جارٍ',
  'hall.pollResult': 'نتيجة التصويت',
  'lifecycle.speechRunningTitle': 'لا تزال هناك كلمة جارية',
  'lifecycle.speechRunningBody': 'لم تُرفع الجلسة: لا يزال لأحد الوفود الكلمة. يمكنك إنهاء الكلمة (تُسجَّل أولاً) ورفع الجلسة في خطوة واحدة.',
  'transition.kind.ResumeSession': 'الاستئناف',
  'transition.kind.AutoCloseSession': 'الرفع بعد انتهاء موعدها',
};
