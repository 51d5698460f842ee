// Arabic text of the confirmations before what cannot be undone: dismissing a question, rejecting a nomination,
// removing a delegation.
export default {
  'panel.dismissTitle': 'هل تريدون استبعاد هذا السؤال؟',
  'panel.dismissBody': 'سيُزال السؤال من اللوحة نهائيًا ويُبلَّغ صاحبه بذلك. لا يمكن التراجع عن هذا الإجراء.',
  'panel.dismissKeep': 'الإبقاء عليه',
  'participants.rejectTitle': 'هل تريدون رفض ترشيح {name}؟',
  'participants.rejectBody': 'سيُرسَل إلى المرشَّح إشعار بالرفض مع السبب المذكور. لا يمكن التراجع عن هذا الإجراء.',
  'participants.rejectKeep': 'إبقاؤه قيد النظر',
  'delegations.removeBody': 'سيُحذف الوفد من قائمة المشاركين. لا يمكن التراجع عن هذا الإجراء.',
  'delegations.removeKeep': 'الإبقاء عليه',
};
