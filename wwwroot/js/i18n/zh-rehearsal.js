// Chinese text of the confirmations before what cannot be undone: dismissing a question, rejecting a nomination,
// removing a delegation.
export default {
  'panel.dismissTitle': '不予采纳此问题？',
  'panel.dismissBody': '该问题将永久移出问题板，并通知提问者。此操作无法撤销。',
  'panel.dismissKeep': '保留',
  'participants.rejectTitle': '拒绝{name}的提名？',
  'participants.rejectBody': '被提名人将收到拒绝通知及所填理由。此操作无法撤销。',
  'participants.rejectKeep': '保留待审',
  'delegations.removeBody': '该代表团将从与会者名单中删除。此操作无法撤销。',
  'delegations.removeKeep': '保留',
};
