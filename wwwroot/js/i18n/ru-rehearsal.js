// Russian text of the confirmations before what cannot be undone: dismissing a question, rejecting a nomination,
// removing a delegation.
export default {
  'panel.dismissTitle': 'Отклонить этот вопрос?',
  'panel.dismissBody': 'Он будет окончательно снят с доски, а его автор получит уведомление. Это действие нельзя отменить.',
  'panel.dismissKeep': 'Оставить',
  'participants.rejectTitle': 'Отклонить кандидатуру: {name}?',
  'participants.rejectBody': 'Кандидату будет направлен отказ с указанной причиной. Это действие нельзя отменить.',
  'participants.rejectKeep': 'Оставить на рассмотрении',
  'delegations.removeBody': 'Делегация будет исключена из списка участников. Это действие нельзя отменить.',
  'delegations.removeKeep': 'Оставить',
};
